import type { z } from 'zod';

/**
 * A channel pairs a runtime input schema with a compile-time output type.
 * `output` is never set at run time: it only carries the type.
 */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  readonly output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

export type AnyChannel = Channel<z.ZodType, unknown>;
export type ChannelGroup = Record<string, AnyChannel>;

/** Merges per-domain channel groups; the same name twice is a programming error. */
export function mergeChannelGroups<G extends ChannelGroup[]>(...groups: G): UnionToIntersection<G[number]> {
  const merged: ChannelGroup = {};
  for (const group of groups) {
    for (const [name, def] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Channel "${name}" is defined twice`);
      merged[name] = def;
    }
  }
  return merged as UnionToIntersection<G[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
