import type { ChannelName, OutputOf, ParsedInputOf } from '../../shared/ipc/contract';

/** Who is calling: the Electron window or the browser host's page. */
export interface CallContext {
  origin: 'electron' | 'web';
}

/**
 * A service: a named function of what it needs (its context) and the channel's validated input.
 * Other modules call the function itself, after validating what they pass (validInput).
 */
export type Service<C, K extends ChannelName> = (ctx: C, input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;

export type Handler<K extends ChannelName> = (input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;
export type Handlers = { [K in ChannelName]: Handler<K> };

/** Services keyed by the channel each serves: `{ cardCreate, cardUpdate }`, the function named as its channel. */
export type ServicesOf<C> = { [K in ChannelName]?: Service<C, K> };

/** Registers services on their channels, all sharing one context. */
export interface ServiceMethods<C> {
  methods(services: ServicesOf<C>): void;
}

export interface ServiceRegistry {
  /** The services registered through the methods returned serve with `ctx`. */
  with<C>(ctx: C): ServiceMethods<C>;
  /** What the dispatcher calls, channel by channel. */
  handlers(): Partial<Handlers>;
}

/** One table of channel → service; registering one channel twice throws. */
export function createServiceRegistry(): ServiceRegistry {
  const all = new Map<string, (input: never) => unknown>();
  return {
    with: <C>(ctx: C): ServiceMethods<C> => ({
      methods(services) {
        for (const [name, service] of Object.entries(services) as [string, (ctx: C, input: never) => unknown][]) {
          if (all.has(name)) throw new Error(`Handler for "${name}" is registered twice`);
          all.set(name, (input) => service(ctx, input));
        }
      },
    }),
    handlers: () => Object.fromEntries(all) as Partial<Handlers>,
  };
}
