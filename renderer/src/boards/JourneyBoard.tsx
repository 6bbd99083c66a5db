import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CardGroup, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import { useAppState } from '../app-state';
import { ConfirmDialog } from '../components/Dialog';
import { TitledOptions } from '../components/Field';
import { EyeIcon, PlusIcon, TrashIcon } from '../components/icons';
import { BoardEmpty } from './BoardEmpty';
import { useI18n } from '../i18n';
import { CardGhost } from './Card';
import { useCardActions } from './card-actions';
import { CardDnd, type CardDndLayout } from './CardDnd';
import { CommitField } from '../components/CommitField';
import { BoardBar, BoardBarSpacer } from './BoardBar';
import { FullWindowButton } from './board-mode';
import { BoardViewport } from './BoardViewport';
import { JourneyGrid, type JourneyCommands } from './JourneyGrid';
import { useJourneyLayout } from './journey-layout';
import { cellKey, findCard, parseContainerKey } from '../../../shared/domain/card-location';
import { parseKey } from './keys';
import { NewMapDialog } from './NewMapDialog';
import { drawnOrder, listEntries, positionIndex, slotItems, type ListEntry } from './group-entries';
import { GroupingContext, useGroupingValue } from './grouping';
import type { DropOnto } from './slots';
import type { BoardHandle } from './useBoard';
import { UndoRedo, useDeletedNotice } from './UndoRedo';
import { useBoardView } from './useBoardView';
import { ZoomControls } from './ZoomControls';
import './JourneyBoard.css';
import { SuggestGroupsProvider } from '../suggest/SuggestGroups';

type Confirm = { kind: 'stage'; stage: Stage; cards: number } | { kind: 'lane'; lane: Lane; cards: number } | { kind: 'map'; map: JourneyMap };

