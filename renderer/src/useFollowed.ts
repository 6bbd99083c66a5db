import { useAppState } from './app-state';
import type { FollowSpec } from './api/follower';
import { useFollowedFrom, type Followed } from './api/useFollowedFrom';

export type { Followed } from './api/useFollowedFrom';

/** useFollowedFrom over the app's event link. */
export function useFollowed<T>(key: string | null, spec: FollowSpec<T>): Followed<T> {
  return useFollowedFrom(useAppState().client.events, key, spec);
}
