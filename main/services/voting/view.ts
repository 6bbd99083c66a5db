import {
  rankItems,
  tally,
  type BallotDot,
  type RankedItem,
  type StageResults,
  type Voter,
  type VotingItem,
  type VotingResults,
  type VotingSessionView,
  type WorkshopVoting,
} from '../../../shared/domain/voting';
import type { SessionTurnout, VotingTurnout } from '../../../shared/domain/voting-turnout';
import { listActiveParticipants, type ParticipantRecord } from '../../store/participants-repo';
import type { ReadableDB } from '../../store/types';
import { listItemsOfWorkshop, listSessions, listVoters, type SessionRecord } from '../../store/voting-repo';

/**
 * What the facilitator and the presenter see of voting. Built from the store on every change, and
 * deliberately free of ballots: counts of who has voted, names in named mode, and results only in
 * the revealed phase (from the snapshot stored at reveal).
 */
export function buildWorkshopVoting(db: ReadableDB, workshopId: string): WorkshopVoting {
  const sessions = listSessions(db, workshopId);
  const items = listItemsOfWorkshop(db, workshopId);
  const participants = listActiveParticipants(db, workshopId);
  const views = sessions.map((s) => sessionView(db, s, items.get(s.id) ?? [], participants));
  return { workshopId, sessions: views, currentSessionId: currentSession(sessions) };
}

/** The session the room looks at: the open one, else the latest closed or revealed one. */
export function currentSession(sessions: readonly SessionRecord[]): string | null {
  const open = sessions.find((s) => s.phase === 'open');
  if (open) return open.id;
  const done = sessions.filter((s) => s.phase === 'closed' || s.phase === 'revealed');
  done.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return done[0]?.id ?? null;
}

function sessionView(
  db: ReadableDB,
  s: SessionRecord,
  items: VotingItem[],
  participants: readonly ParticipantRecord[],
): VotingSessionView {
  const { sessionId: _id, ...turnout } = sessionTurnout(db, s, participants);
  return {
    id: s.id,
    workshopId: s.workshopId,
    title: s.title,
    round: s.round,
    parentSessionId: s.parentSessionId,
    phase: s.phase,
    rules: s.rules,
    items,
    ...turnout,
    createdAt: s.createdAt,
    openedAt: s.openedAt,
    closedAt: s.closedAt,
    revealedAt: s.revealedAt,
    results: s.phase === 'revealed' ? s.results : null,
  };
}

/**
 * What ballots change in the view (shared/domain/voting-turnout.ts), for one session or every
 * session of the workshop: the facilitator's views read this, not the whole view, after a push
 * that says only ballots changed.
 */
export function buildVotingTurnout(db: ReadableDB, workshopId: string, sessionId: string | null): VotingTurnout {
  const sessions = listSessions(db, workshopId).filter((s) => sessionId === null || s.id === sessionId);
  const participants = listActiveParticipants(db, workshopId);
  return { workshopId, sessionId, sessions: sessions.map((s) => sessionTurnout(db, s, participants)) };
}

/** Who has voted in a session, and who is still to: the part of its view ballots change, built once for both reads. */
function sessionTurnout(db: ReadableDB, s: SessionRecord, participants: readonly ParticipantRecord[]): SessionTurnout {
  const anonymous = s.rules.anonymous;
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const rows = listVoters(db, s.id);
  const voters: Voter[] = rows.map((v) => ({
    id: v.id,
    name: anonymous ? null : v.participantId !== null ? (names.get(v.participantId) ?? v.name) : v.name,
    kind: v.kind,
    hasVoted: v.votedAt !== null,
  }));
  // Everyone who joined from a phone is expected to vote, even before they have a voter row.
  // A phone joined under the name of an expected participant is that participant, not one more.
  const withRow = new Set(rows.map((v) => v.id));
  const expected = new Set(rows.filter((v) => v.kind === 'proxy' && v.votedAt === null && v.name).map((v) => (v.name ?? '').toLocaleLowerCase()));
  for (const p of participants) {
    if (withRow.has(p.id) || (p.name && expected.has(p.name.toLocaleLowerCase()))) continue;
    voters.push({ id: p.id, name: anonymous ? null : p.name, kind: 'phone', hasVoted: false });
  }
  return {
    sessionId: s.id,
    voters,
    voterCount: voters.length,
    votedCount: voters.filter((v) => v.hasVoted).length,
    notVotedNames: anonymous ? [] : voters.filter((v) => !v.hasVoted && v.name !== null).map((v) => v.name ?? ''),
  };
}

/** Ranks the items from the ballots; stored at reveal so the PDF reads exactly what was shown. */
export function computeResults(
  sessionId: string,
  items: readonly VotingItem[],
  ballots: readonly (readonly BallotDot[])[],
  revealedAt: string,
): VotingResults {
  const known = new Set(items.map((i) => i.id));
  const tallies = new Map(tally(ballots, items.map((i) => i.id)).map((t) => [t.itemId, t]));
  const rows = items.map((item) => rankedRow(item, tallies.get(item.id)?.votes ?? 0, tallies.get(item.id)?.voterCount ?? 0));
  const ranked = rankItems(rows);
  const totalVotes = ranked.reduce((sum, r) => sum + r.votes, 0);
  const votersVoted = ballots.filter((b) => b.some((dot) => known.has(dot.itemId))).length;
  return {
    sessionId,
    items: ranked,
    votersVoted,
    totalVotes,
    maxVotes: ranked[0]?.votes ?? 0,
    byStage: groupByStage(items, rows),
    revealedAt,
  };
}

function rankedRow(item: VotingItem, votes: number, voterCount: number): Omit<RankedItem, 'rank'> {
  return {
    itemId: item.id,
    text: item.text,
    source: item.source,
    sourceCardId: item.sourceCardId,
    sourceGroupId: item.sourceGroupId,
    members: item.members,
    memberCardIds: item.memberCardIds,
    mapId: item.mapId,
    mapTitle: item.mapTitle,
    stageId: item.stageId,
    stageTitle: item.stageTitle,
    personaName: item.personaName,
    comment: item.comment,
    votes,
    voterCount,
  };
}

/** Pain points per journey stage, groups in the order their first item appears (map, then stage order). */
function groupByStage(items: readonly VotingItem[], rows: readonly Omit<RankedItem, 'rank'>[]): StageResults[] {
  const groups = new Map<string, { head: VotingItem; rows: Omit<RankedItem, 'rank'>[] }>();
  items.forEach((item, index) => {
    const row = rows[index];
    if (item.mapId === null || item.stageId === null || row === undefined) return;
    const key = `${item.mapId}/${item.stageId}`;
    const group = groups.get(key) ?? { head: item, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  });
  return [...groups.values()].map(({ head, rows: groupRows }) => ({
    mapId: head.mapId ?? '',
    mapTitle: head.mapTitle ?? '',
    stageId: head.stageId ?? '',
    stageTitle: head.stageTitle ?? '',
    items: rankItems(groupRows),
    votes: groupRows.reduce((sum, r) => sum + r.votes, 0),
  }));
}
