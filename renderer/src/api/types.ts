import type { AppEvent } from '../../../shared/ipc/contract';

export interface EventSourceLike {
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Fires false when the link to main is lost and true when it is back (browser host only). */
  onConnectionChange(listener: (connected: boolean) => void): () => void;
}
