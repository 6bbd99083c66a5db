import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { Card, JourneyMap, Lane, Stage } from '../../../shared/domain/board';
import { useI18n } from '../i18n';
import { FitList } from '../presenter/FitList';
import { PageDots, pageShown, pagesOf, useColumnsThatFit } from '../presenter/paging';
import { PresenterCard } from '../presenter/PresenterCard';
import { cellKey, groupByCell } from './keys';

/** Narrowest stage column that keeps card text at room size; the lowest lane row that still shows a card. */
const STAGE_MIN_PX = 300;
const LANE_MIN_PX = 140;
const GAP_PX = 12;
const EMPTY = new Map<string, readonly Card[]>();

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
  const cells = groupByCell(map.cards, EMPTY);
  const moments = map.cards.filter((card) => lanes.some((l) => l.kind === 'momentsOfTruth' && card.container.kind === 'cell' && card.container.laneId === l.id));
  const stage = stageId ? stages.find((s) => s.id === stageId) : undefined;
  const lane = laneId ? lanes.find((l) => l.id === laneId) : undefined;
  const shared = { map, cells, moments, tick };
  if (stage) return <StageFocus {...shared} stage={stage} lanes={lanes} />;
  if (lane) return <LaneFocus {...shared} lane={lane} stages={stages} page={page} />;
  return <WholeMap {...shared} stages={stages} lanes={lanes} page={page} />;
}

interface Shared {
  map: JourneyMap;
  cells: ReadonlyMap<string, readonly Card[]>;
  moments: readonly Card[];
  tick: number;
}

function CellCards({ cards, label, moments, tick, wrap }: { cards: readonly Card[]; label: string; moments: readonly Card[]; tick: number; wrap?: boolean }) {
  return (
    <FitList
      className={wrap ? 'fit-list--wrap' : undefined}
      items={cards}
      itemKey={(card) => card.id}
      label={label}
      tick={tick}
      render={(card) => <PresenterCard card={card} moments={moments} />}
    />
  );
}

function Emotion({ map, stage }: { map: JourneyMap; stage: Stage }) {
  const { t } = useI18n();
  const point = map.emotions.find((e) => e.stageId === stage.id);
  if (!point) return null;
  const level = point.score < 0 ? `m${-point.score}` : point.score > 0 ? `p${point.score}` : '0';
  const face = ['😣', '🙁', '😐', '🙂', '😄'][point.score + 2] ?? '😐';
  return (
    <div className={`pemotion pemotion--${level}`}>
      <p className="pemotion__score">
        <span aria-hidden="true">{face}</span> {t(`boards.emotion.level.${level}` as 'boards.emotion.level.0')}
      </p>
      {point.note && <p className="pemotion__note">{point.note}</p>}
    </div>
  );
}

function Cell({ map, stage, lane, cells, moments, tick, wrap }: Shared & { stage: Stage; lane: Lane; wrap?: boolean }) {
  if (lane.kind === 'emotion') return <Emotion map={map} stage={stage} />;
  return <CellCards cards={cells.get(cellKey(stage.id, lane.id)) ?? []} label={`${stage.title} · ${lane.title}`} moments={moments} tick={tick} wrap={wrap} />;
}

/** The lane titles' column, as presenter-board.css sizes it: clamp(180px, 12vw, 280px). */
function laneColumnPx(): number {
  return Math.min(280, Math.max(180, window.innerWidth * 0.12)) + GAP_PX;
}

/** How many rows of at least LANE_MIN_PX fit in the element's height. */
function useRowsThatFit(ref: RefObject<HTMLElement | null>): number {
  const [rows, setRows] = useState(1);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    const measure = (): void => setRows(Math.max(1, Math.floor((node.clientHeight + GAP_PX) / (LANE_MIN_PX + GAP_PX))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return rows;
}

/** The grid, stages across and lanes down, in pages of what stays readable. */
function WholeMap({ stages, lanes, page, ...shared }: Shared & { stages: Stage[]; lanes: Lane[]; page: number | null }) {
  const { t } = useI18n();
  const area = useRef<HTMLDivElement>(null);
  const columns = useColumnsThatFit(area, STAGE_MIN_PX, GAP_PX, laneColumnPx());
  const rows = useRowsThatFit(area);
  // Lanes with nothing in them yet take no room from those being filled.
  const filled = lanes.filter((lane) => (lane.kind === 'emotion' ? shared.map.emotions.length > 0 : stages.some((s) => (shared.cells.get(cellKey(s.id, lane.id))?.length ?? 0) > 0)));
  const shownLanes = filled.length > 0 ? filled : lanes;
  // One row is the stage titles.
  const lanePages = pagesOf(shownLanes, Math.max(1, rows - 1));
  const stagePages = pagesOf(stages, Math.max(1, columns));
  const count = lanePages.length * stagePages.length;
  const current = pageShown(count, page, shared.tick);
  const pageStages = stagePages[Math.floor(current / lanePages.length)] ?? [];
  const pageLanes = lanePages[current % lanePages.length] ?? [];
  return (
    <article className="pjourney" aria-label={shared.map.title || t('boards.tabs.journey')}>
      <div ref={area} className="pjourney__area">
        <div className="pjourney__grid" role="table" style={{ '--stages': Math.max(1, pageStages.length), '--lanes': Math.max(1, pageLanes.length) } as CSSProperties}>
          <div role="row" className="pjourney__row pjourney__row--head">
            <span role="columnheader" className="pjourney__corner" />
            {pageStages.map((stage) => (
              <h3 key={stage.id} role="columnheader" className="pjourney__stage">
                {stage.title}
              </h3>
            ))}
          </div>
          {pageLanes.map((lane) => (
            <div key={lane.id} role="row" className={`pjourney__row pjourney__row--${lane.kind}`}>
              <h4 role="rowheader" className="pjourney__lane">
                {lane.title}
              </h4>
              {pageStages.map((stage) => (
                <div key={stage.id} role="cell" className="pjourney__cell">
                  <Cell {...shared} stage={stage} lane={lane} />
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
      <PageDots count={count} current={current} />
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
  const columns = useColumnsThatFit(row, STAGE_MIN_PX, GAP_PX);
  const pages = pagesOf(stages, columns);
  const current = pageShown(pages.length, page, shared.tick);
  const shown = pages[current] ?? [];
  return (
    <article className="pfocus" aria-label={lane.title}>
      <h2 className="pfocus__title">{lane.title}</h2>
      <div ref={row} className="plane" style={{ '--columns': Math.max(1, shown.length) } as CSSProperties}>
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
