import crypto from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { castBallot } from '../../main/services/voting/ballots';
import { defaultDatabasePath } from '../../main/store/location';
import { insertParticipant } from '../../main/store/participants-repo';
import { readSession } from '../../main/store/voting-repo';
import type { Board } from '../../shared/domain/board';
import type { ReportData } from '../../shared/domain/report';
import type { RankedItem, VotingResults, VotingSessionView } from '../../shared/domain/voting';
import { startTestCore, type TestCore } from '../helpers/core';
import { rawConnection } from '../helpers/store';

/** The ids of a workshop's boards, by kind. */
function boardIds(board: Board) {
  const cards = new Map<string, string>();
  for (const map of board.journeyMaps) for (const card of map.cards) cards.set(card.id, card.text);
  for (const persona of board.personas) for (const section of persona.sections) for (const card of section.cards) cards.set(card.id, card.text);
  return {
    cards,
    maps: new Set(board.journeyMaps.map((map) => map.id)),
    stages: new Set(board.journeyMaps.flatMap((map) => map.stages.map((stage) => stage.id))),
  };
}

/** Results as the room saw them, without the ids that differ between a workshop and its copy. */
function shown(results: VotingResults | null) {
  if (!results) return null;
  const row = ({ itemId: _i, sourceCardId: _c, sourceGroupId: _g, memberCardIds: _mc, mapId: _m, stageId: _s, ...rest }: RankedItem) => rest;
  return {
    ...results,
    sessionId: undefined,
    items: results.items.map(row),
    byStage: results.byStage.map(({ mapId: _m, stageId: _s, ...group }) => ({ ...group, items: group.items.map(row) })),
  };
}

/** What the deliverable prints of each vote: the ids it points at are each workshop's own. */
function deliverableVotes(data: ReportData) {
  return data.voting.map(({ id: _id, items, ...vote }) => ({
    ...vote,
    items: items.map(({ sourceCardId: _card, sourceGroupId: _group, memberCardIds, ...item }) => ({ ...item, memberCards: memberCardIds.length })),
  }));
}

function voters(session: VotingSessionView) {
  return session.voters.map(({ name, kind, hasVoted }) => ({ name, kind, hasVoted }));
}

async function sessionsOf(t: TestCore, workshopId: string): Promise<VotingSessionView[]> {
  return (await t.call('votingSessionsList', { workshopId })).sessions;
}

