import { z } from 'zod';
import type { TemplateSummary } from '../../domain/template';
import {
  authorDisplaySchema,
  idSchema,
  stepDraftSchema,
  stepKindSchema,
  stepMinutesSchema,
  workshopMetaPatchSchema,
  workshopMetaSchema,
  type Workshop,
  type WorkshopSummary,
} from '../../domain/workshop';
import { languageSchema } from '../../domain/settings';
import { spotlightSchema, type Spotlight } from '../../domain/spotlight';
import { channel } from '../channel';

const byId = z.object({ id: idSchema }).strict();
const templateId = z.string().regex(/^[a-z0-9-]{2,64}$|^[A-Za-z0-9_-]{6,64}$/, 'Not a valid template id');

export const TIMER_COMMANDS = ['start', 'pause', 'resume', 'toggle', 'addMinute', 'removeMinute', 'next', 'previous', 'reset'] as const;
export type TimerCommand = (typeof TIMER_COMMANDS)[number];

export const workshopChannels = {
  workshopsList: channel<WorkshopSummary[]>()(z.object({ view: z.enum(['current', 'archived', 'trash']).default('current') }).strict()),
  workshopCreate: channel<Workshop>()(z.object({ templateId, meta: workshopMetaSchema }).strict()),
  workshopGet: channel<Workshop>()(byId),
  workshopUpdate: channel<Workshop>()(
    z
      .object({
        id: idSchema,
        patch: workshopMetaPatchSchema
          .extend({ archived: z.boolean().optional(), state: z.enum(['active', 'finished']).optional() })
          .strict(),
      })
      .strict(),
  ),
  workshopDuplicate: channel<Workshop>()(byId),
  /** Moves to the trash; workshopRestore brings it back (the undo). */
  workshopTrash: channel<WorkshopSummary>()(byId),
  workshopRestore: channel<WorkshopSummary>()(byId),
  workshopPurge: channel<{ purged: number }>()(byId),
  trashEmpty: channel<{ purged: number }>()(z.object({}).strict()),

  stepAdd: channel<Workshop>()(
    z.object({ workshopId: idSchema, step: stepDraftSchema, index: z.number().int().min(0).optional() }).strict(),
  ),
  stepUpdate: channel<Workshop>()(
    z
      .object({
        workshopId: idSchema,
        stepId: idSchema,
        patch: z
          .object({
            kind: stepKindSchema.optional(),
            title: z.string().trim().min(1).max(120).optional(),
            instructions: z.string().trim().max(2000).optional(),
            plannedMinutes: stepMinutesSchema.optional(),
          })
          .strict(),
      })
      .strict(),
  ),
  /** Runs a board step in silence (or not); allowed while the step runs. */
  stepSetSilent: channel<Workshop>()(z.object({ workshopId: idSchema, stepId: idSchema, silent: z.boolean() }).strict()),
  /** How the laptop and the projector name the authors of cards. */
  workshopSetAuthorDisplay: channel<Workshop>()(z.object({ workshopId: idSchema, authorDisplay: authorDisplaySchema }).strict()),
  stepRemove: channel<Workshop>()(z.object({ workshopId: idSchema, stepId: idSchema }).strict()),
  /** The full new order: must be exactly the workshop's step ids. */
  stepsReorder: channel<Workshop>()(z.object({ workshopId: idSchema, stepIds: z.array(idSchema).max(200) }).strict()),

  timerCommand: channel<Workshop>()(z.object({ workshopId: idSchema, command: z.enum(TIMER_COMMANDS) }).strict()),
  /** Makes a step the current one (its timer idle). */
  timerGoTo: channel<Workshop>()(z.object({ workshopId: idSchema, stepId: idSchema }).strict()),

  templatesList: channel<TemplateSummary[]>()(z.object({ language: languageSchema }).strict()),
  templateSaveFromWorkshop: channel<TemplateSummary>()(
    z.object({ workshopId: idSchema, name: z.string().trim().min(1).max(120) }).strict(),
  ),
  templateRename: channel<TemplateSummary>()(z.object({ id: templateId, name: z.string().trim().min(1).max(120) }).strict()),
  templateDelete: channel<{ deleted: true }>()(z.object({ id: templateId }).strict()),

  /** The workshop the presenter screen follows (the one open on the facilitator window). */
  presenterShow: channel<{ workshopId: string | null }>()(z.object({ workshopId: idSchema.nullable() }).strict()),
  presenterGet: channel<{ workshop: Workshop | null }>()(z.object({}).strict()),
  /** What the facilitator spotlights on the projector for the workshop's current step. */
  spotlightGet: channel<Spotlight>()(z.object({ workshopId: idSchema }).strict()),
  /** Refused unless `spotlight.stepId` is the current step (null at the end of the agenda). */
  spotlightSet: channel<Spotlight>()(z.object({ workshopId: idSchema, spotlight: spotlightSchema }).strict()),
};
