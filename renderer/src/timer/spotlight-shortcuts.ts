/*
 * The projector's shortcuts on the facilitator's screen: the keys (read by
 * presenter/useSpotlightShortcuts) and the list the shortcuts help shows beside the timer's own.
 * Following the step is S (step, suivre): F belongs to the board's full-window mode.
 */

import type { Shortcut } from './ShortcutList';

export type SpotlightAction = 'follow' | 'blank' | 'join' | 'results' | 'instructions' | 'stagePrevious' | 'stageNext' | 'pagePrevious' | 'pageNext';

/** The key that triggers each action on the facilitator's screen. */
export const SPOTLIGHT_KEYS: Readonly<Record<string, SpotlightAction>> = {
  s: 'follow',
  S: 'follow',
  b: 'blank',
  B: 'blank',
  j: 'join',
  J: 'join',
  r: 'results',
  R: 'results',
  i: 'instructions',
  I: 'instructions',
  ArrowLeft: 'stagePrevious',
  ArrowRight: 'stageNext',
  PageUp: 'pagePrevious',
  PageDown: 'pageNext',
};

/** What the help lists for the projector, in order, with the keys to show. */
export const SPOTLIGHT_SHORTCUTS: readonly Shortcut<SpotlightAction>[] = [
  { action: 'follow', keys: ['S'] },
  { action: 'blank', keys: ['B'] },
  { action: 'join', keys: ['J'] },
  { action: 'results', keys: ['R'] },
  { action: 'instructions', keys: ['I'] },
  { action: 'stageNext', keys: ['←', '→'] },
  { action: 'pageNext', keys: ['Page ↑', 'Page ↓'] },
];
