import type { Card, CardGroup, JourneyMap } from '../../shared/domain/board';
import type { Language } from '../../shared/domain/settings';
import type { VotingSessionView } from '../../shared/domain/voting';
import { translate } from '../../shared/i18n';
import { linksTo, quadrantOf, type Matrix } from '../../shared/domain/matrix';
import type { NextStep } from '../../shared/domain/next-steps';
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
        rows.push(cardRow([t('csv.kind.persona'), persona.name, section.title, ''], card, group(card), ''));
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

/** Where a card stands, as the CSV's first columns say it: kind, board, place (section or stage), lane. */
type CardPlace = [kind: string, board: string, place: string, lane: string];

/** One card's row: where it stands, then the card itself, its group and the moment of truth it is tied to. */
function cardRow(where: CardPlace, card: Card, group: string, moment: string): CsvValue[] {
  return [...where, card.position + 1, card.text, group, card.color, card.author, card.severity, moment, card.measureType, card.createdAt, duplicates(card)];
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
    const where: CardPlace = [kind, map.title, stageOrder.get(cell?.stageId ?? '')?.title ?? '', laneOrder.get(cell?.laneId ?? '')?.title ?? ''];
    return cardRow(where, card, group(card), card.momentOfTruthId ? (texts.get(card.momentOfTruthId) ?? '') : '');
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

/**
 * Every matrix item, one row each: its dots, where it sits on each axis (empty when not placed
 * yet), its quadrant, and the actions made from it.
 */
export function matricesCsv(language: Language, matrices: readonly Matrix[], nextSteps: readonly NextStep[]): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const rows: CsvValue[][] = [
    [
      t('csv.matrix'),
      t('csv.text'),
      t('csv.votes'),
      t('csv.verticalAxis'),
      t('csv.verticalScore'),
      t('csv.horizontalAxis'),
      t('csv.horizontalScore'),
      t('csv.quadrant'),
      t('csv.actions'),
    ],
  ];
  for (const matrix of matrices) {
    const vertical = matrix.verticalLabel || t('matrix.axis.impact');
    const horizontal = matrix.horizontalLabel || t('matrix.axis.effort');
    for (const item of matrix.items) {
      const actions = nextSteps.filter((step) => linksTo(step.source, matrix.id, item)).map((step) => step.text);
      rows.push([
        matrix.title,
        item.text,
        item.votes,
        vertical,
        item.placement?.impact ?? null,
        horizontal,
        item.placement?.effort ?? null,
        item.placement ? t(`matrix.quadrant.${quadrantOf(item.placement)}`) : '',
        actions.join(' | '),
      ]);
    }
  }
  return toCsv(rows);
}
