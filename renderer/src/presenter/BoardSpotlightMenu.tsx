import { useCallback, useState, type MouseEvent, type ReactNode } from 'react';
import type { Board } from '../../../shared/domain/board';
import { useI18n, type I18n } from '../i18n';
import type { Workshop } from '../../../shared/domain/workshop';
import { useSpotlightControls, type SpotlightControls } from './useSpotlightControls';
import { SpotlightMenu, type SpotlightItem } from './SpotlightMenu';

/** What a right-click on the board points at, read from the board's data attributes. */
interface Target {
  cardId: string | null;
  sectionId: string | null;
  stageId: string | null;
  laneId: string | null;
}

function targetOf(element: Element): Target {
  const container = element.closest('[data-container]')?.getAttribute('data-container') ?? '';
  const [kind, a, b] = container.split(':');
  return {
    cardId: element.closest('[data-card-id]')?.getAttribute('data-card-id') ?? null,
    sectionId: element.closest('[data-section-id]')?.getAttribute('data-section-id') ?? (kind === 'section' ? (a ?? null) : null),
    stageId: element.closest('[data-stage-id]')?.getAttribute('data-stage-id') ?? (kind === 'cell' ? (a ?? null) : null),
    laneId: element.closest('[data-lane-id]')?.getAttribute('data-lane-id') ?? (kind === 'cell' ? (b ?? null) : null),
  };
}

/** The spotlight choices for what was right-clicked: the card, its section, its stage, its lane. */
export function boardItems(t: I18n['t'], controls: SpotlightControls, board: Board, target: Target): SpotlightItem[] {
  const { show } = controls;
  const items: SpotlightItem[] = [];
  if (target.cardId) items.push({ label: t('spotlight.card'), onSelect: () => show({ kind: 'card', cardId: target.cardId! }) });
  for (const persona of board.personas) {
    const section = persona.sections.find((s) => s.id === target.sectionId);
    if (section) items.push({ label: t('spotlight.section', { title: section.title }), onSelect: () => show({ kind: 'section', personaId: persona.id, sectionId: section.id }) });
  }
  for (const map of board.journeyMaps) {
    const stage = map.stages.find((s) => s.id === target.stageId);
    const lane = map.lanes.find((l) => l.id === target.laneId);
    if (stage) items.push({ label: t('spotlight.stage', { title: stage.title }), onSelect: () => show({ kind: 'stage', mapId: map.id, stageId: stage.id }) });
    if (lane) items.push({ label: t('spotlight.lane', { title: lane.title }), onSelect: () => show({ kind: 'lane', mapId: map.id, laneId: lane.id }) });
  }
  return items;
}

/**
 * Right-click (or the context-menu key) on a card, a section, a stage or a lane of a board:
 * put it on the projector. Anywhere else, the browser's own menu stays.
 */
export function BoardSpotlightMenu({ workshop, children }: { workshop: Workshop; children: ReactNode }) {
  const { t } = useI18n();
  const controls = useSpotlightControls(workshop);
  const [menu, setMenu] = useState<{ x: number; y: number; items: SpotlightItem[] } | null>(null);
  const close = useCallback(() => setMenu(null), []);

  const onContextMenu = (event: MouseEvent): void => {
    if (!controls.board || !(event.target instanceof Element)) return;
    if (event.target.closest('input, textarea, [contenteditable="true"]')) return;
    const items = boardItems(t, controls, controls.board, targetOf(event.target));
    if (items.length === 0) return;
    event.preventDefault();
    // The context-menu key reports (0, 0): open the menu by the focused element instead.
    const box = event.clientX === 0 && event.clientY === 0 ? event.target.getBoundingClientRect() : null;
    setMenu({ x: box ? box.left : event.clientX, y: box ? box.bottom : event.clientY, items });
  };

  return (
    <div className="board-spotlight" onContextMenu={onContextMenu}>
      {children}
      {menu && (
        <SpotlightMenu
          label={t('spotlight.contextMenu')}
          items={menu.items}
          onClose={close}
          style={{ position: 'fixed', right: 'auto', left: Math.min(menu.x, window.innerWidth - 320), top: Math.min(menu.y, window.innerHeight - 48 * menu.items.length - 16) }}
        />
      )}
    </div>
  );
}
