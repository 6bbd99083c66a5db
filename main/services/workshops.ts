import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import crypto from 'node:crypto';
import { totalPlannedMinutes } from '../../shared/domain/schedule';
import type { Language } from '../../shared/domain/settings';
import { resetTimer } from '../../shared/domain/timer';
import { MAX_STEPS, workshopDetails, type BoardDefaults, type Step, type Workshop, type WorkshopSummary } from '../../shared/domain/workshop';
import { AppError } from '../../shared/ipc/result';
import { builtinTemplate } from '../../shared/templates/builtin';
import { localizeBuiltin } from '../../shared/templates/localize';
import { duplicateBoards } from '../store/board-copy-repo';
import { insertNextStep, listNextSteps } from '../store/next-steps-repo';
import { appendSteps, listSteps } from '../store/steps-repo';
import { duplicateVoting } from '../store/voting-copy-repo';
import { copiedLink, duplicateMatrices } from '../store/matrix-copy-repo';
import type { ReadableDB, WritableDB } from '../store/types';
import {
  deleteTrashedWorkshops,
  deleteWorkshop,
  insertWorkshop,
  listWorkshopSummaries,
  readWorkshopRecord,
  readWorkshopSummary,
  saveWorkshop,
  type WorkshopRecord,
} from '../store/workshops-repo';
import { readUserTemplate, type UserTemplateStep } from '../store/templates-repo';
import type { ServiceContext } from './context';

/** Random, url-safe, 16 characters: matches idSchema and is unguessable for share links. */
export function newId(): string {
  return crypto.randomBytes(12).toString('base64url');
}

export function readWorkshop(db: ReadableDB, id: string): Workshop | null {
  const record = readWorkshopRecord(db, id);
  return record ? assemble(record, listSteps(db, id)) : null;
}

export function requireWorkshop(db: ReadableDB, id: string): Workshop {
  const workshop = readWorkshop(db, id);
  if (!workshop) throw new AppError('not_found', `No workshop ${id}`);
  return workshop;
}

/** The trash is read-only: restoring is the one way back to editing. */
export function requireEditable(db: ReadableDB, id: string): Workshop {
  const workshop = requireWorkshop(db, id);
  if (workshop.deletedAt !== null) throw new AppError('conflict', 'The workshop is in the trash; restore it first');
  return workshop;
}

export interface Edit {
  db: WritableDB;
  /** The workshop as it was when the transaction began. */
  before: Workshop;
  /** A copy of its row to change; saved (with updated_at bumped) after the change returns. */
  record: WorkshopRecord;
  now: Date;
}

/**
 * The one path for changing an editable workshop: read, change, bump updated_at, read back, all
 * in ONE synchronous transaction, then events. A change that throws rolls everything back, so a
 * refused request leaves the workshop exactly as it was.
 * `listChanged` says whether the workshop list must refresh (it shows titles, counts, state).
 */
export function editWorkshop(
  ctx: ServiceContext,
  id: string,
  change: (edit: Edit) => void,
  listChanged: boolean | ((before: Workshop, after: Workshop) => boolean) = true,
): Workshop {
  const now = ctx.now();
  const { before, after } = ctx.store().transaction((db) => {
    const current = requireEditable(db, id);
    const record = toRecord(current);
    change({ db, before: current, record, now });
    saveWorkshop(db, { ...record, updatedAt: now.toISOString() });
    return { before: current, after: requireWorkshop(db, id) };
  });
  announceWorkshop(ctx, after);
  if (typeof listChanged === 'function' ? listChanged(before, after) : listChanged) ctx.bus.emit('workshopsChanged', {});
  return after;
}

/** Tells every view that this workshop changed; each reads what it shows of it. */
export function announceWorkshop(ctx: ServiceContext, workshop: Workshop): void {
  ctx.bus.emit('workshopChanged', { id: workshop.id, trashed: workshop.deletedAt !== null });
}

export function workshopsList(ctx: ServiceContext, { view }: ParsedInputOf<'workshopsList'>): OutputOf<'workshopsList'> {
  return listWorkshopSummaries(ctx.store().db, view);
}

export function workshopGet(ctx: ServiceContext, { id }: ParsedInputOf<'workshopGet'>): OutputOf<'workshopGet'> {
  return requireWorkshop(ctx.store().db, id);
}

