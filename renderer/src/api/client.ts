import { buildApi } from '../../../shared/ipc/build-api';
import type { AtelierApi } from '../../../shared/ipc/contract';
import { openTransport, type Transport } from './transport';
import type { EventSourceLike } from './types';

export interface Client {
  api: AtelierApi;
  events: EventSourceLike;
  host: 'electron' | 'web';
}

/** One interface, two transports (see transport.ts): one named function per channel over either. */
export function createClient(transport: Transport = openTransport()): Client {
  return { api: transport.electron ?? buildApi(transport.invoke), events: transport.events, host: transport.host };
}
