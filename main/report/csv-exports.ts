import type { Card, CardGroup, JourneyMap } from '../../shared/domain/board';
import type { Language } from '../../shared/domain/settings';
import type { VotingSessionView } from '../../shared/domain/voting';
import { translate } from '../../shared/i18n';
import type { ReportData } from '../../shared/domain/report';
import { toCsv, type CsvValue } from './csv';

type T = (key: Parameters<typeof translate>[1]) => string;

/**
 * Every card of the workshop, persona cards first, one row each, in board order (a group's cards
 * together, see card-groups): its group's title, and the duplicates merged into it with their authors.
 */
export function cardsCsv(data: Pick<ReportData, 'language' | 'personas' | 'journeys'>): string {
  const t: T = (key) => translate(data.language, key);
  const rows: CsvValue[][] = [
    [
      t('csv.board'),
      t('csv.boardTitle'),
      t('csv.place'),
      t('csv.lane'),
      t('csv.position'),
      t('csv.text'),
      t('csv.group'),
      t('csv.color'),
      t('csv.author'),
      t('csv.severity'),
      t('csv.momentOfTruth'),
      t('csv.measure'),
      t('csv.created'),
      t('csv.duplicates'),
    ],
  ];
  for (const persona of data.personas) {
    for (const section of persona.sections) {
      const group = groupTitles(section.groups, t);
      for (const card of section.cards) {
        rows.push([
          t('csv.kind.persona'),
          persona.name,
          section.title,
          '',
          card.position + 1,
          card.text,
          group(card),
          card.color,
          card.author,
          card.severity,
          '',
          card.measureType,
          card.createdAt,
          duplicates(card),
        ]);
      }
    }
  }
  for (const map of data.journeys) rows.push(...journeyRows(map, t('csv.kind.journey'), t));
  return toCsv(rows);
}

/** A card's group as the CSV names it: its title, or "Untitled group"; '' for an ungrouped card. */
function groupTitles(groups: readonly CardGroup[], t: T): (card: Card) => string {
  const titles = new Map(groups.map((group) => [group.id, group.title || t('csv.untitledGroup')]));
  return (card) => (card.groupId === null ? '' : (titles.get(card.groupId) ?? ''));
}

/** The duplicates merged into a card, one per line: "text (author)". */
function duplicates(card: Card): string {
  return card.mergedFrom.map((merged) => (merged.author ? `${merged.text} (${merged.author})` : merged.text)).join('\n');
}

function journeyRows(map: JourneyMap, kind: string, t: T): CsvValue[][] {
  const group = groupTitles(map.groups, t);
  const stageOrder = new Map(map.stages.map((stage) => [stage.id, stage]));
  const laneOrder = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const texts = new Map(map.cards.map((card) => [card.id, card.text]));
  const place = (card: Card) => (card.container.kind === 'cell' ? card.container : null);
  const sorted = [...map.cards].sort((a, b) => {
    const pa = place(a);
    const pb = place(b);
    return (
      (stageOrder.get(pa?.stageId ?? '')?.position ?? 0) - (stageOrder.get(pb?.stageId ?? '')?.position ?? 0) ||
      (laneOrder.get(pa?.laneId ?? '')?.position ?? 0) - (laneOrder.get(pb?.laneId ?? '')?.position ?? 0) ||
      a.position - b.position
    );
  });
  return sorted.map((card) => {
    const cell = place(card);
    return [
      kind,
      map.title,
      stageOrder.get(cell?.stageId ?? '')?.title ?? '',
      laneOrder.get(cell?.laneId ?? '')?.title ?? '',
      card.position + 1,
      card.text,
      group(card),
      card.color,
      card.author,
      card.severity,
      card.momentOfTruthId ? (texts.get(card.momentOfTruthId) ?? '') : '',
      card.measureType,
      card.createdAt,
      duplicates(card),
    ];
  });
}

/** The ranked results of every revealed vote; votes not revealed yet are left out. */
export function votesCsv(language: Language, sessions: readonly VotingSessionView[]): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const rows: CsvValue[][] = [
    [t('csv.session'), t('csv.round'), t('csv.rank'), t('csv.tie'), t('csv.text'), t('csv.votes'), t('csv.voters'), t('csv.source'), t('csv.map'), t('csv.stage'), t('csv.persona'), t('csv.comment'), t('csv.members')],
  ];
  for (const session of sessions) {
    if (session.phase !== 'revealed' || !session.results) continue;
    const perRank = new Map<number, number>();
    for (const item of session.results.items) perRank.set(item.rank, (perRank.get(item.rank) ?? 0) + 1);
    for (const item of session.results.items) {
      rows.push([
        session.title,
        session.round,
        item.rank,
        (perRank.get(item.rank) ?? 0) > 1 ? t('csv.yes') : '',
        item.text,
        item.votes,
        item.voterCount,
        item.source,
        item.mapTitle,
        item.stageTitle,
        item.personaName,
        item.comment,
        // A group item's cards, one per line in the cell.
        item.members.join('\n'),
      ]);
    }
  }
  return toCsv(rows);
}
