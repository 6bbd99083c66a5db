import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/ipc/contract';

/** Who is calling: the Electron window, the browser host's admin, later a LAN participant. */
export interface CallContext {
  origin: 'electron' | 'web';
}

export type Handler<K extends ChannelName> = (
  input: ParsedInputOf<K>,
  ctx: CallContext,
) => OutputOf<K> | Promise<OutputOf<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };
export type PartialHandlers = { [K in ChannelName]?: Handler<K> };

/** Combines per-domain handler groups; registering one channel twice throws. */
export function combineHandlers(...groups: PartialHandlers[]): PartialHandlers {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group)) {
      if (Object.hasOwn(all, name)) throw new Error(`Handler for "${name}" is registered twice`);
      all[name] = fn;
    }
  }
  return all as PartialHandlers;
}
