import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/domain/settings';
import { translate } from '../../../shared/i18n';
import {
  MAX_VOTING_ITEMS,
  nextPhase,
  topItems,
  type ItemOrigin,
  type VotingCandidate,
  type VotingItem,
  type VotingSessionView,
  type WorkshopVoting,
} from '../../../shared/domain/voting';
import { AppError } from '../../../shared/ipc/result';
import type { ReadableDB, WritableDB } from '../../store/types';
import {
  ballotsOf,
  deleteItem,
  deleteSession,
  deleteVoter,
  findProxyVoter,
  insertItem,
  insertSession,
  listItems,
  listSessions,
  openSessionOf,
  readItem,
  readVoter,
  saveSession,
  updateItem,
  writeItemOrder,
  type SessionRecord,
} from '../../store/voting-repo';
import type { ServiceContext } from '../context';
import { addVoter, castBallot, editVoting, requireSession, workshopOfSession } from './ballots';
import { listCandidates } from './candidates';
import { buildVotingTurnout, buildWorkshopVoting, computeResults } from './view';
import { newId, requireWorkshop } from '../workshops';

/** The facilitator's voting calls. Participants never reach these (main/participants/ has its own few). */
export function votingSessionsList(ctx: ServiceContext, { workshopId }: ParsedInputOf<'votingSessionsList'>): OutputOf<'votingSessionsList'> {
  const db = ctx.store().db;
  requireWorkshop(db, workshopId);
  return buildWorkshopVoting(db, workshopId);
}

/** What ballots change in votingSessionsList's view, for one session of the workshop or every one. */
export function votingTurnout(ctx: ServiceContext, { workshopId, sessionId }: ParsedInputOf<'votingTurnout'>): OutputOf<'votingTurnout'> {
  const db = ctx.store().db;
  requireWorkshop(db, workshopId);
  if (sessionId !== null && requireSession(db, sessionId).workshopId !== workshopId) throw new AppError('not_found', `No voting session ${sessionId} in this workshop`);
  return buildVotingTurnout(db, workshopId, sessionId);
}

export function votingCandidates(ctx: ServiceContext, { workshopId }: ParsedInputOf<'votingCandidates'>): OutputOf<'votingCandidates'> {
  const db = ctx.store().db;
  requireWorkshop(db, workshopId);
  return listCandidates(db, workshopId);
}

export function votingSessionCreate(ctx: ServiceContext, { workshopId, title, cardIds, groupIds, typedItems, rules }: ParsedInputOf<'votingSessionCreate'>): OutputOf<'votingSessionCreate'> {
  const { result: id, voting } = editVoting(
    ctx,
    () => workshopId,
    (db, workshop, now) => {
      const candidates = listCandidates(db, workshop.id);
      const items = [...itemsFromCards(candidates, cardIds), ...itemsFromGroups(candidates, groupIds)];
      for (const text of typedItems) items.push(typedItem(text));
      requireItemRoom(items.length);
      const round1 = listSessions(db, workshop.id).filter((s) => s.round === 1).length;
      const session = newSession({
        workshopId: workshop.id,
        parentSessionId: null,
        round: 1,
        title: title || defaultTitle(workshop.language, round1 + 1),
        rules,
        now,
      });
      insertSession(db, session);
      items.forEach((item, position) => insertItem(db, { ...item, sessionId: session.id, position }));
      // The workshop's participants are expected by default (turnout counts them); the
      // facilitator removes the absent ones. A phone joining under the same name takes their place.
      for (const name of new Set(workshop.participants.map((p) => p.trim()).filter(Boolean))) {
        if (!findProxyVoter(db, session.id, name)) addVoter(db, session.id, 'proxy', name, now);
      }
      return session.id;
    },
  );
  return viewOf(voting, id);
}

export function votingSessionUpdate(ctx: ServiceContext, { sessionId, patch }: ParsedInputOf<'votingSessionUpdate'>): OutputOf<'votingSessionUpdate'> {
  return editSession(ctx, sessionId, (db, session, now) => {
    const next = { ...session, updatedAt: now };
    if (patch.title !== undefined) next.title = patch.title || session.title;
    if (patch.rules !== undefined) {
      requireSetup(session, 'The rules');
      next.rules = { ...session.rules, ...patch.rules };
    }
    saveSession(db, next);
  });
}

