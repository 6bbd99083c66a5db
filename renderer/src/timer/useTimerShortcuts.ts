import { isPageKey, useWindowKeydown } from '../components/shortcuts';
import type { Shortcut } from './ShortcutList';

export type ShortcutAction = 'toggle' | 'next' | 'previous' | 'addMinute' | 'removeMinute' | 'mute' | 'help';

/** Reset is deliberately absent: it throws away the step's time, so it is a button only. */
const KEYS: Record<string, ShortcutAction> = {
  ' ': 'toggle',
  n: 'next',
  N: 'next',
  p: 'previous',
  P: 'previous',
  '+': 'addMinute',
  '=': 'addMinute', // the unshifted "+" key on US layouts
  '-': 'removeMinute',
  '−': 'removeMinute',
  m: 'mute',
  M: 'mute',
  '?': 'help',
};

/** What the help overlay lists, in order, with the keys to show. */
export const SHORTCUT_LIST: readonly Shortcut<ShortcutAction>[] = [
  { action: 'toggle', keys: ['space'] },
  { action: 'next', keys: ['N'] },
  { action: 'previous', keys: ['P'] },
  { action: 'addMinute', keys: ['+'] },
  { action: 'removeMinute', keys: ['−'] },
  { action: 'mute', keys: ['M'] },
  { action: 'help', keys: ['?'] },
];

/** Space already activates these natively; handling it too would click and toggle at once. */
const ACTIVATED_BY_SPACE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';

export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'target'>): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  const action = KEYS[event.key];
  if (!action) return null;
  // A modal (this help, a confirmation, any dialog) owns the keyboard while it is open.
  if (!isPageKey(event.target)) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (action === 'toggle' && target?.closest(ACTIVATED_BY_SPACE)) return null;
  return action;
}

/**
 * Workshop-screen shortcuts: Space start/pause, N next, P previous, + / − a minute, M mute,
 * ? help. Ignored while typing in a field, with Ctrl/Cmd/Alt held, on key repeat, and while a
 * modal dialog is open.
 */
export function useTimerShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>, enabled = true): void {
  useWindowKeydown((event) => {
    if (event.defaultPrevented) return;
    const action = shortcutFor(event);
    const handler = action ? handlers[action] : undefined;
    if (!handler) return;
    event.preventDefault(); // Space would otherwise scroll the page
    handler();
  }, enabled);
}
