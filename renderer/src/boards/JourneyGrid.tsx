import { memo } from 'react';
import type { Card, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import { TrashIcon } from '../components/icons';
import { useI18n } from '../i18n';
import type { CardActions } from './card-actions';
import { CardList, StaticCardList } from './CardList';
import { CommitField } from './CommitField';
import { EmotionLane, STAGE_WIDTH } from './EmotionLane';
import { ArrowIcon, EyeIcon } from './icons';
import { cardsOnFirstScreen, estimateListHeight, useRestDrawn } from './first-screen';
import { cellKey } from './keys';
import { StageHeaders, type StageCommands } from './StageHeaders';

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
  moments: readonly Card[];
  readOnly?: boolean;
  actions?: CardActions;
  commands?: JourneyCommands;
  /** Draw every row at once: a map scaled to fit shows them all on its first screen. */
  whole?: boolean;
}

const NONE: readonly Card[] = [];

/** The emotion lane's height, about. */
const EMOTION_ROW = 220;

/**
 * The lanes drawn in the first pass (see useRestDrawn), those starting within the opening
 * screen, each with the height left below its top: rows are sized after their fullest cell,
 * and each cell then draws only the cards that reach the bottom of the screen.
 */
function lanesOnFirstScreen(stages: readonly Stage[], lanes: readonly Lane[], cells: ReadonlyMap<string, readonly Card[]>): Map<string, number> {
  const shown = new Map<string, number>();
  let top = 0;
  for (const lane of lanes) {
    if (top > window.innerHeight) break;
    shown.set(lane.id, window.innerHeight - top);
    top += lane.kind === 'emotion' ? EMOTION_ROW : Math.max(0, ...stages.map((stage) => estimateListHeight(cells.get(cellKey(stage.id, lane.id)) ?? NONE)));
  }
  return shown;
}

/**
 * The map as a table: stages are columns, lanes are rows, each cell a list of cards. Lane
 * headers stick to the left edge while the stages scroll sideways.
 */
export function JourneyGrid({ map, stages, lanes, cells, moments, readOnly, actions, commands, whole }: JourneyGridProps) {
  const { t } = useI18n();
  const editable = !readOnly && actions !== undefined && commands !== undefined;
  const columns = `var(--lane-width) repeat(${Math.max(1, stages.length)}, ${STAGE_WIDTH}px)`;
  const restDrawn = useRestDrawn();
  const firstLanes = restDrawn || whole ? null : lanesOnFirstScreen(stages, lanes, cells);

  return (
    <div className={`journey__table${editable ? '' : ' journey__table--static'}`} role="table" aria-label={t('boards.journey.tableLabel', { title: map.title })}>
      <div className="journey__row journey__row--head" role="row" style={{ gridTemplateColumns: columns }}>
        <div className="journey__corner" role="columnheader">
          <span className="visually-hidden">{t('boards.lane.header')}</span>
        </div>
        {editable ? (
          <StageHeaders stages={stages} commands={commands.stages} />
        ) : (
          stages.map((stage, index) => (
            <div key={stage.id} className="journey__stage" role="columnheader">
              <span className="journey__stage-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="journey__stage-title">{stage.title}</span>
            </div>
          ))
        )}
      </div>
      {lanes.map((lane, index) => (
        <div key={lane.id} className={`journey__row journey__row--${lane.kind}`} role="row" style={{ gridTemplateColumns: columns }}>
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
              // Sized ahead from its cards, so cells off screen really are skipped at first layout.
              const height = estimateListHeight(cards);
              if (firstLanes && !firstLanes.has(lane.id)) {
                return <div key={stage.id} role="cell" className="journey__cell" aria-busy="true" style={{ height }} />;
              }
              return (
                <div key={stage.id} role="cell" className="journey__cell" style={{ containIntrinsicSize: `auto ${height}px` }}>
                  {editable ? (
                    <CardList
                      containerKey={key}
                      label={label}
                      cards={cards}
                      kind={lane.kind}
                      moments={moments}
                      actions={actions}
                      shown={firstLanes ? cardsOnFirstScreen(cards, firstLanes.get(lane.id)) : undefined}
                    />
                  ) : (
                    <StaticCardList label={label} cards={cards} kind={lane.kind} moments={moments} />
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
      </div>
    </div>
  );
});
