import { AppError } from '../../shared/ipc/result';
import type { EventBus } from '../events';
import type { Store } from '../store/types';

/** What every domain service gets: the store (when it is open), the event bus and a clock. */
export interface ServiceContext {
  /** The open store; throws store_unavailable while the app is in recovery mode. */
  store(): Store;
  bus: EventBus;
  now(): Date;
  /** Registers cleanup that core.close() runs before the store closes (the participant server). */
  onClose?(fn: () => Promise<void> | void): void;
}

export function requireStore(store: Store | null): Store {
  if (!store) throw new AppError('store_unavailable', 'The database is not open');
  return store;
}
