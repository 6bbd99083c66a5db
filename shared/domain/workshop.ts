import { z } from 'zod';
import { languageSchema, type Language } from './settings';

export const STEP_KINDS = ['persona', 'journey', 'voting', 'prioritisation', 'discussion', 'break'] as const;
export const stepKindSchema = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof stepKindSchema>;

/** 1 minute to 4 hours per step. */
export const MIN_STEP_MINUTES = 1;
export const MAX_STEP_MINUTES = 240;
export const MAX_STEPS = 60;
export const MAX_PARTICIPANTS = 200;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'Not a valid id');
const line = (max: number) => z.string().trim().max(max);
const requiredLine = (max: number) => z.string().trim().min(1).max(max);
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');

export const stepMinutesSchema = z.number().int().min(MIN_STEP_MINUTES).max(MAX_STEP_MINUTES);

export const stepDraftSchema = z
  .object({
    kind: stepKindSchema,
    title: requiredLine(120),
    instructions: line(2000).default(''),
    plannedMinutes: stepMinutesSchema,
    silent: z.boolean().default(false),
  })
  .strict();
export type StepDraft = z.infer<typeof stepDraftSchema>;

export interface Step {
  id: string;
  kind: StepKind;
  title: string;
  instructions: string;
  plannedMinutes: number;
  /**
   * Run in silence (board steps): cards written while it is the current step stay hidden from the
   * projector and the other phones until the facilitator reveals them.
   */
  silent: boolean;
  /** ISO timestamps recorded by the timer: when the step was first started and when it was left. */
  actualStart: string | null;
  actualEnd: string | null;
}

/**
 * The timer of the current step, stored as timestamps rather than a ticking counter so that a
 * restart or a crash shows the right time: remaining = duration - (elapsedMs + (now - runningSince)).
 */
export interface TimerState {
  status: 'idle' | 'running' | 'paused';
  /** Epoch ms when the current running stretch began; null unless running. */
  runningSince: number | null;
  /** Time already spent in earlier running stretches. */
  elapsedMs: number;
  /** Minutes added (or removed, negative) on top of the step's planned duration. */
  adjustMs: number;
}

export const IDLE_TIMER: TimerState = { status: 'idle', runningSince: null, elapsedMs: 0, adjustMs: 0 };

/** Board starter content copied from the template into the workshop, in its language. */
export interface BoardDefaults {
  personaSections: string[];
  journeyStages: string[];
}

export type WorkshopState = 'active' | 'finished';

/** How the laptop and the projector name a card's author (the phones and the PDF follow it too). */
export const AUTHOR_DISPLAYS = ['shown', 'initials', 'hidden'] as const;
export const authorDisplaySchema = z.enum(AUTHOR_DISPLAYS);
export type AuthorDisplay = z.infer<typeof authorDisplaySchema>;

export interface WorkshopSummary {
  id: string;
  title: string;
  client: string;
  date: string;
  language: Language;
  facilitator: string;
  state: WorkshopState;
  archived: boolean;
  /** Set when the workshop is in the trash. */
  deletedAt: string | null;
  templateId: string | null;
  stepCount: number;
  plannedMinutes: number;
  createdAt: string;
  updatedAt: string;
}

export interface Workshop extends WorkshopSummary {
  /** "HH:MM": when the workshop is planned to start, giving every step a clock time; null for none. */
  startTime: string | null;
  authorDisplay: AuthorDisplay;
  participants: string[];
  steps: Step[];
  currentStepId: string | null;
  timer: TimerState;
  boardDefaults: BoardDefaults;
}

/** What a workshop says of itself, from its title to its participants: what a copy or a file of it keeps. */
export type WorkshopDetails = Pick<Workshop, 'title' | 'client' | 'date' | 'language' | 'facilitator' | 'startTime' | 'authorDisplay' | 'participants'>;

/** A workshop's details alone (the participants a list of its own), in the order files write them. */
export function workshopDetails(workshop: WorkshopDetails): WorkshopDetails {
  const { title, client, date, language, facilitator, startTime, authorDisplay, participants } = workshop;
  return { title, client, date, language, facilitator, startTime, authorDisplay, participants: [...participants] };
}

/** "HH:MM", 24-hour: an optional planned start time. */
export const startTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

export const participantsSchema = z.array(requiredLine(80)).max(MAX_PARTICIPANTS);

export const workshopMetaSchema = z
  .object({
    title: requiredLine(200),
    client: line(200).default(''),
    date: dateSchema,
    language: languageSchema,
    facilitator: line(120).default(''),
    participants: participantsSchema.default([]),
  })
  .strict();
export type WorkshopMeta = z.infer<typeof workshopMetaSchema>;

/** A partial edit: the same fields and limits, but no defaults, so an absent field stays as it is. */
export const workshopMetaPatchSchema = z
  .object({
    title: requiredLine(200),
    client: line(200),
    date: dateSchema,
    language: languageSchema,
    facilitator: line(120),
    startTime: startTimeSchema.nullable(),
    participants: participantsSchema,
  })
  .partial()
  .strict();
