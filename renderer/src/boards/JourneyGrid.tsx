import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { Card, CardGroup, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import { ArrowIcon, EyeIcon, TrashIcon, ZoomIcon } from '../components/icons';
import { useI18n } from '../i18n';
import type { CardActions } from './card-actions';
import { CardList, StaticCardList } from './CardList';
import { CommitField } from '../components/CommitField';
import { EmotionLane, STAGE_WIDTH } from './EmotionLane';
import { cardsOnFirstScreen, estimateListHeight, rowPasses, useDrawPasses } from './first-screen';
import { cellKey } from '../../../shared/domain/card-location';
import { StageHeaders, StageNumber, type StageCommands } from './StageHeaders';
import { useBoardZoom } from './BoardViewport';
import './JourneyGrid.css';
import { SuggestGroupsButton } from '../suggest/SuggestGroups';

export interface LaneCommands {
  rename: (laneId: string, title: string) => void;
  move: (laneId: string, by: -1 | 1) => void;
  setHidden: (laneId: string, hidden: boolean) => void;
  /** Custom lanes only; asks first when the lane holds cards. */
  remove: (lane: Lane) => void;
}

export interface JourneyCommands {
  stages: StageCommands;
  lanes: LaneCommands;
  emotion: (stageId: string, score: number | null, note?: string) => void;
}

export interface JourneyGridProps {
  map: JourneyMap;
  stages: readonly Stage[];
  /** Visible lanes, in order. */
  lanes: readonly Lane[];
  cells: ReadonlyMap<string, readonly Card[]>;
  /** Each cell's groups, by the same keys. */
  groupCells?: ReadonlyMap<string, readonly CardGroup[]>;
  moments: readonly Card[];
  readOnly?: boolean;
  actions?: CardActions;
  commands?: JourneyCommands;
}

const NONE: readonly Card[] = [];

/** What the opening screen shows of the map, read from its first layout (every cell a sized placeholder). */
interface ScreenCut {
  /** Lanes whose row starts above the bottom of the screen, with the room left below the row's top. */
  rows: Map<string, number>;
  /** Stages whose column starts left of the frame's right edge. */
  columns: Set<string>;
}

function measureCut(table: HTMLElement, stages: readonly Stage[], lanes: readonly Lane[]): ScreenCut {
  const frame = table.closest('.board-viewport')?.getBoundingClientRect();
  const screenBottom = Math.min(window.innerHeight, frame?.bottom ?? Infinity);
  const right = Math.min(window.innerWidth, frame?.right ?? Infinity);
  const [head, ...rows] = [...table.children];
  const cut: ScreenCut = { rows: new Map(), columns: new Set() };
  // The head row: a corner, then one header per stage.
  const headers = head ? [...head.children].slice(1) : [];
  stages.forEach((stage, index) => {
    const left = headers[index]?.getBoundingClientRect().left ?? Infinity;
    if (left < right) cut.columns.add(stage.id);
  });
  lanes.forEach((lane, index) => {
    const box = rows[index]?.getBoundingClientRect();
    if (box && box.top < screenBottom && box.bottom > 0) cut.rows.set(lane.id, screenBottom - Math.max(0, box.top));
  });
  return cut;
}

/**
 * The map as a table: stages are columns, lanes are rows, each cell a list of cards. Lane
 * headers stick to the left edge while the stages scroll sideways.
 *
 * A big map is drawn in passes (useDrawPasses): first every cell as a placeholder sized from its
 * cards, measured at once to find what the opening screen shows; those cells then draw the
 * cards that reach the bottom of the screen, before that screen is painted. After it, the rows
 * on screen are drawn whole, then the others a few at a time.
 */
export function JourneyGrid({ map, stages, lanes, cells, groupCells, moments, readOnly, actions, commands }: JourneyGridProps) {
  const { t } = useI18n();
  const editable = !readOnly && actions !== undefined && commands !== undefined;
  const columns = `var(--lane-width) repeat(${Math.max(1, stages.length)}, ${STAGE_WIDTH}px)`;
  const table = useRef<HTMLDivElement>(null);
  const [cut, setCut] = useState<ScreenCut | null>(null);
  const cardsPerLane = lanes.map((lane) => stages.reduce((sum, stage) => sum + (cells.get(cellKey(stage.id, lane.id))?.length ?? 0), 0));
  const onScreen = cut ? lanes.filter((lane) => cut.rows.has(lane.id)).length : 1;
  const passEnds = rowPasses(cardsPerLane, onScreen);
  const passes = useDrawPasses(passEnds.length);
  // Rows from the top drawn whole; below them, cells are placeholders (on the opening screen, partly drawn).
  const wholeRows = passes === 0 ? 0 : (passEnds[passes - 1] ?? Infinity);

  useLayoutEffect(() => {
    if (passes > 0 || cut || !table.current) return;
    setCut(measureCut(table.current, stages, lanes));
  }, [passes, cut, stages, lanes]);

  return (
    <div ref={table} className={`journey__table${editable ? '' : ' journey__table--static'}`} role="table" aria-label={t('boards.journey.tableLabel', { title: map.title })}>
      <div className="journey__row journey__row--head" role="row" style={{ gridTemplateColumns: columns }}>
        <div className="journey__corner" role="columnheader">
          <span className="visually-hidden">{t('boards.lane.header')}</span>
        </div>
        {editable ? (
          <StageHeaders stages={stages} commands={commands.stages} />
        ) : (
          stages.map((stage, index) => (
            <div key={stage.id} className="journey__stage" role="columnheader" data-stage-id={stage.id}>
              <StageNumber index={index} title={stage.title} />
              <span className="journey__stage-title" title={stage.title}>
                {stage.title}
              </span>
            </div>
          ))
        )}
      </div>
      {lanes.map((lane, index) => (
        <div key={lane.id} className={`journey__row journey__row--${lane.kind}`} role="row" data-lane-id={lane.id} style={{ gridTemplateColumns: columns }}>
          <LaneHeader lane={lane} first={index === 0} last={index === lanes.length - 1} commands={editable ? commands.lanes : undefined} />
          {lane.kind === 'emotion' ? (
            <div role="cell" className="journey__emotion-cell" style={{ gridColumn: `2 / span ${Math.max(1, stages.length)}` }}>
              <EmotionLane mapId={map.id} stages={stages} emotions={map.emotions} readOnly={!editable} onSet={editable ? commands.emotion : undefined} />
            </div>
          ) : (
            stages.map((stage) => {
              const key = cellKey(stage.id, lane.id);
              const label = `${stage.title} · ${lane.title}`;
              const cards = cells.get(key) ?? NONE;
              const groups = groupCells?.get(key);
              const room = index < wholeRows ? undefined : cut?.columns.has(stage.id) ? cut.rows.get(lane.id) : undefined;
              if (index >= wholeRows && room === undefined) {
                // Sized from its cards, so that the rows around it sit where they will be.
                return <div key={stage.id} role="cell" className="journey__cell" aria-busy="true" style={{ height: estimateListHeight(cards) }} />;
              }
              return (
                <div key={stage.id} role="cell" className="journey__cell">
                  {editable ? (
                    <>
                      <CardList
                        containerKey={key}
                        label={label}
                        cards={cards}
                        groups={groups}
                        kind={lane.kind}
                        moments={moments}
                        actions={actions}
                        shown={room === undefined ? undefined : cardsOnFirstScreen(cards, room)}
                      />
                      <SuggestGroupsButton target={{ container: { kind: 'cell', mapId: map.id, stageId: stage.id, laneId: lane.id }, label, cards }} />
                    </>
                  ) : (
                    <StaticCardList label={label} cards={cards} groups={groups} kind={lane.kind} moments={moments} />
                  )}
                </div>
              );
            })
          )}
        </div>
      ))}
    </div>
  );
}

const LaneHeader = memo(function LaneHeader({ lane, first, last, commands }: { lane: Lane; first: boolean; last: boolean; commands: LaneCommands | undefined }) {
  const { t } = useI18n();
  const zoom = useBoardZoom();
  if (!commands) {
    return (
      <div className={`journey__lane journey__lane--${lane.kind}`} role="rowheader">
        <span className="journey__lane-title">{lane.title}</span>
      </div>
    );
  }
  return (
    <div className={`journey__lane journey__lane--${lane.kind}`} role="rowheader" aria-label={lane.title}>
      <CommitField
        multiline
        enterCommits
        rows={1}
        className="journey__lane-title"
        value={lane.title}
        maxLength={120}
        required
        aria-label={t('boards.lane.title', { title: lane.title })}
        onCommit={(title) => commands.rename(lane.id, title)}
      />
      <div className="journey__lane-tools">
        <button type="button" className="button button--ghost button--icon button--small" disabled={first} aria-label={t('boards.lane.moveUp', { title: lane.title })} onClick={() => commands.move(lane.id, -1)}>
          <ArrowIcon direction="up" />
        </button>
        <button type="button" className="button button--ghost button--icon button--small" disabled={last} aria-label={t('boards.lane.moveDown', { title: lane.title })} onClick={() => commands.move(lane.id, 1)}>
          <ArrowIcon direction="down" />
        </button>
        <button type="button" className="button button--ghost button--icon button--small" aria-label={t('boards.lane.hide', { title: lane.title })} onClick={() => commands.setHidden(lane.id, true)}>
          <EyeIcon off />
        </button>
        {lane.kind === 'custom' && (
          <button type="button" className="button button--ghost button--icon button--small" aria-label={t('boards.lane.delete', { title: lane.title })} onClick={() => commands.remove(lane)}>
            <TrashIcon />
          </button>
        )}
        {zoom && (
          <button
            type="button"
            className="button button--ghost button--icon button--small"
            aria-label={t('boards.zoom.toLane', { title: lane.title })}
            title={t('boards.zoom.toLane', { title: lane.title })}
            onClick={(event) => {
              // The row fills the frame's height under the stage headers.
              const row = event.currentTarget.closest<HTMLElement>('[role="row"]');
              const head = row?.parentElement?.firstElementChild as HTMLElement | null | undefined;
              if (row) zoom.zoomTo(row, 'y', head?.offsetHeight ?? 0);
            }}
          >
            <ZoomIcon />
          </button>
        )}
      </div>
    </div>
  );
});
