import type { z } from 'zod';
import { contract, type ChannelName, type InputOf, type ParsedInputOf } from '../../shared/ipc/contract';
import { AppError, type AppErrorData, type Result } from '../../shared/ipc/result';

/** A channel's input checked against its schema, as every transport does before a service runs. */
export function parseInput<K extends ChannelName>(channel: K, rawInput: unknown): Result<ParsedInputOf<K>> {
  const schema: z.ZodType = contract[channel].input;
  const parsed = schema.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
  return { ok: true, value: parsed.data as ParsedInputOf<K> };
}

/**
 * The same check for a call from inside main (the participant server, the sample workshop): the
 * input is refused with the same invalid_input error a window would get.
 */
export function validInput<K extends ChannelName>(channel: K, input: InputOf<K>): ParsedInputOf<K> {
  const parsed = parseInput(channel, input);
  if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message, parsed.error.field);
  return parsed.value;
}

function describeZodError(error: z.ZodError): AppErrorData {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'Invalid input' };
  const field = issue.path.map(String).join('.');
  return {
    code: 'invalid_input',
    message: field ? `${field}: ${issue.message}` : issue.message,
    ...(field ? { field } : {}),
  };
}