/** The Journey map tab: choose or create a map, edit its stages, lanes, cards and emotion curve. */
export function JourneyBoard({ workshopId, handle }: { workshopId: string; handle: BoardHandle }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const board = handle.board;
  const maps = useMemo(() => [...(board?.journeyMaps ?? [])].sort((a, b) => a.position - b.position), [board?.journeyMaps]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const map = maps.find((m) => m.id === selectedId) ?? maps[0] ?? null;
  const layout = useJourneyLayout(map);
  const [view, setView] = useBoardView(`${workshopId}.journey.${map?.id ?? 'none'}`);
  const [zoom, setZoom] = useState(1);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [creating, setCreating] = useState(false);
  const { onDeleted, notice } = useDeletedNotice(handle.undo);

  const latest = useRef({ board, map, layout });
  useLayoutEffect(() => {
    latest.current = { board, map, layout };
  });

  const containerOf = useCallback((key: string) => {
    const parsed = parseKey(key);
    const current = latest.current.map;
    if (parsed?.kind !== 'cell' || !current) return null;
    return { kind: 'cell', mapId: current.id, stageId: parsed.stageId, laneId: parsed.laneId } as const;
  }, []);
  const actions = useCardActions(workshopId, containerOf, onDeleted);

  const mapId = map?.id ?? '';
  const commands = useMemo<JourneyCommands>(() => {
    const countIn = (test: (cell: { stageId: string; laneId: string }) => boolean): number =>
      [...latest.current.layout.cells].reduce((sum, [key, cards]) => {
        const cell = parseContainerKey(key);
        return cell?.kind === 'cell' && test(cell) ? sum + cards.length : sum;
      }, 0);
    return {
      stages: {
        rename: (stageId, title) => void run(api.stageRename({ stageId, title })),
        remove: (stage) => {
          const cards = countIn((cell) => cell.stageId === stage.id);
          if (cards) setConfirm({ kind: 'stage', stage, cards });
          else void run(api.stageRemove({ stageId: stage.id }));
        },
        reorder: async (stageIds) => (await run(api.stagesReorder({ mapId, stageIds }))) !== undefined,
      },
      lanes: {
        rename: (laneId, title) => void run(api.laneUpdate({ laneId, patch: { title } })),
        setHidden: (laneId, hidden) => void run(api.laneUpdate({ laneId, patch: { hidden } })),
        move: (laneId, by) => {
          // Swap with the next VISIBLE lane; hidden lanes keep their place in the full order.
          const all = [...(latest.current.map?.lanes ?? [])].sort((a, b) => a.position - b.position);
          const visible = all.filter((l) => !l.hidden).map((l) => l.id);
          const other = visible[visible.indexOf(laneId) + by];
          if (!other) return;
          const order = all.map((l) => l.id);
          const a = order.indexOf(laneId);
          const b = order.indexOf(other);
          [order[a], order[b]] = [order[b]!, order[a]!];
          void run(api.lanesReorder({ mapId, laneIds: order }));
        },
        remove: (lane) => {
          const cards = countIn((cell) => cell.laneId === lane.id);
          if (cards) setConfirm({ kind: 'lane', lane, cards });
          else void run(api.laneRemove({ laneId: lane.id }));
        },
      },
      emotion: (stageId, score, note) => void run(api.emotionSet({ mapId, stageId, score, ...(note === undefined ? {} : { note }) })),
    };
  }, [api, run, mapId]);

  const entries = useMemo(() => new Map<string, readonly ListEntry[]>([...layout.cells].map(([key, cards]) => [key, listEntries(cards, layout.groupCells.get(key))])), [layout]);
  const entriesRef = useRef(entries);
  useLayoutEffect(() => {
    entriesRef.current = entries;
  });

  const dndLayout = useMemo<CardDndLayout>(() => {
    const cardLanes = layout.lanes.filter((lane) => lane.kind !== 'emotion');
    const stageIds = layout.stages.map((s) => s.id);
    const laneIds = cardLanes.map((l) => l.id);
    const cards = new Map([...entries].map(([key, list]) => [key, drawnOrder(list).map((c) => c.id)]));
    const items = new Map([...entries].map(([key, list]) => [key, slotItems(list)]));
    const groups = new Map((map?.groups ?? []).map((g) => [g.id, g]));
    return {
      cardsOf: (key) => cards.get(key) ?? [],
      itemsOf: (key) => items.get(key) ?? [],
      groupTitle: (groupId) => groups.get(groupId)?.title ?? '',
      neighbour: (key, direction) => {
        const parsed = parseKey(key);
        if (parsed?.kind !== 'cell') return null;
        const s = stageIds.indexOf(parsed.stageId) + (direction === 'left' ? -1 : direction === 'right' ? 1 : 0);
        const l = laneIds.indexOf(parsed.laneId) + (direction === 'up' ? -1 : direction === 'down' ? 1 : 0);
        const stage = stageIds[s];
        const lane = laneIds[l];
        return stage && lane ? cellKey(stage, lane) : null;
      },
      label: (key) => {
        const parsed = parseKey(key);
        if (parsed?.kind !== 'cell') return '';
        const stage = layout.stages.find((s) => s.id === parsed.stageId)?.title ?? '';
        const lane = cardLanes.find((l) => l.id === parsed.laneId)?.title ?? '';
        return `${stage} · ${lane}`;
      },
    };
  }, [layout, entries, map?.groups]);

  const { grouping, announcer } = useGroupingValue({
    workshopId,
    entriesOf: useCallback((key: string) => entriesRef.current.get(key) ?? [], []),
    findCard: useCallback((id: string) => (latest.current.board ? findCard(latest.current.board, id) : undefined), []),
    findGroup: useCallback((id: string): CardGroup | undefined => latest.current.map?.groups.find((g) => g.id === id), []),
  });
  const onDropOnto = useCallback(
    (cardId: string, _key: string, onto: DropOnto) => {
      if (onto.kind === 'group') grouping.actions.join(cardId, onto.id);
      else grouping.actions.create(cardId, onto.id);
    },
    [grouping],
  );

  const onMove = useCallback(
    (cardId: string, key: string, index: number) => {
      const container = containerOf(key);
      if (!container) return;
      const drawn = drawnOrder(entriesRef.current.get(key) ?? []).map((c) => c.id);
      const byPosition = (latest.current.layout.cells.get(key) ?? []).map((c) => c.id);
      const at = positionIndex(drawn, byPosition, cardId, index);
      const card = (latest.current.layout.cells.get(key) ?? []).find((c) => c.id === cardId);
      // Out of its group to a place between the others: it leaves the group, then goes there.
      if (card?.groupId) void run(api.groupLeave({ workshopId, cardId })).then((left) => left && handle.moveCard(cardId, container, at));
      else handle.moveCard(cardId, container, at);
    },
    [containerOf, handle, api, run, workshopId],
  );
  const textOf = useCallback((id: string) => (latest.current.board ? (findCard(latest.current.board, id)?.text ?? '') : ''), []);
  const renderOverlay = useCallback((id: string) => {
    const card = latest.current.board ? findCard(latest.current.board, id) : undefined;
    return card ? <CardGhost card={card} /> : null;
  }, []);

  if (!board) return <p className="board-loading muted">{handle.failed ? t('boards.unavailable') : t('boards.loading')}</p>;


  return (
    <GroupingContext.Provider value={grouping}>
    <div className="journey-board">
      <BoardBar>
        {map && (
          <label className="board-bar__field">
            <span className="visually-hidden">{t('boards.journey.map')}</span>
            <select className="select" value={map.id} title={map.title} onChange={(event) => setSelectedId(event.target.value)}>
              <TitledOptions items={maps} />
            </select>
          </label>
        )}
        <button type="button" className={map ? 'button button--small button--icon' : 'button button--small'} aria-label={map ? t('boards.journey.new') : undefined} title={t('boards.journey.new')} onClick={() => setCreating(true)}>
          <PlusIcon />
          {!map && t('boards.journey.new')}
        </button>
        {map && (
          <>
            <label className="journey-tools__title">
              <span className="visually-hidden">{t('boards.journey.mapTitle')}</span>
              <CommitField className="input" value={map.title} title={map.title} maxLength={120} required onCommit={(title) => void run(api.journeyUpdate({ mapId: map.id, patch: { title } }))} />
            </label>
            <button type="button" className="button button--small" onClick={() => void run(api.stageAdd({ mapId: map.id, title: t('boards.stage.newTitle') }))}>
              <PlusIcon />
              {t('boards.stage.add')}
            </button>
            <button type="button" className="button button--small" onClick={() => void run(api.laneAdd({ mapId: map.id, title: t('boards.lane.newTitle') }))}>
              <PlusIcon />
              {t('boards.lane.add')}
            </button>
            {layout.hiddenLanes.length > 0 && (
              <div className="row row--wrap hidden-list" role="group" aria-label={t('boards.lane.hiddenList')}>
                <span className="hidden-list__label">{t('boards.lane.hiddenList')}</span>
                {layout.hiddenLanes.map((lane) => (
                  <button key={lane.id} type="button" className="button button--small" onClick={() => commands.lanes.setHidden(lane.id, false)}>
                    <EyeIcon />
                    {t('boards.lane.show', { title: lane.title })}
                  </button>
                ))}
              </div>
            )}
          </>
        )}
        <BoardBarSpacer />
        {map && <ZoomControls view={view} zoom={zoom} onView={setView} />}
        <UndoRedo handle={handle} />
        <FullWindowButton />
        {map && (
          <button
            type="button"
            className="button button--ghost button--danger button--small button--icon"
            aria-label={t('boards.journey.delete')}
            title={t('boards.journey.delete')}
            onClick={() => setConfirm({ kind: 'map', map })}
          >
            <TrashIcon />
          </button>
        )}
      </BoardBar>

      {map ? (
        <CardDnd layout={dndLayout} textOf={textOf} onMove={onMove} onDropOnto={onDropOnto} renderOverlay={renderOverlay} scale={zoom}>
          <SuggestGroupsProvider workshopId={workshopId}>
            <BoardViewport view={view} onView={setView} onZoom={setZoom} label={t('boards.zoom.viewport', { name: map.title })}>
              <JourneyGrid
                map={map}
                stages={layout.stages}
                lanes={layout.lanes}
                cells={layout.cells}
                groupCells={layout.groupCells}
                moments={layout.moments}
                actions={actions}
                commands={commands}
              />
            </BoardViewport>
          </SuggestGroupsProvider>
        </CardDnd>
      ) : (
        <BoardEmpty title={t('boards.journey.emptyTitle')} body={t('boards.journey.emptyBody')} action={t('boards.journey.new')} onAction={() => setCreating(true)} />
      )}

      {creating && (
        <NewMapDialog
          workshopId={workshopId}
          personas={board.personas}
          maps={maps}
          onCreated={(created) => setSelectedId(created.id)}
          onClose={() => setCreating(false)}
        />
      )}
      {confirm && <ConfirmRemoval confirm={confirm} onClose={() => setConfirm(null)} />}
      {notice}
      {announcer}
    </div>
    </GroupingContext.Provider>
  );
}

function ConfirmRemoval({ confirm, onClose }: { confirm: Confirm; onClose: () => void }) {
  const { api, run } = useAppState();
  const { t } = useI18n();
  const text =
    confirm.kind === 'stage'
      ? { title: t('boards.stage.deleteConfirm.title', { title: confirm.stage.title }), body: t('boards.stage.deleteConfirm.body', { count: confirm.cards }), go: () => run(api.stageRemove({ stageId: confirm.stage.id })) }
      : confirm.kind === 'lane'
        ? { title: t('boards.lane.deleteConfirm.title', { title: confirm.lane.title }), body: t('boards.lane.deleteConfirm.body', { count: confirm.cards }), go: () => run(api.laneRemove({ laneId: confirm.lane.id })) }
        : { title: t('boards.journey.deleteConfirm.title', { title: confirm.map.title }), body: t('boards.journey.deleteConfirm.body'), go: () => run(api.journeyDelete({ mapId: confirm.map.id })) };
  return <ConfirmDialog title={text.title} body={text.body} confirmLabel={t('boards.delete')} danger onConfirm={() => void text.go()} onClose={onClose} />;
}
