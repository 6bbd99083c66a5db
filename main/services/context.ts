import { AppError } from '../../shared/ipc/result';
import type { EventBus } from '../events';
import type { ParticipantTuning } from '../participants/rate-limit';
import type { Store } from '../store/types';

/** What every domain service gets: the store (when it is open), the event bus and a clock. */
export interface ServiceContext {
  /** The open store; throws store_unavailable while the app is in recovery mode. */
  store(): Store;
  bus: EventBus;
  now(): Date;
  /** Registers cleanup that core.close() runs before the store closes (the participant server). */
  onClose?(fn: () => Promise<void> | void): void;
  /** Where sharing's participant server listens and what it serves. */
  participantServer?: ParticipantServerConfig;
}

export interface ParticipantServerConfig {
  /** 0.0.0.0 (the LAN) in the app; tests bind 127.0.0.1. */
  bindAddress: string;
  /** The built renderer (participant.html and its assets). */
  staticDir: string;
  tuning?: ParticipantTuning;
  /** The machine's LAN addresses (tests pass their own). */
  addresses?: () => string[];
}

export function requireStore(store: Store | null): Store {
  if (!store) throw new AppError('store_unavailable', 'The database is not open');
  return store;
}
