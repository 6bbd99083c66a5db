import {
  MAX_MATRIX_ITEMS,
  topItems,
  type MakeAction,
  type Matrix,
  type MatrixItem,
  type MatrixItemLink,
  type MatrixItemSource,
  type WorkshopMatrices,
} from '../../shared/domain/matrix';
import type { NextStep } from '../../shared/domain/next-steps';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { groupItemText } from '../../shared/domain/voting';
import { AppError } from '../../shared/ipc/result';
import { historyState, markUndone, nextHistoryEntry, recordMatrixEdit } from '../store/matrix-history-repo';
import { deleteMatrix, listMatrices, matrixOfStep, nextMatrixPosition, readMatrix, stepExists, writeMatrix } from '../store/matrices-repo';
import type { ReadableDB, WritableDB } from '../store/types';
import { readSession } from '../store/voting-repo';
import type { ServiceContext } from './context';
import { appendNextStep, editNextSteps } from './next-steps';
import { newId, requireEditable, requireWorkshop } from './workshops';

/**
 * Prioritisation matrices. Every edit is one transaction that records the matrix before and after
 * (matrix_history, for the laptop's undo), answers every matrix of the workshop and announces them
 * (matricesChanged says which workshop's changed; views read them again).
 */
export function matricesList(ctx: ServiceContext, { workshopId }: ParsedInputOf<'matricesList'>): OutputOf<'matricesList'> {
  const db = ctx.store().db;
  requireWorkshop(db, workshopId);
  return workshopMatrices(db, workshopId);
}

export function matrixCreate(ctx: ServiceContext, input: ParsedInputOf<'matrixCreate'>): OutputOf<'matrixCreate'> {
  const { workshopId, stepId, title, sessionId, topN } = input;
  return edit(ctx, workshopId, 'matrixCreate', null, (db, _before, now) => {
    const workshop = requireEditable(db, workshopId);
    if (stepId !== null) {
      const step = workshop.steps.find((candidate) => candidate.id === stepId);
      if (!step) throw new AppError('not_found', `No step ${stepId} in this workshop`);
      if (step.kind !== 'prioritisation') throw new AppError('conflict', 'A matrix belongs to a prioritisation step');
      if (matrixOfStep(db, stepId) !== null) throw new AppError('conflict', 'This step already has its matrix');
    }
    const id = newId();
    const items = sessionId === null ? [] : voteItems(db, workshopId, sessionId, topN);
    return {
      id,
      workshopId,
      stepId,
      title: title || (stepId !== null ? (workshop.steps.find((s) => s.id === stepId)?.title ?? '') : ''),
      verticalLabel: '',
      horizontalLabel: '',
      sessionId,
      topN: sessionId === null ? null : topN,
      items,
      createdAt: now,
      updatedAt: now,
    };
  });
}

export function matrixUpdate(ctx: ServiceContext, { workshopId, matrixId, patch }: ParsedInputOf<'matrixUpdate'>): OutputOf<'matrixUpdate'> {
  return edit(ctx, workshopId, 'matrixUpdate', matrixId, (_db, before, now) => ({
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
    updatedAt: now,
  }));
}

export function matrixDelete(ctx: ServiceContext, { workshopId, matrixId }: ParsedInputOf<'matrixDelete'>): OutputOf<'matrixDelete'> {
  return edit(ctx, workshopId, 'matrixDelete', matrixId, () => null);
}

export function matrixItemAdd(ctx: ServiceContext, { workshopId, matrixId, source }: ParsedInputOf<'matrixItemAdd'>): OutputOf<'matrixItemAdd'> {
  return edit(ctx, workshopId, 'matrixItemAdd', matrixId, (db, before, now) => {
    if (before.items.length >= MAX_MATRIX_ITEMS) throw new AppError('conflict', `A matrix holds at most ${MAX_MATRIX_ITEMS} items`);
    if (before.items.some((item) => sameSource(item.source, source))) throw new AppError('conflict', 'This card is already on the matrix');
    const { text, members } = handAdded(db, workshopId, source);
    const item: MatrixItem = { id: newId(), text, source, votes: null, members, placement: null, position: nextPosition(before.items) };
    return { ...before, items: [...before.items, item], updatedAt: now };
  });
}

