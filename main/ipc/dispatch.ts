import { contract, isChannelName, type ChannelName } from '../../shared/ipc/contract';
import { AppError, type AppErrorData, type Result } from '../../shared/ipc/result';
import { storeWriteRefusal } from '../store/problem';
import type { CallContext, Handlers } from './handlers';
import { parseInput } from './validate';

export type Dispatch = (channel: string, rawInput: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/**
 * The single entry point for every transport: unknown channel, invalid input and service
 * failures all become `{ ok: false, error }`. Validation happens before the service runs, so a
 * bad request changes nothing.
 */
export function createDispatcher(handlers: Partial<Handlers>): Dispatch {
  for (const name of Object.keys(contract)) {
    if (typeof (handlers as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`No handler for channel "${name}"`);
    }
  }
  return async (channel, rawInput) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel "${String(channel).slice(0, 80)}"` } };
    }
    const parsed = parseInput(channel, rawInput);
    if (!parsed.ok) return parsed;
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.value);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorData(error, channel) };
    }
  };
}

function toErrorData(error: unknown, channel?: ChannelName): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const refusal = storeWriteRefusal(error);
  if (refusal) return refusal.toData();
  console.error(`Handler ${channel ?? ''} failed`, error);
  return { code: 'internal', message: 'Unexpected error' };
}
