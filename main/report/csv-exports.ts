import type { Card, JourneyMap } from '../../shared/domain/board';
import type { Language } from '../../shared/domain/settings';
import type { VotingSessionView } from '../../shared/domain/voting';
import { translate } from '../../shared/i18n';
import { linksTo, quadrantOf, type Matrix } from '../../shared/domain/matrix';
import type { NextStep } from '../../shared/domain/next-steps';
import type { ReportData } from '../../shared/domain/report';
import { toCsv, type CsvValue } from './csv';

/** Every card of the workshop, persona cards first, one row each, in board order. */
export function cardsCsv(data: Pick<ReportData, 'language' | 'personas' | 'journeys'>): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(data.language, key);
  const rows: CsvValue[][] = [
    [t('csv.board'), t('csv.boardTitle'), t('csv.place'), t('csv.lane'), t('csv.position'), t('csv.text'), t('csv.color'), t('csv.author'), t('csv.severity'), t('csv.momentOfTruth'), t('csv.measure'), t('csv.created')],
  ];
  for (const persona of data.personas) {
    for (const section of persona.sections) {
      for (const card of section.cards) {
        rows.push([t('csv.kind.persona'), persona.name, section.title, '', card.position + 1, card.text, card.color, card.author, card.severity, '', card.measureType, card.createdAt]);
      }
    }
  }
  for (const map of data.journeys) rows.push(...journeyRows(map, t('csv.kind.journey')));
  return toCsv(rows);
}

function journeyRows(map: JourneyMap, kind: string): CsvValue[][] {
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
      card.color,
      card.author,
      card.severity,
      card.momentOfTruthId ? (texts.get(card.momentOfTruthId) ?? '') : '',
      card.measureType,
      card.createdAt,
    ];
  });
}

/** The ranked results of every revealed vote; votes not revealed yet are left out. */
export function votesCsv(language: Language, sessions: readonly VotingSessionView[]): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const rows: CsvValue[][] = [
    [t('csv.session'), t('csv.round'), t('csv.rank'), t('csv.tie'), t('csv.text'), t('csv.votes'), t('csv.voters'), t('csv.source'), t('csv.map'), t('csv.stage'), t('csv.persona'), t('csv.comment')],
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