export function matrixItemPlace(ctx: ServiceContext, { workshopId, matrixId, itemId, placement }: ParsedInputOf<'matrixItemPlace'>): OutputOf<'matrixItemPlace'> {
  return edit(ctx, workshopId, 'matrixItemPlace', matrixId, (_db, before, now) => {
    findItem(before, itemId);
    return { ...before, items: before.items.map((item) => (item.id === itemId ? { ...item, placement } : item)), updatedAt: now };
  });
}

export function matrixItemRemove(ctx: ServiceContext, { workshopId, matrixId, itemId }: ParsedInputOf<'matrixItemRemove'>): OutputOf<'matrixItemRemove'> {
  return edit(ctx, workshopId, 'matrixItemRemove', matrixId, (_db, before, now) => {
    findItem(before, itemId);
    return { ...before, items: before.items.filter((item) => item.id !== itemId), updatedAt: now };
  });
}

export function matrixUndo(ctx: ServiceContext, { workshopId }: ParsedInputOf<'matrixUndo'>): OutputOf<'matrixUndo'> {
  return replay(ctx, workshopId, 'undo');
}

export function matrixRedo(ctx: ServiceContext, { workshopId }: ParsedInputOf<'matrixRedo'>): OutputOf<'matrixRedo'> {
  return replay(ctx, workshopId, 'redo');
}

export function matrixItemMakeAction(ctx: ServiceContext, { workshopId, matrixId, itemId, action }: ParsedInputOf<'matrixItemMakeAction'>): OutputOf<'matrixItemMakeAction'> {
  return makeAction(ctx, workshopId, action, (db) => {
    const matrix = readMatrix(db, workshopId, matrixId);
    if (!matrix) throw new AppError('not_found', `No matrix ${matrixId} in this workshop`);
    const item = findItem(matrix, itemId);
    return { kind: 'matrixItem', matrixId, itemId, text: item.text };
  });
}

export function voteItemMakeAction(ctx: ServiceContext, { workshopId, sessionId, itemId, action }: ParsedInputOf<'voteItemMakeAction'>): OutputOf<'voteItemMakeAction'> {
  return makeAction(ctx, workshopId, action, (db) => {
    const item = revealedResults(db, workshopId, sessionId).items.find((candidate) => candidate.itemId === itemId);
    if (!item) throw new AppError('not_found', `No item ${itemId} in this vote`);
    return { kind: 'voteItem', sessionId, itemId, text: item.text };
  });
}

/* ---------- helpers ---------- */

function workshopMatrices(db: ReadableDB, workshopId: string): WorkshopMatrices {
  return { workshopId, matrices: listMatrices(db, workshopId), ...historyState(db, workshopId) };
}

/**
 * One matrix edit in one transaction: `change` gets the matrix as it is (null when creating) and
 * answers it as it must be (null to delete it); both are recorded for undo. A refusal (thrown
 * AppError) rolls back and changes nothing.
 */
function edit(
  ctx: ServiceContext,
  workshopId: string,
  action: string,
  matrixId: string | null,
  change: (db: WritableDB, before: Matrix, now: string) => Matrix | null,
): WorkshopMatrices {
  const now = ctx.now().toISOString();
  const state = ctx.store().transaction((db) => {
    requireEditable(db, workshopId);
    const before = matrixId === null ? null : readMatrix(db, workshopId, matrixId);
    if (matrixId !== null && before === null) throw new AppError('not_found', `No matrix ${matrixId} in this workshop`);
    // Creating has no "before": change ignores it.
    const after = change(db, before ?? ({} as Matrix), now);
    // An edit that changes nothing (an item dropped where it was) leaves no undo entry.
    if (before !== null && after !== null && sameContent(before, after)) return workshopMatrices(db, workshopId);
    if (after === null) deleteMatrix(db, workshopId, matrixId ?? '');
    else writeMatrix(db, after, nextMatrixPosition(db, workshopId));
    recordMatrixEdit(db, workshopId, action, before, after, now);
    return workshopMatrices(db, workshopId);
  });
  ctx.bus.emit('matricesChanged', { workshopId });
  return state;
}