export function votingSessionDelete(ctx: ServiceContext, { sessionId }: ParsedInputOf<'votingSessionDelete'>): OutputOf<'votingSessionDelete'> {
  return editVoting(ctx, workshopOfSession(sessionId), (db) => {
    const session = requireSession(db, sessionId);
    if (session.phase === 'open') throw new AppError('conflict', 'Close the vote before deleting it');
    deleteSession(db, sessionId);
  }).voting;
}

export function votingItemAdd(ctx: ServiceContext, { sessionId, item }: ParsedInputOf<'votingItemAdd'>): OutputOf<'votingItemAdd'> {
  return editSession(ctx, sessionId, (db, session, now) => {
    requireSetup(session, 'Items');
    const items = listItems(db, sessionId);
    requireItemRoom(items.length + 1);
    const draft =
      'text' in item
        ? typedItem(item.text)
        : 'cardId' in item
          ? itemsFromCards(listCandidates(db, session.workshopId), [item.cardId])[0]
          : itemsFromGroups(listCandidates(db, session.workshopId), [item.groupId])[0];
    if (!draft) throw new AppError('not_found', 'No such card or group');
    insertItem(db, { ...draft, sessionId, position: items.length });
    saveSession(db, { ...session, updatedAt: now });
  });
}

export function votingItemUpdate(ctx: ServiceContext, { itemId, text }: ParsedInputOf<'votingItemUpdate'>): OutputOf<'votingItemUpdate'> {
  return editItem(ctx, itemId, (db, item, session) => {
    requireSetup(session, 'Items');
    updateItem(db, item.id, { text });
  });
}

export function votingItemRemove(ctx: ServiceContext, { itemId }: ParsedInputOf<'votingItemRemove'>): OutputOf<'votingItemRemove'> {
  return editItem(ctx, itemId, (db, item, session) => {
    requireSetup(session, 'Items');
    deleteItem(db, item.id);
    writeItemOrder(
      db,
      listItems(db, session.id).map((i) => i.id),
    );
  });
}

export function votingCommentSet(ctx: ServiceContext, { itemId, comment }: ParsedInputOf<'votingCommentSet'>): OutputOf<'votingCommentSet'> {
  return editItem(ctx, itemId, (db, item, session) => {
    updateItem(db, item.id, { comment });
    // A comment is part of what the PDF shows: keep the stored results in step.
    if (session.results) {
      const items = session.results.items.map((r) => (r.itemId === item.id ? { ...r, comment } : r));
      const byStage = session.results.byStage.map((g) => ({
        ...g,
        items: g.items.map((r) => (r.itemId === item.id ? { ...r, comment } : r)),
      }));
      saveSession(db, { ...session, results: { ...session.results, items, byStage } });
    }
  });
}

export function votingPhaseSet(ctx: ServiceContext, { sessionId, action }: ParsedInputOf<'votingPhaseSet'>): OutputOf<'votingPhaseSet'> {
  return editSession(ctx, sessionId, (db, session, now) => {
    const phase = nextPhase(session.phase, action);
    if (phase === null) throw new AppError('conflict', `Cannot ${action} a vote that is ${session.phase}`);
    if (phase === 'open') {
      if (listItems(db, sessionId).length === 0) throw new AppError('conflict', 'Add at least one item before opening the vote');
      const other = openSessionOf(db, session.workshopId);
      if (other && other.id !== sessionId) throw new AppError('conflict', `Another vote is open (“${other.title}”): close it first`);
    }
    const next: SessionRecord = { ...session, phase, updatedAt: now };
    if (phase === 'open') {
      next.openedAt = session.openedAt ?? now;
      next.results = null;
      next.revealedAt = null;
    }
    if (phase === 'closed' || (phase === 'revealed' && session.phase === 'open')) next.closedAt = now;
    if (phase === 'revealed') {
      next.revealedAt = now;
      next.results = computeResults(sessionId, listItems(db, sessionId), ballotsOf(db, sessionId), now);
    }
    saveSession(db, next);
  });
}

