import type { Card, CardGroup, JourneyMap, Lane, Persona } from '../domain/board';
import { cellKey, containerKey, groupByContainer } from '../domain/card-location';
import type { PageSize } from '../domain/report';
import { clipText } from '../domain/synthesis';
import type { CardHeat } from '../domain/vote-heat';
import { NoteList } from './NoteList';
import { EmotionCurve } from './EmotionCurve';
import { LANE_HEADER_MM, splitStages, stageColumnWidth } from './layout';
import { SectionTitle, Sheet } from './Sheet';
import type { ReportText } from './text';

export interface JourneyPagesProps {
  map: JourneyMap;
  personas: Persona[];
  text: ReportText;
  pageSize: PageSize;
  running: string;
  /** The latest revealed vote's dots per card, drawn on the cards as on the journey screen. */
  heat: ReadonlyMap<string, CardHeat>;
  /** Set on the first map only: it opens the section. */
  section?: { number: number };
}

const SHORT = 48;

/**
 * One journey map on landscape pages: stages as columns (at most four a page, so a wide map is
 * split rather than shrunk), lanes as rows with their titles repeated on every part, the emotion
 * lane as a curve.
 */
export function JourneyPages({ map, personas, text, pageSize, running, heat, section }: JourneyPagesProps) {
  const { t } = text;
  const stages = [...map.stages].sort((a, b) => a.position - b.position);
  const lanes = map.lanes.filter((lane) => !lane.hidden).sort((a, b) => a.position - b.position);
  const parts = splitStages(stages);
  const cells = groupByContainer(map.cards);
  const cellGroups = new Map<string, CardGroup[]>();
  for (const group of map.groups) {
    const key = containerKey(group.container);
    cellGroups.set(key, [...(cellGroups.get(key) ?? []), group]);
  }
  const moments = new Map(map.cards.map((card) => [card.id, card.text]));
  const persona = personas.find((candidate) => candidate.id === map.personaId);
  const subtitle = persona ? t('report.journey.persona', { name: persona.name }) : t('report.journey.generic');

  const details = (card: Card, lane: Lane): string[] => {
    const out: string[] = [];
    if (card.severity !== null) out.push(t('report.journey.severity', { level: card.severity }));
    if (card.momentOfTruthId && moments.has(card.momentOfTruthId)) {
      out.push(t('report.journey.linkedTo', { moment: clipText(moments.get(card.momentOfTruthId) ?? '', SHORT) }));
    }
    if (card.measureType !== null) out.push(t(`report.measure.${card.measureType}`));
    if (lane.kind === 'momentsOfTruth' && out.length === 0 && card.severity === null) out.push(t('report.journey.momentOfTruth'));
    return out;
  };

  if (parts.length === 0) {
    return (
      <Sheet kind="landscape" running={running}>
        {section && <SectionTitle number={section.number} title={t('report.section.journeys')} />}
        <h2 className="rp-map__title">{map.title}</h2>
        <p className="rp-map__subtitle">{subtitle}</p>
      </Sheet>
    );
  }

  return (
    <>
      {parts.map((part, partIndex) => {
        const width = stageColumnWidth(pageSize, part.length);
        const firstNumber = stages.indexOf(part[0]!) + 1;
        const partLabel =
          parts.length > 1 ? t('report.journey.part', { from: firstNumber, to: firstNumber + part.length - 1, total: stages.length }) : null;
        return (
          <Sheet key={part[0]!.id} kind="landscape" running={running}>
            {section && partIndex === 0 && <SectionTitle number={section.number} title={t('report.section.journeys')} />}
            <div className="rp-map__head">
              {partIndex === 0 ? <h2 className="rp-map__title">{map.title}</h2> : <p className="rp-map__title">{map.title}</p>}
              <p className="rp-map__subtitle">
                {subtitle}
                {partLabel && <span className="rp-map__part">{partLabel}</span>}
              </p>
            </div>
            <table className="rp-map">
              <colgroup>
                <col style={{ width: `${LANE_HEADER_MM}mm` }} />
                {part.map((stage) => (
                  <col key={stage.id} style={{ width: `${width}mm` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <td className="rp-map__corner" />
                  {part.map((stage, index) => (
                    <th key={stage.id} scope="col" className="rp-map__stage">
                      <span className="rp-map__stage-number">{firstNumber + index}</span>
                      {stage.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lanes.map((lane) => (
                  <tr key={lane.id} className={`rp-map__lane rp-map__lane--${lane.kind}`}>
                    <th scope="row" className="rp-map__lane-title">
                      {lane.title}
                    </th>
                    {lane.kind === 'emotion' ? (
                      <td colSpan={part.length} className="rp-map__emotion">
                        <EmotionCurve allStages={stages} part={part} emotions={map.emotions} columnWidth={width} text={text} />
                      </td>
                    ) : (
                      part.map((stage) => {
                        const key = cellKey(stage.id, lane.id);
                        const list = cells.get(key) ?? [];
                        return (
                          <td key={stage.id} className="rp-map__cell">
                            {list.length > 0 && (
                              <NoteList cards={list} groups={cellGroups.get(key) ?? []} text={text} compact heat={heat} details={(card) => details(card, lane)} />
                            )}
                          </td>
                        );
                      })
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Sheet>
        );
      })}
    </>
  );
}
