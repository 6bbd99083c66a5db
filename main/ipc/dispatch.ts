import type { z } from 'zod';
import { contract, isChannelName, type ChannelName } from '../../shared/ipc/contract';
import { AppError, type AppErrorData, type Result } from '../../shared/ipc/result';
import { storeWriteRefusal } from '../store/problem';
import type { CallContext, Handlers } from './handlers';

export type Dispatch = (channel: string, rawInput: unknown, ctx: CallContext) => Promise<Result<unknown>>;

/**
 * The single entry point for every transport: unknown channel, invalid input and handler
 * failures all become `{ ok: false, error }`. Validation happens before the handler runs, so a
 * bad request changes nothing.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  for (const name of Object.keys(contract)) {
    if (typeof (handlers as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`No handler for channel "${name}"`);
    }
  }
  return async (channel, rawInput, ctx) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel "${String(channel).slice(0, 80)}"` } };
    }
    const schema: z.ZodType = contract[channel].input;
    const parsed = schema.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
    try {
      const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorData(error, channel) };
    }
  };
}

export function toErrorData(error: unknown, channel?: ChannelName): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const refusal = storeWriteRefusal(error);
  if (refusal) return refusal.toData();
  console.error(`Handler ${channel ?? ''} failed`, error);
  return { code: 'internal', message: 'Unexpected error' };
}

export function describeZodError(error: z.ZodError): AppErrorData {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'Invalid input' };
  const field = issue.path.map(String).join('.');
  return {
    code: 'invalid_input',
    message: field ? `${field}: ${issue.message}` : issue.message,
    ...(field ? { field } : {}),
  };
}
