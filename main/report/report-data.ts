import type { Card } from '../../shared/domain/board';
import type { ReportData, ReportVoteResult } from '../../shared/domain/report';
import { translate } from '../../shared/i18n';
import { avatarDataUrls } from '../store/avatar-repo';
import { readBoardContent } from '../store/board-read-repo';
import { listNextSteps } from '../store/next-steps-repo';
import type { ReadableDB } from '../store/types';
import { listSessions, type SessionRecord } from '../store/voting-repo';
import { requireWorkshop } from '../services/workshops';

/**
 * Everything the deliverable shows, read from the store in one go: the workshop and its agenda
 * as run, personas and journey maps, revealed votes (a vote not yet revealed stays out, even in
 * an interim deliverable) and next steps. Works at any moment of the workshop. Votes are read
 * from the results stored at reveal, exactly what the room was shown. `pictures` adds the
 * pictures themselves, for printing.
 */
export function buildReportData(db: ReadableDB, workshopId: string, now: Date, { pictures = false } = {}): ReportData {
  const workshop = requireWorkshop(db, workshopId);
  const { personas, journeyMaps } = readBoardContent(db, workshopId);
  const cards = new Map<string, Card>();
  for (const map of journeyMaps) for (const card of map.cards) cards.set(card.id, card);
  for (const persona of personas) for (const section of persona.sections) for (const card of section.cards) cards.set(card.id, card);
  const voting = listSessions(db, workshopId)
    .filter((session) => session.phase === 'revealed' && session.results !== null)
    .map((session) => voteResult(session, cards, workshop.language));
  return {
    language: workshop.language,
    generatedAt: now.toISOString(),
    workshop: {
      id: workshop.id,
      title: workshop.title,
      client: workshop.client,
      date: workshop.date,
      facilitator: workshop.facilitator,
      participants: [...workshop.participants],
      state: workshop.state,
      language: workshop.language,
    },
    agenda: workshop.steps,
    personas,
    journeys: journeyMaps,
    voting,
    nextSteps: listNextSteps(db, workshopId),
    matrices: [],
    ...(pictures ? { pictures: avatarDataUrls(db, workshopId) } : {}),
  };
}

function voteResult(session: SessionRecord, cards: Map<string, Card>, lang: ReportData['language']): ReportVoteResult {
  const ranked = session.results?.items ?? [];
  const perRank = new Map<number, number>();
  for (const item of ranked) perRank.set(item.rank, (perRank.get(item.rank) ?? 0) + 1);
  return {
    id: session.id,
    title: session.title.trim() || translate(lang, 'report.voting.untitled', { round: session.round }),
    participants: session.results?.votersVoted ?? 0,
    votesCast: session.results?.totalVotes ?? 0,
    items: ranked.map((item) => ({
      rank: item.rank,
      tied: (perRank.get(item.rank) ?? 0) > 1,
      text: item.text,
      votes: item.votes,
      context: item.stageTitle ?? item.personaName ?? '',
      // Severity lives on the card; a card deleted since the vote simply shows none.
      severity: (item.sourceCardId ? cards.get(item.sourceCardId)?.severity : null) ?? null,
    })),
  };
}
