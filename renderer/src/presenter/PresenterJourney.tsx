import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Card, CardGroup, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { FitList } from './FitList';
import { packRows, PageDots, pageShown, pagesOf, useColumnsThatFit } from './paging';
import { cellKey, containerKey, groupByContainer } from '../../../shared/domain/card-location';
import { groupsByContainer } from '../boards/group-entries';
import { entryKey, PresenterEntry, presenterEntries } from './PresenterGroup';
import { useRoomUnit } from './useRoomUnit';

/** Narrowest stage column that keeps card text at room size, the lane titles' column and the grid's gap (room units). */
const STAGE_MIN = 300;
const LANE_COLUMN = 230.4;
const GAP = 12;
const EMPTY = new Map<string, readonly Card[]>();
const NO_GROUPS = new Map<string, readonly CardGroup[]>();

interface Props {
  map: JourneyMap;
  stageId: string | null;
  laneId: string | null;
  tick: number;
  page: number | null;
}

/** The journey map for the room: the whole map paged by stages and lanes, one stage large, or one lane across the stages. */
export function PresenterJourney({ map, stageId, laneId, tick, page }: Props) {
  const stages = [...map.stages].sort((a, b) => a.position - b.position);
  const lanes = [...map.lanes].filter((l) => !l.hidden).sort((a, b) => a.position - b.position);
  const cells = groupByContainer(map.cards, EMPTY);
  const groupCells = groupsByContainer(map.groups, NO_GROUPS, (group) => containerKey(group.container));
  const moments = map.cards.filter((card) => lanes.some((l) => l.kind === 'momentsOfTruth' && card.container.kind === 'cell' && card.container.laneId === l.id));
  const stage = stageId ? stages.find((s) => s.id === stageId) : undefined;
  const lane = laneId ? lanes.find((l) => l.id === laneId) : undefined;
  const shared = { map, cells, groupCells, moments, tick };
  if (stage) return <StageFocus {...shared} stage={stage} lanes={lanes} />;
  if (lane) return <LaneFocus {...shared} lane={lane} stages={stages} page={page} />;
  return <WholeMap {...shared} stages={stages} lanes={lanes} page={page} />;
}

interface Shared {
  map: JourneyMap;
  cells: ReadonlyMap<string, readonly Card[]>;
  groupCells: ReadonlyMap<string, readonly CardGroup[]>;
  moments: readonly Card[];
  tick: number;
}

function CellCards({ cards, groups, label, moments, tick, wrap }: { cards: readonly Card[]; groups: readonly CardGroup[] | undefined; label: string; moments: readonly Card[]; tick: number; wrap?: boolean }) {
  return (
    <FitList
      className={wrap ? 'fit-list--wrap' : undefined}
      items={presenterEntries(cards, groups)}
      itemKey={entryKey}
      label={label}
      tick={tick}
      render={(entry) => <PresenterEntry entry={entry} moments={moments} />}
    />
  );
}

function Emotion({ map, stage }: { map: JourneyMap; stage: Stage }) {
  const { t } = useI18n();
  const point = map.emotions.find((e) => e.stageId === stage.id);
  if (!point) return null;
  const level = point.score < 0 ? `m${-point.score}` : point.score > 0 ? `p${point.score}` : '0';
  const sign = point.score > 0 ? `+${point.score}` : point.score < 0 ? `−${-point.score}` : '0';
  return (
    <div className={`pemotion pemotion--${level}`}>
      <p className="pemotion__score">
        <span className="pemotion__sign" aria-hidden="true">
          {sign}
        </span>{' '}
        {t(`boards.emotion.level.${level}` as 'boards.emotion.level.0')}
      </p>
      {point.note && <p className="clamp-2 pemotion__note">{point.note}</p>}
    </div>
  );
}

