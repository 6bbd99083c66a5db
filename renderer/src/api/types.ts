import type { AppEvent } from '../../../shared/ipc/contract';

export interface EventSourceLike {
  subscribe(listener: (event: AppEvent) => void): () => void;
  /**
   * Fires false when the link to main is lost, and true when it is back or when pushes may have
   * been missed: what was read should be read again (browser host only).
   */
  onConnectionChange(listener: (connected: boolean) => void): () => void;
  /**
   * Fires once when main refuses this page's access key for good: the browser host was restarted
   * and gave out a new one. Reconnecting cannot help; the page has to be opened again from the new
   * address. Absent where the link cannot be refused (Electron).
   */
  onAccessRefused?(listener: () => void): () => void;
}
