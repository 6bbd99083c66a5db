import type { Card } from '../../shared/domain/board';
import { logoImageId } from '../../shared/domain/branding';
import type { ReportBranding, ReportData, ReportVoteResult } from '../../shared/domain/report';
import type { Language } from '../../shared/domain/settings';
import { translate } from '../../shared/i18n';
import { avatarDataUrls } from '../store/avatar-repo';
import { readBoardContent } from '../store/board-read-repo';
import { listMatrices } from '../store/matrices-repo';
import { listNextSteps } from '../store/next-steps-repo';
import type { ReadableDB } from '../store/types';
import { listSessions, type SessionRecord } from '../store/voting-repo';
import { requireWorkshop } from '../services/workshops';
import { storedLogo } from '../services/branding/branding';
import { loadBranding } from '../services/settings';

/**
 * Everything the deliverable shows, read from the store in one go: the workshop and its agenda
 * as run, personas and journey maps, revealed votes (a vote not yet revealed stays out, even in
 * an interim deliverable) and next steps. Works at any moment of the workshop. Votes are read
 * from the results stored at reveal, exactly what the room was shown. `pictures` adds the
 * pictures themselves, for printing.
 */
export function buildReportData(
  db: ReadableDB,
  workshopId: string,
  now: Date,
  { pictures = false, language = null }: { pictures?: boolean; language?: Language | null } = {},
): ReportData {
  const workshop = requireWorkshop(db, workshopId);
  // The report's own words follow the language picked for it; the workshop's content stays as written.
  const lang = language ?? workshop.language;
  const stored = loadBranding(db);
  const logoId = stored.logo ? logoImageId(stored.logo) : null;
  const logo = logoId && pictures ? storedLogo(db) : null;
  const branding: ReportBranding = {
    firmName: stored.firmName,
    footer: stored.footer,
    accent: stored.accent,
    logoId: logo || !pictures ? logoId : null,
    mentionAtelier: stored.mentionAtelier,
  };
  const { personas, journeyMaps } = readBoardContent(db, workshopId);
  const cards = new Map<string, Card>();
  for (const map of journeyMaps) for (const card of map.cards) cards.set(card.id, card);
  for (const persona of personas) for (const section of persona.sections) for (const card of section.cards) cards.set(card.id, card);
  const voting = listSessions(db, workshopId)
    .filter((session) => session.phase === 'revealed' && session.results !== null)
    .map((session) => voteResult(session, cards, lang));
  return {
    language: lang,
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
    matrices: listMatrices(db, workshopId),
    branding,
    ...(pictures ? { pictures: { ...avatarDataUrls(db, workshopId), ...(logo && logoId ? { [logoId]: logo } : {}) } } : {}),
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
    revealedAt: session.revealedAt,
    maxVotes: Math.max(0, ...ranked.map((item) => item.votes)),
    items: ranked.map((item) => ({
      rank: item.rank,
      sourceCardId: item.sourceCardId,
      tied: (perRank.get(item.rank) ?? 0) > 1,
      text: item.text,
      votes: item.votes,
      context: item.stageTitle ?? item.personaName ?? '',
      // Severity lives on the card; a card deleted since the vote simply shows none.
      severity: (item.sourceCardId ? cards.get(item.sourceCardId)?.severity : null) ?? null,
    })),
  };
}
