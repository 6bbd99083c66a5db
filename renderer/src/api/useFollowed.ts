import { useAppState } from '../app-state';
import type { FollowSpec } from './follower';
import { useFollowedFrom, type Followed } from './useFollowedFrom';

export type { Followed } from './useFollowedFrom';

/** useFollowedFrom over the app's event link. */
export function useFollowed<T>(key: string | null, spec: FollowSpec<T>): Followed<T> {
  return useFollowedFrom(useAppState().client.events, key, spec);
}
