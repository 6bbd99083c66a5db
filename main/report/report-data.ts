import type { Card, JourneyMap, Persona } from '../../shared/domain/board';
import { logoImageId } from '../../shared/domain/branding';
import { authorLabel, boardAsSeen } from '../../shared/domain/card-visibility';
import type { AuthorDisplay } from '../../shared/domain/workshop';
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
 * pictures themselves, for printing. Cards are those the room has seen (none still hidden by
 * silent writing), each author named as the workshop names them (card-visibility.ts): the PDF
 * and the CSV both read them from here, so an anonymous card stays anonymous in both.
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
  const { personas, journeyMaps } = deliveredBoard(readBoardContent(db, workshopId), workshop.authorDisplay);
  // A card merged as a duplicate since the vote is found as the card it joined.
  const cards = new Map<string, Card>();
  const all = [...journeyMaps.flatMap((map) => map.cards), ...personas.flatMap((persona) => persona.sections.flatMap((section) => section.cards))];
  for (const card of all) for (const id of [card.id, ...card.mergedFrom.map((merged) => merged.id)]) cards.set(id, card);
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

function deliveredBoard(content: { personas: Persona[]; journeyMaps: JourneyMap[] }, display: AuthorDisplay): { personas: Persona[]; journeyMaps: JourneyMap[] } {
  const seen = boardAsSeen(content, { kind: 'projector' });
  const named = (card: Card): Card => ({
    ...card,
    author: authorLabel(card, display),
    mergedFrom: card.mergedFrom.map((merged) => ({ ...merged, author: authorLabel(merged, display) })),
  });
  return {
    personas: seen.personas.map((p) => ({ ...p, sections: p.sections.map((s) => ({ ...s, cards: s.cards.map(named) })) })),
    journeyMaps: seen.journeyMaps.map((m) => ({ ...m, cards: m.cards.map(named) })),
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
      sourceGroupId: item.sourceGroupId,
      memberCardIds: item.memberCardIds,
      tied: (perRank.get(item.rank) ?? 0) > 1,
      text: item.text,
      votes: item.votes,
      context: item.stageTitle ?? item.personaName ?? '',
      // Severity lives on the card; a card deleted since the vote simply shows none.
      severity: (item.sourceCardId ? cards.get(item.sourceCardId)?.severity : null) ?? null,
      members: item.members,
    })),
  };
}