/** A phone participant joins the workshop and votes, written as the participant server does. */
function phoneBallot(t: TestCore, workshopId: string, sessionId: string, name: string, itemIds: string[]): string {
  const db = rawConnection(defaultDatabasePath(t.dataDir));
  db.pragma('foreign_keys = ON');
  const id = crypto.randomBytes(12).toString('base64url');
  const at = t.clock.now().toISOString();
  db.transaction(() => {
    insertParticipant(db, { id, workshopId, name, joinedAt: at, lastSeenAt: at, removedAt: null }, crypto.randomBytes(32).toString('hex'));
    const session = readSession(db, sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    castBallot(db, session, { kind: 'phone', participantId: id }, itemIds.map((itemId) => ({ itemId, count: 1 })), at);
  })();
  db.close();
  return id;
}

describe('duplicating a workshop with a revealed vote', () => {
  test('the copy’s deliverable ranks the same pain points, read from the copy’s own cards', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });

    const copy = await t.call('workshopDuplicate', { id: sample.id });

    const original = await t.call('reportData', { workshopId: sample.id });
    const copied = await t.call('reportData', { workshopId: copy.id });
    expect(original.voting).toHaveLength(1);
    expect(original.voting[0]!.items.length).toBeGreaterThan(3);
    expect(deliverableVotes(copied)).toEqual(deliverableVotes(original));
    // Severity is read from the card an item points at: only the copy's cards are on the copy's boards.
    // (A group item has no severity of its own.)
    expect(copied.voting[0]!.items.filter((item) => item.severity !== null).length).toBe(original.voting[0]!.items.filter((item) => item.members.length === 0).length);
    expect(copied.voting[0]!.id).not.toBe(original.voting[0]!.id);

    const [source] = await sessionsOf(t, sample.id);
    const [session] = await sessionsOf(t, copy.id);
    expect(session).toMatchObject({
      workshopId: copy.id,
      title: source!.title,
      round: 1,
      parentSessionId: null,
      phase: 'revealed',
      rules: source!.rules,
      voterCount: source!.voterCount,
      votedCount: source!.votedCount,
      revealedAt: source!.revealedAt,
    });
    expect(voters(session!)).toEqual(voters(source!));
    expect(shown(session!.results)).toEqual(shown(source!.results));
    expect(session!.results?.sessionId).toBe(session!.id);

    const ours = boardIds(await t.call('boardGet', { workshopId: copy.id }));
    const theirs = boardIds(await t.call('boardGet', { workshopId: sample.id }));
    const itemIds = new Set(session!.items.map((item) => item.id));
    expect(session!.items.map((item) => item.text)).toEqual(source!.items.map((item) => item.text));
    for (const item of session!.items) {
      // A card item points at the copy's card; a group item at the copy's cards of its group.
      for (const cardId of item.source === 'group' ? item.memberCardIds : [item.sourceCardId ?? '']) {
        expect(ours.cards.has(cardId)).toBe(true);
        expect(theirs.cards.has(cardId)).toBe(false);
      }
      if (item.source !== 'group') expect(ours.cards.get(item.sourceCardId ?? '')).toBe(item.text);
      else expect(item.memberCardIds.map((id) => ours.cards.get(id))).toEqual(item.members);
      expect(ours.maps.has(item.mapId ?? '')).toBe(true);
      expect(ours.stages.has(item.stageId ?? '')).toBe(true);
      expect(source!.items.some((other) => other.id === item.id)).toBe(false);
    }
    for (const row of [...session!.results!.items, ...session!.results!.byStage.flatMap((group) => group.items)]) {
      expect(itemIds.has(row.itemId)).toBe(true);
      expect(row.source === 'group' ? row.memberCardIds.every((id) => ours.cards.has(id)) : ours.cards.has(row.sourceCardId ?? '')).toBe(true);
      expect(ours.stages.has(row.stageId ?? '')).toBe(true);
    }
    for (const group of session!.results!.byStage) {
      expect(ours.maps.has(group.mapId)).toBe(true);
      expect(ours.stages.has(group.stageId)).toBe(true);
    }
  });

  test('editing, revoting and deleting in the copy leave the original’s votes, boards and deliverable as they were', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const copy = await t.call('workshopDuplicate', { id: sample.id });
    const sessionsBefore = await sessionsOf(t, sample.id);
    const boardBefore = await t.call('boardGet', { workshopId: sample.id });
    const { generatedAt: _g, ...deliverableBefore } = await t.call('reportData', { workshopId: sample.id });
    const copiedDeliverable = await t.call('reportData', { workshopId: copy.id });

    const [session] = await sessionsOf(t, copy.id);
    const [first, second] = session!.items;
    await t.call('votingCommentSet', { itemId: first!.id, comment: 'Only in the copy' });
    await t.call('votingPhaseSet', { sessionId: session!.id, action: 'reopen' });
    await t.call('votingProxyBallot', { sessionId: session!.id, name: 'Someone new', dots: [{ itemId: second!.id, count: 3 }] });
    await t.call('votingPhaseSet', { sessionId: session!.id, action: 'reveal' });
    await t.call('cardDelete', { cardId: first!.sourceCardId! });
    const round2 = await t.call('votingSecondRound', { sessionId: session!.id, topN: 2 });
    await t.call('votingItemAdd', { sessionId: round2.id, item: { text: 'Typed in the copy' } });
    // The copy did change: one more voter, three more dots.
    const edited = await t.call('reportData', { workshopId: copy.id });
    expect(edited.voting[0]!.votesCast).toBe(copiedDeliverable.voting[0]!.votesCast + 3);
    expect(edited.voting[0]!.participants).toBe(copiedDeliverable.voting[0]!.participants + 1);

    const unchanged = async () => {
      expect(await sessionsOf(t, sample.id)).toEqual(sessionsBefore);
      expect(await t.call('boardGet', { workshopId: sample.id })).toEqual(boardBefore);
      const { generatedAt: _at, ...deliverable } = await t.call('reportData', { workshopId: sample.id });
      expect(deliverable).toEqual(deliverableBefore);
    };
    await unchanged();

    await t.call('votingSessionDelete', { sessionId: session!.id });
    await unchanged();
    await t.call('workshopTrash', { id: copy.id });
    await t.call('workshopPurge', { id: copy.id });
    await unchanged();
  });
});