export function votingSecondRound(ctx: ServiceContext, { sessionId, topN, rules, title }: ParsedInputOf<'votingSecondRound'>): OutputOf<'votingSecondRound'> {
  const { result: id, voting } = editVoting(ctx, workshopOfSession(sessionId), (db, workshop, now) => {
    const first = requireSession(db, sessionId);
    if (first.phase !== 'revealed' || !first.results) throw new AppError('conflict', 'Reveal the results before a second round');
    const kept = new Set(topItems(first.results.items, topN).map((r) => r.itemId));
    const items = listItems(db, sessionId).filter((i) => kept.has(i.id));
    const round = first.round + 1;
    const session = newSession({
      workshopId: first.workshopId,
      parentSessionId: first.id,
      round,
      title: title || `${first.title} — ${roundLabel(workshop.language, round)}`,
      rules: rules ?? first.rules,
      now,
    });
    insertSession(db, session);
    items.forEach((item, position) => insertItem(db, { ...item, id: newId(), sessionId: session.id, position, comment: '' }));
    return session.id;
  });
  return viewOf(voting, id);
}

export function votingVoterAdd(ctx: ServiceContext, { sessionId, name, kind }: ParsedInputOf<'votingVoterAdd'>): OutputOf<'votingVoterAdd'> {
  return editSession(ctx, sessionId, (db, session, now) => {
    if (session.phase === 'revealed') throw new AppError('conflict', 'The results are revealed; reopen the vote first');
    addVoter(db, sessionId, kind, name, now);
  }, true);
}

export function votingVoterRemove(ctx: ServiceContext, { sessionId, voterId }: ParsedInputOf<'votingVoterRemove'>): OutputOf<'votingVoterRemove'> {
  return editSession(ctx, sessionId, (db, session) => {
    if (session.phase === 'revealed') throw new AppError('conflict', 'The results are revealed; reopen the vote first');
    if (!readVoter(db, sessionId, voterId)) throw new AppError('not_found', `No voter ${voterId} with a ballot or registration`);
    deleteVoter(db, sessionId, voterId);
  }, true);
}

export function votingProxyBallot(ctx: ServiceContext, { sessionId, name, dots }: ParsedInputOf<'votingProxyBallot'>): OutputOf<'votingProxyBallot'> {
  return editSession(ctx, sessionId, (db, session, now) => {
    castBallot(db, session, { kind: 'proxy', name }, dots, now);
  }, true);
}

export function votingLaptopBallot(ctx: ServiceContext, { sessionId, name, voterId, dots }: ParsedInputOf<'votingLaptopBallot'>): OutputOf<'votingLaptopBallot'> {
  return editSession(ctx, sessionId, (db, session, now) => {
    castBallot(db, session, { kind: 'laptop', name, voterId }, dots, now);
  }, true);
}

export function votingResults(ctx: ServiceContext, { sessionId }: ParsedInputOf<'votingResults'>): OutputOf<'votingResults'> {
  const session = requireSession(ctx.store().db, sessionId);
  if (session.phase !== 'revealed' || !session.results) throw new AppError('conflict', 'The results are not revealed yet');
  return session.results;
}

function viewOf(voting: WorkshopVoting, sessionId: string): VotingSessionView {
  const view = voting.sessions.find((s) => s.id === sessionId);
  if (!view) throw new AppError('not_found', `No voting session ${sessionId}`);
  return view;
}

/** An edit of one session, answered with that session's new view. */
function editSession(
  ctx: ServiceContext,
  sessionId: string,
  change: (db: WritableDB, session: SessionRecord, now: string) => void,
  ballotsOnly = false,
): VotingSessionView {
  const { voting } = editVoting(ctx, workshopOfSession(sessionId), (db, _w, now) => change(db, requireSession(db, sessionId), now), {
    sessionId,
    ballotsOnly,
  });
  return viewOf(voting, sessionId);
}

function editItem(
  ctx: ServiceContext,
  itemId: string,
  change: (db: WritableDB, item: VotingItem, session: SessionRecord) => void,
): VotingSessionView {
  const sessionId = requireItem(ctx.store().db, itemId).sessionId;
  return editSession(ctx, sessionId, (tx, session) => change(tx, requireItem(tx, itemId), session));
}

