import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import type { Language } from '../../shared/domain/settings';
import type { TemplateSummary } from '../../shared/domain/template';
import { AppError } from '../../shared/ipc/result';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../../shared/templates/builtin';
import { localizeBuiltin } from '../../shared/templates/localize';
import {
  deleteUserTemplate,
  insertUserTemplate,
  listUserTemplates,
  readUserTemplate,
  renameUserTemplate,
  type UserTemplateRecord,
} from '../store/templates-repo';
import type { ReadableDB } from '../store/types';
import type { ServiceContext } from './context';
import { newId, requireWorkshop } from './workshops';

/**
 * Built-in templates are code, in both languages; the facilitator's own are rows, in the language
 * they were saved in. Built-ins cannot be renamed or deleted: the next version would bring them back.
 */
export function templatesList(ctx: ServiceContext, { language }: ParsedInputOf<'templatesList'>): OutputOf<'templatesList'> {
  return [
    ...BUILTIN_TEMPLATES.map((template) => localizeBuiltin(template, language)),
    ...sortByName(listUserTemplates(ctx.store().db), language).map(toSummary),
  ];
}

export function templateSaveFromWorkshop(ctx: ServiceContext, { workshopId, name }: ParsedInputOf<'templateSaveFromWorkshop'>): OutputOf<'templateSaveFromWorkshop'> {
  const now = ctx.now().toISOString();
  const saved = ctx.store().transaction((db) => {
    // Reading a trashed workshop is allowed: saving its agenda does not change it.
    const workshop = requireWorkshop(db, workshopId);
    if (workshop.steps.length === 0) throw new AppError('conflict', 'The workshop has no steps to save as a template');
    const record: UserTemplateRecord = {
      id: newId(),
      name,
      language: workshop.language,
      steps: workshop.steps.map(({ kind, title, instructions, plannedMinutes, silent }) => ({ kind, title, instructions, plannedMinutes, silent })),
      boardDefaults: structuredClone(workshop.boardDefaults),
      createdAt: now,
      updatedAt: now,
    };
    insertUserTemplate(db, record);
    return record;
  });
  ctx.bus.emit('templatesChanged', {});
  return toSummary(saved);
}

export function templateRename(ctx: ServiceContext, { id, name }: ParsedInputOf<'templateRename'>): OutputOf<'templateRename'> {
  const now = ctx.now().toISOString();
  const renamed = ctx.store().transaction((db) => {
    requireOwnTemplate(db, id);
    renameUserTemplate(db, id, name, now);
    return requireOwnTemplate(db, id);
  });
  ctx.bus.emit('templatesChanged', {});
  return toSummary(renamed);
}

export function templateDelete(ctx: ServiceContext, { id }: ParsedInputOf<'templateDelete'>): OutputOf<'templateDelete'> {
  ctx.store().transaction((db) => {
    requireOwnTemplate(db, id);
    deleteUserTemplate(db, id);
  });
  ctx.bus.emit('templatesChanged', {});
  return { deleted: true as const };
}

function requireOwnTemplate(db: ReadableDB, id: string): UserTemplateRecord {
  if (builtinTemplate(id)) throw new AppError('forbidden', 'Built-in templates cannot be changed');
  const record = readUserTemplate(db, id);
  if (!record) throw new AppError('not_found', `No template ${id}`);
  return record;
}

function sortByName(records: UserTemplateRecord[], language: Language): UserTemplateRecord[] {
  // A collator orders accents and case as a reader expects ("Écoute" next to "Ecole").
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  return [...records].sort((a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt));
}

function toSummary(record: UserTemplateRecord): TemplateSummary {
  return {
    id: record.id,
    builtin: false,
    name: record.name,
    description: '',
    language: record.language,
    stepCount: record.steps.length,
    plannedMinutes: record.steps.reduce((sum, step) => sum + step.plannedMinutes, 0),
    steps: record.steps.map((step) => ({ ...step })),
    boardDefaults: record.boardDefaults,
  };
}