function replay(ctx: ServiceContext, workshopId: string, direction: 'undo' | 'redo'): WorkshopMatrices {
  const state = ctx.store().transaction((db) => {
    requireEditable(db, workshopId);
    const entry = nextHistoryEntry(db, workshopId, direction);
    if (!entry) throw new AppError('conflict', direction === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
    const target = direction === 'undo' ? entry.before : entry.after;
    if (target === null) deleteMatrix(db, workshopId, entry.matrixId);
    else {
      // The agenda step may have been deleted since: the matrix then comes back without one.
      const stepId = target.stepId !== null && stepExists(db, workshopId, target.stepId) ? target.stepId : null;
      writeMatrix(db, { ...target, stepId }, nextMatrixPosition(db, workshopId));
    }
    markUndone(db, entry.seq, direction === 'undo');
    return workshopMatrices(db, workshopId);
  });
  ctx.bus.emit('matricesChanged', { workshopId });
  return state;
}

function makeAction(ctx: ServiceContext, workshopId: string, action: MakeAction, link: (db: WritableDB) => MatrixItemLink): NextStep[] {
  return editNextSteps(ctx, workshopId, (db, steps, now) => {
    const source = link(db);
    appendNextStep(db, workshopId, steps, { text: action.text ?? source.text, owner: action.owner, dueDate: action.dueDate, domain: action.domain, source }, now);
  });
}

function revealedResults(db: ReadableDB, workshopId: string, sessionId: string) {
  const session = readSession(db, sessionId);
  if (!session || session.workshopId !== workshopId) throw new AppError('not_found', `No vote ${sessionId} in this workshop`);
  if (session.phase !== 'revealed' || session.results === null) throw new AppError('conflict', 'The vote is not revealed yet');
  return session.results;
}

/** The revealed vote's top N items (ties at the cut kept), in the tray, most votes first. */
function voteItems(db: ReadableDB, workshopId: string, sessionId: string, topN: number): MatrixItem[] {
  const chosen = topItems(revealedResults(db, workshopId, sessionId), topN).slice(0, MAX_MATRIX_ITEMS);
  return chosen.map((item, position) => ({
    id: newId(),
    text: item.text,
    source: { kind: 'voteItem', sessionId, itemId: item.itemId },
    votes: item.votes,
    // A group item keeps its cards' texts, as the vote snapshotted them.
    members: [...item.members],
    placement: null,
    position,
  }));
}

function handAdded(db: ReadableDB, workshopId: string, source: MatrixItemSource): { text: string; members: string[] } {
  switch (source.kind) {
    case 'card': {
      const card = db.prepare('SELECT text FROM cards WHERE id = ? AND workshop_id = ?').get(source.cardId, workshopId) as { text: string } | undefined;
      if (!card) throw new AppError('not_found', `No card ${source.cardId} in this workshop`);
      return { text: card.text, members: [] };
    }
    case 'group': {
      const group = db.prepare('SELECT title FROM card_groups WHERE id = ? AND workshop_id = ?').get(source.groupId, workshopId) as { title: string } | undefined;
      if (!group) throw new AppError('not_found', `No card group ${source.groupId} in this workshop`);
      const members = (db.prepare('SELECT text FROM cards WHERE group_id = ? ORDER BY position').all(source.groupId) as { text: string }[]).map((row) => row.text);
      return { text: groupItemText(group.title, members), members };
    }
    case 'voteItem':
      throw new AppError('invalid_input', 'Vote items come from the vote: add a card or a group', 'source');
  }
}

function sameContent(a: Matrix, b: Matrix): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

function sameSource(a: MatrixItemSource, b: MatrixItemSource): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function findItem(matrix: Matrix, itemId: string): MatrixItem {
  const item = matrix.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new AppError('not_found', `No item ${itemId} on this matrix`);
  return item;
}

function nextPosition(items: readonly MatrixItem[]): number {
  return items.reduce((max, item) => Math.max(max, item.position + 1), 0);
}
