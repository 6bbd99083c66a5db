import { z } from 'zod';
import { languageSchema } from '../domain/settings';
import { MAX_STEPS, stepKindSchema, stepMinutesSchema } from '../domain/workshop';

/** Template steps are shown on a projector: short titles, instructions that fit a slide. */
export const TEMPLATE_TITLE_MAX = 60;
export const TEMPLATE_INSTRUCTIONS_MAX = 280;

/**
 * Instructions allowed to read the same in French and English (proper nouns, brand names).
 * Anything else identical in both languages is a forgotten translation.
 */
export const SAME_IN_BOTH_LANGUAGES: readonly string[] = [];

const title = z.string().trim().min(1).max(TEMPLATE_TITLE_MAX);
const instructions = z.string().trim().max(TEMPLATE_INSTRUCTIONS_MAX);

/** One step of a template in one language (the shape of TemplateSummary['steps'][number]). */
export const templateStepSchema = z
  .object({ kind: stepKindSchema, title, instructions, plannedMinutes: stepMinutesSchema, silent: z.boolean().default(false) })
  .strict();

export const templateStepsSchema = z.array(templateStepSchema).min(1).max(MAX_STEPS);

/** A template as the picker shows it, in one language; counts must agree with the steps. */
export const templateSummarySchema = z
  .object({
    id: z.string().min(1).max(64),
    builtin: z.boolean(),
    name: z.string().trim().min(1).max(80),
    description: z.string().trim().max(400),
    language: languageSchema.nullable(),
    stepCount: z.number().int(),
    plannedMinutes: z.number().int(),
    steps: templateStepsSchema,
    boardDefaults: z.object({ personaSections: z.array(z.string()), journeyStages: z.array(z.string()) }).strict(),
  })
  .strict()
  .refine((t) => t.stepCount === t.steps.length, { message: 'stepCount does not match the steps', path: ['stepCount'] })
  .refine((t) => t.plannedMinutes === t.steps.reduce((sum, s) => sum + s.plannedMinutes, 0), {
    message: 'plannedMinutes does not match the steps',
    path: ['plannedMinutes'],
  });

const localized = <T extends z.ZodType>(inner: T) => z.object({ fr: inner, en: inner }).strict();

export function isTranslationExempt(text: string): boolean {
  return text.trim() === '' || SAME_IN_BOTH_LANGUAGES.includes(text.trim());
}

/** A built-in template in both languages, as written in builtin.ts. */
export const builtinTemplateSchema = z
  .object({
    id: z.enum(['persona', 'journey', 'voting', 'cx-discovery']),
    name: localized(z.string().trim().min(1).max(80)),
    description: localized(z.string().trim().max(400)),
    steps: z
      .array(
        z
          .object({
            kind: stepKindSchema,
            minutes: stepMinutesSchema,
            title: localized(title),
            instructions: localized(instructions),
            silent: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_STEPS),
    starter: z.object({ personaSections: z.boolean(), journeyStages: z.boolean() }).strict(),
  })
  .strict()
  .superRefine((template, ctx) => {
    template.steps.forEach((step, index) => {
      const { fr, en } = step.instructions;
      if (fr.trim() === en.trim() && !isTranslationExempt(fr)) {
        ctx.addIssue({
          code: 'custom',
          message: 'French and English instructions are identical: forgotten translation?',
          path: ['steps', index, 'instructions'],
        });
      }
    });
  });