function Cell({ map, stage, lane, cells, groupCells, moments, tick, wrap }: Shared & { stage: Stage; lane: Lane; wrap?: boolean }) {
  if (lane.kind === 'emotion') return <Emotion map={map} stage={stage} />;
  const key = cellKey(stage.id, lane.id);
  return <CellCards cards={cells.get(key) ?? []} groups={groupCells.get(key)} label={`${stage.title} · ${lane.title}`} moments={moments} tick={tick} wrap={wrap} />;
}

interface MapPage {
  stages: Stage[];
  lanes: Lane[];
  /** The lanes' natural heights, so each row gets at least what its cards need. */
  heights: number[];
}

function MapGrid({ stages, lanes, heights, measuring, ...shared }: Shared & { stages: Stage[]; lanes: Lane[]; heights?: number[]; measuring?: boolean }) {
  const { t } = useI18n();
  const rows = heights ? heights.map((h) => `minmax(${Math.ceil(h)}px, 1fr)`).join(' ') : `repeat(${Math.max(1, lanes.length)}, auto)`;
  return (
    <div
      className={measuring ? 'pjourney__grid is-measuring' : 'pjourney__grid'}
      role={measuring ? undefined : 'table'}
      aria-label={measuring ? undefined : t('boards.journey.tableLabel', { title: shared.map.title })}
      aria-hidden={measuring ? true : undefined}
      style={{ '--stages': Math.max(1, stages.length), '--lane-column': LANE_COLUMN, '--gap': GAP, gridTemplateRows: `auto ${rows}` } as CSSProperties}
    >
      <div role="row" className="pjourney__row pjourney__row--head">
        <span role="columnheader" className="pjourney__corner" />
        {stages.map((stage) => (
          <h3 key={stage.id} role="columnheader" className="pjourney__stage">
            {stage.title}
          </h3>
        ))}
      </div>
      {lanes.map((lane) => (
        <div key={lane.id} role="row" className={`pjourney__row pjourney__row--${lane.kind}`}>
          <h4 role="rowheader" className="pjourney__lane" data-lane={lane.id}>
            {lane.title}
          </h4>
          {stages.map((stage) => (
            <div key={stage.id} role="cell" className="pjourney__cell" data-lane={lane.id}>
              <Cell {...shared} stage={stage} lane={lane} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

/**
 * The grid, stages across and lanes down, in pages of what stays readable. Each lane's natural
 * height is measured first (off screen, before paint), so a page holds as many lanes as really fit.
 */
function WholeMap({ stages, lanes, page, ...shared }: Shared & { stages: Stage[]; lanes: Lane[]; page: number | null }) {
  const { t } = useI18n();
  const area = useRef<HTMLDivElement>(null);
  const measureBox = useRef<HTMLDivElement>(null);
  const unit = useRoomUnit();
  const columns = useColumnsThatFit(area, STAGE_MIN, GAP, LANE_COLUMN + GAP);
  const [height, setHeight] = useState(0);
  const [measured, setMeasured] = useState<{ key: string; pages: MapPage[] } | null>(null);
  // Lanes with nothing in them yet take no room from those being filled.
  const filled = lanes.filter((lane) => (lane.kind === 'emotion' ? shared.map.emotions.length > 0 : stages.some((s) => (shared.cells.get(cellKey(s.id, lane.id))?.length ?? 0) > 0)));
  const shownLanes = filled.length > 0 ? filled : lanes;
  const stagePages = pagesOf(stages, Math.max(1, columns));
  const key = [shared.map.id, shared.map.cards.map((c) => `${c.updatedAt}${c.groupId ?? ''}`).join(), shared.map.groups.map((g) => `${g.updatedAt}${g.collapsed}`).join(), shared.map.emotions.map((e) => e.note).join(), shownLanes.map((l) => l.id).join(), columns, height, unit].join('|');

  useLayoutEffect(() => {
    const node = area.current;
    if (!node) return undefined;
    const observer = new ResizeObserver(() => setHeight(node.clientHeight));
    observer.observe(node);
    setHeight(node.clientHeight);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const box = measureBox.current;
    if (!box || measured?.key === key || height === 0) return;
    const grids = [...box.querySelectorAll<HTMLElement>('.pjourney__grid')];
    const pages = grids.flatMap((grid, index) => {
      const head = grid.querySelector<HTMLElement>('.pjourney__stage')?.offsetHeight ?? 0;
      const gap = GAP * unit;
      const room = height - head - gap;
      const heights = shownLanes.map((lane) => Math.max(0, ...[...grid.querySelectorAll<HTMLElement>(`[data-lane="${lane.id}"]`)].map((cell) => cell.offsetHeight)));
      return packRows(heights, room, gap).map((rows) => ({
        stages: stagePages[index] ?? [],
        lanes: rows.map((row) => shownLanes[row]!),
        heights: rows.map((row) => Math.min(heights[row]!, room)),
      }));
    });
    setMeasured({ key, pages });
    // `key` names everything measured (the cards, the lanes shown, the columns, the height).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, height, measured?.key]);

  const pages = measured?.pages ?? [];
  const current = pageShown(pages.length, page, shared.tick);
  const shown = pages[current];
  return (
    <article className="pjourney" aria-label={shared.map.title || t('boards.tabs.journey')}>
      <div ref={area} className="pjourney__area">
        {shown && <MapGrid {...shared} stages={shown.stages} lanes={shown.lanes} heights={shown.heights} />}
        {measured?.key !== key && (
          <div ref={measureBox} className="pjourney__measure">
            {stagePages.map((pageStages, index) => (
              <MapGrid key={index} {...shared} stages={pageStages} lanes={shownLanes} measuring />
            ))}
          </div>
        )}
      </div>
      <PageDots count={pages.length} current={current} />
    </article>
  );
}

/** One stage, large: each lane that has something, as a block of cards. */
function StageFocus({ stage, lanes, ...shared }: Shared & { stage: Stage; lanes: Lane[] }) {
  const shown = lanes.filter((lane) =>
    lane.kind === 'emotion' ? shared.map.emotions.some((e) => e.stageId === stage.id) : (shared.cells.get(cellKey(stage.id, lane.id))?.length ?? 0) > 0,
  );
  return (
    <article className="pfocus" aria-label={stage.title}>
      <h2 className="pfocus__title">{stage.title}</h2>
      <div className="pstage" style={{ '--blocks': Math.max(1, shown.length) } as CSSProperties}>
        {shown.map((lane) => (
          <section key={lane.id} className="pstage__lane" aria-label={lane.title}>
            <h3 className="pstage__lane-title">{lane.title}</h3>
            <Cell {...shared} stage={stage} lane={lane} wrap />
          </section>
        ))}
      </div>
    </article>
  );
}

/** One lane across the stages, as columns, paged when they do not all fit. */
function LaneFocus({ lane, stages, page, ...shared }: Shared & { lane: Lane; stages: Stage[]; page: number | null }) {
  const row = useRef<HTMLDivElement>(null);
  const columns = useColumnsThatFit(row, STAGE_MIN, GAP);
  const pages = pagesOf(stages, columns);
  const current = pageShown(pages.length, page, shared.tick);
  const shown = pages[current] ?? [];
  return (
    <article className="pfocus" aria-label={lane.title}>
      <h2 className="pfocus__title">{lane.title}</h2>
      <div ref={row} className="plane" style={{ '--columns': Math.max(1, shown.length), '--gap': GAP } as CSSProperties}>
        {shown.map((stage) => (
          <section key={stage.id} className="plane__stage" aria-label={stage.title}>
            <h3 className="plane__stage-title">{stage.title}</h3>
            <Cell {...shared} stage={stage} lane={lane} />
          </section>
        ))}
      </div>
      <PageDots count={pages.length} current={current} />
    </article>
  );
}