export function workshopCreate(ctx: ServiceContext, { templateId, meta }: ParsedInputOf<'workshopCreate'>): OutputOf<'workshopCreate'> {
  const now = ctx.now().toISOString();
  const workshop = ctx.store().transaction((db) => {
    const source = findTemplateSource(db, templateId, meta.language);
    const steps: Step[] = source.steps.slice(0, MAX_STEPS).map((step) => ({
      id: newId(),
      kind: step.kind,
      title: step.title,
      instructions: step.instructions,
      plannedMinutes: step.plannedMinutes,
      silent: step.silent,
      actualStart: null,
      actualEnd: null,
    }));
    const record: WorkshopRecord = {
      id: newId(),
      ...meta,
      startTime: null,
      authorDisplay: 'shown',
      participants: [...meta.participants],
      templateId,
      state: 'active',
      archived: false,
      deletedAt: null,
      currentStepId: steps[0]?.id ?? null,
      timer: resetTimer(),
      boardDefaults: source.boardDefaults,
      createdAt: now,
      updatedAt: now,
    };
    return insertWithSteps(db, record, steps);
  });
  emitCreated(ctx, workshop);
  return workshop;
}

export function workshopUpdate(ctx: ServiceContext, { id, patch }: ParsedInputOf<'workshopUpdate'>): OutputOf<'workshopUpdate'> {
  return editWorkshop(ctx, id, ({ record }) => {
    for (const [key, value] of Object.entries(patch)) {
      // Absent keys are undefined after parsing; only the keys sent are changed.
      if (value !== undefined) Object.assign(record, { [key]: value });
    }
  });
}

export function workshopDuplicate(ctx: ServiceContext, { id }: ParsedInputOf<'workshopDuplicate'>): OutputOf<'workshopDuplicate'> {
  const now = ctx.now().toISOString();
  const workshop = ctx.store().transaction((db) => {
    const source = requireEditable(db, id);
    // A copy runs again from the start: new ids, no step times, the timer reset, back in the list.
    const steps = source.steps.map((step) => ({ ...step, id: newId(), actualStart: null, actualEnd: null }));
    const record: WorkshopRecord = {
      ...toRecord(source),
      id: newId(),
      title: copyTitle(source.title, source.language),
      state: 'active',
      archived: false,
      deletedAt: null,
      currentStepId: steps[0]?.id ?? null,
      timer: resetTimer(),
      createdAt: now,
      updatedAt: now,
    };
    const copy = insertWithSteps(db, record, steps);
    // What the deliverable shows comes along: the boards, the votes on their cards (the ranked
    // pain points) and the action plan.
    const boardIds = duplicateBoards(db, source.id, copy.id);
    const ids = new Map(duplicateVoting(db, source.id, copy.id, boardIds, now));
    source.steps.forEach((step, index) => ids.set(step.id, steps[index]?.id ?? newId()));
    duplicateMatrices(db, source.id, copy.id, ids, now);
    for (const step of listNextSteps(db, source.id)) {
      insertNextStep(db, { ...step, id: newId(), workshopId: copy.id, source: copiedLink(step.source, ids), createdAt: now, updatedAt: now });
    }
    return copy;
  });
  emitCreated(ctx, workshop);
  return workshop;
}

export function workshopTrash(ctx: ServiceContext, { id }: ParsedInputOf<'workshopTrash'>): OutputOf<'workshopTrash'> {
  return writeRecord(ctx, id, (record) => {
    // Trashing twice (a double click) is not an error, and does not move the deletion date.
    if (record.deletedAt !== null) return false;
    record.deletedAt = ctx.now().toISOString();
    return true;
  });
}

export function workshopRestore(ctx: ServiceContext, { id }: ParsedInputOf<'workshopRestore'>): OutputOf<'workshopRestore'> {
  return writeRecord(ctx, id, (record) => {
    if (record.deletedAt === null) return false;
    record.deletedAt = null;
    return true;
  });
}

export function workshopPurge(ctx: ServiceContext, { id }: ParsedInputOf<'workshopPurge'>): OutputOf<'workshopPurge'> {
  ctx.store().transaction((db) => {
    const workshop = requireWorkshop(db, id);
    // Only from the trash: a purge is the second, deliberate step of a deletion.
    if (workshop.deletedAt === null) throw new AppError('conflict', 'Only a workshop in the trash can be deleted for good');
    deleteWorkshop(db, id);
  });
  ctx.bus.emit('workshopsChanged', {});
  return { purged: 1 };
}

