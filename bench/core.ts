import type { Core } from '../main/core';
import type { ChannelName, InputOf, OutputOf } from '../shared/ipc/contract';

/** One call through the real dispatcher, as the browser host makes it; a refusal throws, named. */
export async function call<K extends ChannelName>(core: Core, channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await core.dispatch(channel, input, { origin: 'web' });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<K>;
}