/** A session in setup, not yet opened: no ballots, no results. */
function newSession(
  fields: Pick<SessionRecord, 'workshopId' | 'parentSessionId' | 'round' | 'title' | 'rules'> & { now: string },
): SessionRecord {
  const { now, ...rest } = fields;
  return { id: newId(), ...rest, phase: 'setup', results: null, createdAt: now, updatedAt: now, openedAt: null, closedAt: null, revealedAt: null };
}

function requireItem(db: ReadableDB, itemId: string): VotingItem {
  const item = readItem(db, itemId);
  if (!item) throw new AppError('not_found', `No voting item ${itemId}`);
  return item;
}

function requireSetup(session: SessionRecord, what: string): void {
  if (session.phase !== 'setup') throw new AppError('conflict', `${what} can only change before the vote opens`);
}

function requireItemRoom(count: number): void {
  if (count > MAX_VOTING_ITEMS) throw new AppError('conflict', `At most ${MAX_VOTING_ITEMS} items in a vote`);
}

type ItemDraft = Omit<VotingItem, 'sessionId' | 'position'>;

/** Picked cards, in the order picked; a card that is not a candidate of this workshop is refused. */
function itemsFromCards(candidates: readonly VotingCandidate[], cardIds: readonly string[]): ItemDraft[] {
  const byId = new Map(candidates.flatMap((c) => (c.kind === 'card' ? [[c.cardId, c] as const] : [])));
  if (new Set(cardIds).size !== cardIds.length) throw new AppError('invalid_input', 'cardIds: a card is picked twice', 'cardIds');
  return cardIds.map((cardId) => {
    const c = byId.get(cardId);
    if (!c) {
      throw new AppError('invalid_input', `cardIds: ${cardId} is not a loose pain point or frustration of this workshop (a grouped card is voted on with its group)`, 'cardIds');
    }
    return { ...NOT_A_GROUP, id: newId(), text: c.text, sourceCardId: c.cardId, source: c.source, ...originOf(c), comment: '' };
  });
}

/** Picked groups, in the order picked: each item is the group's title with its cards' texts beneath, as they are now. */
function itemsFromGroups(candidates: readonly VotingCandidate[], groupIds: readonly string[]): ItemDraft[] {
  const byId = new Map(candidates.flatMap((c) => (c.kind === 'group' ? [[c.groupId, c] as const] : [])));
  if (new Set(groupIds).size !== groupIds.length) throw new AppError('invalid_input', 'groupIds: a group is picked twice', 'groupIds');
  return groupIds.map((groupId) => {
    const c = byId.get(groupId);
    if (!c) throw new AppError('invalid_input', `groupIds: ${groupId} is not a group of pain points or frustrations of this workshop`, 'groupIds');
    return {
      id: newId(),
      text: c.text,
      sourceCardId: null,
      source: 'group',
      sourceGroupId: c.groupId,
      members: c.members.map((m) => m.text),
      memberCardIds: c.members.map((m) => m.cardId),
      ...originOf(c),
      comment: '',
    };
  });
}

const NOT_A_GROUP = { sourceGroupId: null, members: [], memberCardIds: [] } satisfies Pick<VotingItem, 'sourceGroupId' | 'members' | 'memberCardIds'>;

function originOf(c: VotingCandidate): ItemOrigin {
  return { mapId: c.mapId, mapTitle: c.mapTitle, stageId: c.stageId, stageTitle: c.stageTitle, personaId: c.personaId, personaName: c.personaName };
}

function typedItem(text: string): ItemDraft {
  return {
    ...NOT_A_GROUP,
    id: newId(),
    text,
    sourceCardId: null,
    source: 'typed',
    mapId: null,
    mapTitle: null,
    stageId: null,
    stageTitle: null,
    personaId: null,
    personaName: null,
    comment: '',
  };
}

function defaultTitle(lang: Language, n: number): string {
  const base = translate(lang, 'votingData.defaultTitle');
  return n > 1 ? `${base} ${n}` : base;
}

function roundLabel(lang: Language, round: number): string {
  return translate(lang, 'votingData.round', { round });
}