export function trashEmpty(ctx: ServiceContext): OutputOf<'trashEmpty'> {
  const purged = ctx.store().transaction((db) => deleteTrashedWorkshops(db));
  if (purged > 0) ctx.bus.emit('workshopsChanged', {});
  return { purged };
}

/** For trash, restore and the like, which act on deleted_at and so bypass requireEditable. */
function writeRecord(ctx: ServiceContext, id: string, change: (record: WorkshopRecord, before: Workshop) => boolean): WorkshopSummary {
  const now = ctx.now();
  const { summary, after } = ctx.store().transaction((db) => {
    const before = requireWorkshop(db, id);
    const record = toRecord(before);
    if (!change(record, before)) return { summary: summaryOf(before), after: null };
    saveWorkshop(db, { ...record, updatedAt: now.toISOString() });
    return { summary: requireSummary(db, id), after: requireWorkshop(db, id) };
  });
  if (after) {
    announceWorkshop(ctx, after);
    ctx.bus.emit('workshopsChanged', {});
  }
  return summary;
}

function emitCreated(ctx: ServiceContext, workshop: Workshop): void {
  announceWorkshop(ctx, workshop);
  ctx.bus.emit('workshopsChanged', {});
}

/** The row and its steps; current_step_id is written last because its foreign key needs the step. */
function insertWithSteps(db: WritableDB, record: WorkshopRecord, steps: Step[]): Workshop {
  insertWorkshop(db, record);
  appendSteps(db, record.id, steps);
  saveWorkshop(db, record);
  return requireWorkshop(db, record.id);
}

/**
 * What a new workshop is made of: a built-in template in the workshop's language, or one of the
 * facilitator's own, as it was written (its language is the one it was saved in).
 */
export function findTemplateSource(
  db: ReadableDB,
  templateId: string,
  language: Language,
): { steps: UserTemplateStep[]; boardDefaults: BoardDefaults } {
  const builtin = builtinTemplate(templateId);
  if (builtin) {
    const { steps, boardDefaults } = localizeBuiltin(builtin, language);
    return { steps, boardDefaults };
  }
  const own = readUserTemplate(db, templateId);
  if (!own) throw new AppError('not_found', `No template ${templateId}`);
  return { steps: own.steps, boardDefaults: own.boardDefaults };
}

const COPY_SUFFIX: Record<Language, string> = { en: ' (copy)', fr: ' (copie)' };
const TITLE_MAX = 200;

/** Keeps the copy's title within the 200 characters a title may have. */
export function copyTitle(title: string, language: Language): string {
  const suffix = COPY_SUFFIX[language];
  return `${title.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

function toRecord(workshop: Workshop): WorkshopRecord {
  return {
    id: workshop.id,
    ...workshopDetails(workshop),
    templateId: workshop.templateId,
    state: workshop.state,
    archived: workshop.archived,
    deletedAt: workshop.deletedAt,
    currentStepId: workshop.currentStepId,
    timer: { ...workshop.timer },
    boardDefaults: {
      personaSections: [...workshop.boardDefaults.personaSections],
      journeyStages: [...workshop.boardDefaults.journeyStages],
    },
    createdAt: workshop.createdAt,
    updatedAt: workshop.updatedAt,
  };
}

function assemble(record: WorkshopRecord, steps: Step[]): Workshop {
  // A current step that is not in this workshop's agenda reads as none, rather than a step the
  // UI cannot find.
  const currentStepId = steps.some((step) => step.id === record.currentStepId) ? record.currentStepId : null;
  return { ...record, currentStepId, steps, stepCount: steps.length, plannedMinutes: totalPlannedMinutes(steps) };
}

function summaryOf(workshop: Workshop): WorkshopSummary {
  const { participants: _p, steps: _s, currentStepId: _c, timer: _t, boardDefaults: _b, startTime: _st, authorDisplay: _ad, ...summary } = workshop;
  return summary;
}

function requireSummary(db: ReadableDB, id: string): WorkshopSummary {
  const summary = readWorkshopSummary(db, id);
  if (!summary) throw new AppError('not_found', `No workshop ${id}`);
  return summary;
}

