import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Follower, type FollowSpec, type FollowState } from './follower';
import type { EventSourceLike } from './types';

export interface Followed<T> extends FollowState<T> {
  /** Reads the whole value again. */
  refresh(): void;
  /** A whole value main answered to an edit (see Follower.offer). */
  offer(value: T): void;
  /** A local change shown at once (see Follower.update). */
  update(change: (current: T) => T): void;
}

const NOTHING: FollowState<never> = { value: undefined, error: null };

/**
 * A piece of main's state, followed through `events` (see Follower): read first, kept current by
 * pushes, read again after the event link comes back. `key` names what is followed (a workshop
 * id): a new key starts over from nothing; null follows nothing. `spec` may change on every
 * render; the latest one is used.
 */
export function useFollowedFrom<T>(events: EventSourceLike, key: string | null, spec: FollowSpec<T>): Followed<T> {
  const latest = useRef(spec);
  useLayoutEffect(() => {
    latest.current = spec;
  });
  const [followed, setFollowed] = useState<{ key: string; follower: Follower<T>; state: FollowState<T> } | null>(null);

  useEffect(() => {
    if (key === null) return undefined;
    const follower = new Follower<T>(() => latest.current, events);
    setFollowed({ key, follower, state: follower.get() });
    follower.subscribe(() => setFollowed({ key, follower, state: follower.get() }));
    return follower.start();
  }, [events, key]);

  const current = followed && followed.key === key ? followed : null;
  const follower = current?.follower ?? null;
  const state = current?.state ?? NOTHING;
  return useMemo(
    () => ({
      ...state,
      refresh: () => follower?.refresh(),
      offer: (value: T) => follower?.offer(value),
      update: (change: (value: T) => T) => follower?.update(change),
    }),
    [state, follower],
  );
}
