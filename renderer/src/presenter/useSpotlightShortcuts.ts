import { useEffect, useLayoutEffect, useRef } from 'react';
import { focusedMap, neighbourStage } from '../../../shared/domain/board-focus';
import type { SpotlightControls } from './useSpotlightControls';
import { SPOTLIGHT_KEYS, type SpotlightAction } from '../timer/spotlight-shortcuts';

export type { SpotlightAction } from '../timer/spotlight-shortcuts';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
/** Arrow keys already mean something there: a tab, a menu choice, a slider, a list; or a card being moved. */
const ARROWS_TAKEN = 'select, [role="tab"], [role="menu"], [role="slider"], [role="listbox"], [role="radiogroup"]';
const DRAGGING = '.card--dragging, .is-dragging';

export function spotlightActionFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat' | 'target'>): SpotlightAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  const action = SPOTLIGHT_KEYS[event.key];
  if (!action) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING)) return null;
  if ((event.key.startsWith('Arrow') || event.key.startsWith('Page')) && (target?.closest(ARROWS_TAKEN) || document.querySelector(DRAGGING))) return null;
  if (document.querySelector('[aria-modal="true"], [role="menu"]')) return null;
  return action;
}

/** The next spotlight for an arrow key: the neighbouring stage, or the first or last from the whole map. */
function stageStep(controls: SpotlightControls, by: -1 | 1): void {
  const { projection, board, show } = controls;
  if (!board) return;
  const focus = controls.latest().focus;
  if (focus.kind === 'stage') {
    const map = focusedMap(board, focus.mapId);
    const next = map ? neighbourStage(map, focus.stageId, by) : null;
    if (map && next) show({ kind: 'stage', mapId: map.id, stageId: next });
    return;
  }
  const onMap = projection.screen.kind === 'board' && projection.screen.board.kind === 'journey';
  if (!onMap) return;
  const map = focusedMap(board, projection.screen.kind === 'board' && projection.screen.board.kind === 'journey' ? projection.screen.board.mapId : null);
  const stages = [...(map?.stages ?? [])].sort((a, b) => a.position - b.position);
  const first = by === 1 ? stages[0] : stages.at(-1);
  if (map && first) show({ kind: 'stage', mapId: map.id, stageId: first.id });
}

/**
 * The projector from the keyboard: F follow the step, B blank (again to come back), J how to
 * join, R the results again, I fold the instructions, ← → stage by stage, Page ↑ ↓ pages.
 * Ignored while typing, with modifiers held, on key repeat, and while a dialog or menu is open.
 */
export function useSpotlightShortcuts(controls: SpotlightControls | null): void {
  const latest = useRef(controls);
  useLayoutEffect(() => {
    latest.current = controls;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const current = latest.current;
      if (event.defaultPrevented || !current) return;
      const action = spotlightActionFor(event);
      if (!action) return;
      const { show, update } = current;
      const spotlight = current.latest();
      event.preventDefault();
      switch (action) {
        case 'follow':
          return show({ kind: 'step' });
        case 'blank':
          return show(spotlight.focus.kind === 'blank' ? { kind: 'step' } : { kind: 'blank' });
        case 'join':
          return current.sharingOn ? show({ kind: 'join' }) : undefined;
        case 'results':
          return current.session?.phase === 'revealed' ? show({ kind: 'results' }) : undefined;
        case 'instructions':
          return update({ instructionsCollapsed: !spotlight.instructionsCollapsed });
        case 'stagePrevious':
          return stageStep(current, -1);
        case 'stageNext':
          return stageStep(current, 1);
        case 'pagePrevious':
          return update({ page: Math.max(0, (spotlight.page ?? 0) - 1) });
        case 'pageNext':
          return update({ page: (spotlight.page ?? 0) + 1 });
        default:
          return undefined;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
