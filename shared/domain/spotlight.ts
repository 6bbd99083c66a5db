import { z } from 'zod';
import { idSchema } from './workshop';

/**
 * What the facilitator puts on the projector on top of what the current step shows: the whole
 * board, one journey stage, one lane, one persona section, one card full screen, the vote results
 * again, how to join full screen, or a blank "eyes here" screen. A spotlight belongs to the step it
 * was set on: once another step becomes current, the projector follows that step again.
 */
export const spotlightFocusSchema = z.discriminatedUnion('kind', [
  /** What the step shows by itself. */
  z.object({ kind: z.literal('step') }).strict(),
  z.object({ kind: z.literal('persona'), personaId: idSchema.nullable() }).strict(),
  z.object({ kind: z.literal('journey'), mapId: idSchema.nullable() }).strict(),
  z.object({ kind: z.literal('stage'), mapId: idSchema, stageId: idSchema }).strict(),
  z.object({ kind: z.literal('lane'), mapId: idSchema, laneId: idSchema }).strict(),
  z.object({ kind: z.literal('section'), personaId: idSchema, sectionId: idSchema }).strict(),
  z.object({ kind: z.literal('card'), cardId: idSchema }).strict(),
  z.object({ kind: z.literal('results') }).strict(),
  z.object({ kind: z.literal('join') }).strict(),
  z.object({ kind: z.literal('blank') }).strict(),
]);
export type SpotlightFocus = z.infer<typeof spotlightFocusSchema>;
export type SpotlightKind = SpotlightFocus['kind'];

/** The facilitator's page of a board too large to show at a readable size; null pages on its own. */
export const MAX_PAGE = 99;

export const spotlightSchema = z
  .object({
    /** The step it was set on; null at the end of the agenda. */
    stepId: idSchema.nullable(),
    focus: spotlightFocusSchema,
    page: z.number().int().min(0).max(MAX_PAGE).nullable(),
    /** The facilitator folded the step's instructions away. */
    instructionsCollapsed: z.boolean(),
  })
  .strict();
export type Spotlight = z.infer<typeof spotlightSchema>;

export const FOLLOW_STEP: SpotlightFocus = { kind: 'step' };

/** No spotlight: the projector follows the step, pages on its own, instructions open. */
export function defaultSpotlight(stepId: string | null): Spotlight {
  return { stepId, focus: FOLLOW_STEP, page: null, instructionsCollapsed: false };
}

/** The spotlight in force on `stepId`: one set on another step no longer applies. */
export function spotlightFor(spotlight: Spotlight | null, stepId: string | null): Spotlight {
  return spotlight && spotlight.stepId === stepId ? spotlight : defaultSpotlight(stepId);
}