describe('duplicating a workshop in the middle of a second round', () => {
  test('keeps the round open, tied to the copy of its first round, with every ballot, the phone’s included', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'fr' });
    const [first] = await sessionsOf(t, sample.id);
    const round2 = await t.call('votingSecondRound', { sessionId: first!.id, topN: 3, rules: { dotsPerVoter: 3, maxPerItem: 2, anonymous: false } });
    await t.call('votingPhaseSet', { sessionId: round2.id, action: 'open' });
    const [a, b, c] = round2.items;
    await t.call('votingProxyBallot', { sessionId: round2.id, name: 'Ana', dots: [{ itemId: a!.id, count: 2 }, { itemId: c!.id, count: 1 }] });
    const phone = phoneBallot(t, sample.id, round2.id, 'Léa', [b!.id, c!.id]);
    // A card voted on in the first round, deleted since: its item keeps its snapshot.
    await t.call('cardDelete', { cardId: first!.items.filter((item) => item.source !== 'group').at(-1)!.sourceCardId! });

    const copy = await t.call('workshopDuplicate', { id: sample.id });

    const sources = await sessionsOf(t, sample.id);
    const copies = await sessionsOf(t, copy.id);
    expect(copies.map((s) => [s.round, s.phase, s.title])).toEqual(sources.map((s) => [s.round, s.phase, s.title]));
    expect(copies.map((s) => s.phase)).toEqual(['revealed', 'open']);
    const [copiedFirst, copiedRound2] = copies;
    expect(copiedRound2!.parentSessionId).toBe(copiedFirst!.id);
    expect(copiedRound2!.rules).toEqual({ dotsPerVoter: 3, maxPerItem: 2, anonymous: false });
    expect(voters(copiedRound2!)).toEqual(voters(sources[1]!));
    expect(voters(copiedRound2!)).toContainEqual({ name: 'Léa', kind: 'phone', hasVoted: true });

    // The deleted card's item points at nothing, in either workshop.
    const lastCardItem = (session: VotingSessionView) => session.items.filter((item) => item.source !== 'group').at(-1)!;
    const gone = lastCardItem(copiedFirst!);
    expect(gone.text).toBe(lastCardItem(first!).text);
    expect(gone.sourceCardId).not.toBeNull();
    expect(gone.sourceCardId).not.toBe(lastCardItem(first!).sourceCardId);
    expect(boardIds(await t.call('boardGet', { workshopId: copy.id })).cards.has(gone.sourceCardId!)).toBe(false);
    expect(boardIds(await t.call('boardGet', { workshopId: sample.id })).cards.has(gone.sourceCardId!)).toBe(false);
    expect(shown(copiedFirst!.results)).toEqual(shown(sources[0]!.results));

    // The phone voter comes along as a removed participant: nobody can sign in or vote as them.
    expect(await t.call('participantsList', { workshopId: copy.id })).toEqual([]);
    const db = rawConnection(defaultDatabasePath(t.dataDir));
    const rows = db.prepare('SELECT id, workshop_id, name, token_hash, removed_at FROM participants ORDER BY rowid').all() as {
      id: string;
      workshop_id: string;
      name: string;
      token_hash: string;
      removed_at: string | null;
    }[];
    expect(rows.map((row) => [row.workshop_id, row.name, row.removed_at === null])).toEqual([
      [sample.id, 'Léa', true],
      [copy.id, 'Léa', false],
    ]);
    expect(rows[1]!.token_hash).not.toBe(rows[0]!.token_hash);
    const copiedPhone = rows[1]!.id;
    expect(copiedPhone).not.toBe(phone);
    const copiedSession = readSession(db, copiedRound2!.id)!;
    expect(() => castBallot(db, copiedSession, { kind: 'phone', participantId: copiedPhone }, [{ itemId: copiedRound2!.items[0]!.id, count: 1 }], 'x')).toThrow(
      /removed/,
    );
    db.close();

    // Revealed in both, the second round ranks the same: every ballot came along.
    await t.call('votingPhaseSet', { sessionId: round2.id, action: 'reveal' });
    await t.call('votingPhaseSet', { sessionId: copiedRound2!.id, action: 'reveal' });
    const revealed = await t.call('votingResults', { sessionId: round2.id });
    const revealedCopy = await t.call('votingResults', { sessionId: copiedRound2!.id });
    expect(revealed.totalVotes).toBe(5);
    expect(revealed.votersVoted).toBe(2);
    expect(shown(revealedCopy)).toEqual(shown(revealed));
  });
});
