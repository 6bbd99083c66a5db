import { z } from 'zod';
import {
  BUILTIN_AVATARS,
  CARD_COLORS,
  EMOTION_MAX,
  EMOTION_MIN,
  LANE_KINDS,
  MAX_CARD_TEXT,
  MAX_CARDS_PER_WORKSHOP,
  MAX_GROUP_TITLE,
  MAX_LANES,
  MAX_MAPS,
  MAX_PERSONAS,
  MAX_SECTIONS,
  MAX_STAGES,
  MEASURE_TYPES,
} from './board';
import { MATRIX_MAX, MATRIX_MIN, MAX_AXIS_LABEL, MAX_MATRIX_ITEMS, MAX_MATRIX_ITEM_TEXT, MAX_MATRIX_TITLE, MAX_TOP_N } from './matrix';
import { CX_DOMAINS, MAX_NEXT_STEPS, MAX_NEXT_STEP_TEXT } from './next-steps';
import { languageSchema } from './settings';
import { MAX_DOTS, MAX_ITEM_TEXT, MAX_PER_ITEM, MAX_VOTING_ITEMS, MIN_DOTS, MIN_PER_ITEM, VOTER_KINDS, VOTING_ITEM_SOURCES, VOTING_PHASES } from './voting';
import { AUTHOR_DISPLAYS, MAX_PARTICIPANTS, MAX_STEPS, STEP_KINDS, dateSchema, startTimeSchema, stepMinutesSchema } from './workshop';

/**
 * The `.atelier` workshop file: one JSON document holding a workshop, its boards (images as data
 * URLs), its votes and its next steps. Reading one is restoring untrusted input, in the manner of
 * Excalidraw's restore.ts: only the fields below are copied (unknown keys are dropped), optional
 * ones get defaults, limits are those of the app's own inputs, and the ids in the file are only
 * labels that tie its parts together — the import gives everything new ids.
 *
 * Bump WORKSHOP_FILE_VERSION when the shape changes; keep reading older versions (repair them in
 * main/report/workshop-file-restore.ts) and refuse newer ones.
 *
 * Versions: 1, the first; 2 adds card groups (`groups` of sections and maps, `groupId` of cards),
 * merged duplicates (`mergedFrom` of cards) and voting items that stand for a group
 * (`sourceGroupId`, `members`, `memberCardIds`), and silent writing (steps' `silent`, cards'
 * `participantId` and `hidden`, the workshop's `authorDisplay`), prioritisation matrices and actions
 * linked to the priority they were made from. A version-1 file reads as one without them.
 * 3 adds the colour chosen for each persona section's new cards (sections' `color`, null for the
 * template's); a file of version 1 or 2 reads with every section on its template's colour.
 */
export const WORKSHOP_FILE_FORMAT = 'atelier-workshop';
export const WORKSHOP_FILE_VERSION = 3;
export const WORKSHOP_FILE_EXTENSION = 'atelier';
/** 50 MB of text: a workshop with a few pictures is a fraction of that. */
export const MAX_WORKSHOP_FILE_CHARS = 50 * 1024 * 1024;

/**
 * Why a workshop file is refused; the import names each in a sentence of its own
 * (import.error.*), sent as `file.<problem>` in the error's field, with params for the sentence.
 */
export const WORKSHOP_FILE_PROBLEMS = ['tooLarge', 'corrupt', 'foreign', 'newer', 'limit', 'picture', 'content'] as const;
export type WorkshopFileProblem = (typeof WORKSHOP_FILE_PROBLEMS)[number];

/** The parts of a file a refusal can point to, in words the user knows (import.part.*). */
export const WORKSHOP_FILE_PARTS = ['workshop', 'agenda', 'persona', 'journeyMap', 'card', 'vote', 'matrix', 'nextSteps', 'file'] as const;
export type WorkshopFilePart = (typeof WORKSHOP_FILE_PARTS)[number];

/** The things a workshop holds at most so many of (import.things.*), by the file's array names. */
export const WORKSHOP_FILE_COUNTED = {
  cards: 'cards',
  personas: 'personas',
  sections: 'sections',
  journeyMaps: 'maps',
  stages: 'stages',
  lanes: 'lanes',
  steps: 'steps',
  participants: 'participants',
  nextSteps: 'nextSteps',
  voting: 'votes',
  matrices: 'matrices',
  items: 'items',
  voters: 'voters',
  ballots: 'ballots',
  personaSections: 'sections',
  journeyStages: 'stages',
} as const;
export type WorkshopFileCounted = (typeof WORKSHOP_FILE_COUNTED)[keyof typeof WORKSHOP_FILE_COUNTED];

const fileId = z.string().min(1).max(100);
const line = (max: number) => z.string().max(max).default('');
const required = (max: number) => z.string().trim().min(1).max(max);
const timestamp = z.string().max(40);
const nullableTimestamp = timestamp.nullable().default(null);
/** 5 MB of image bytes as base64, in a PNG or JPEG data URL. */
const imageDataUrl = z
  .string()
  .max(Math.ceil((5 * 1024 * 1024 * 4) / 3) + 40)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'Not a PNG or JPEG data URL');

const stepSchema = z.object({
  id: fileId,
  kind: z.enum(STEP_KINDS),
  title: required(120),
  instructions: line(2000),
  plannedMinutes: stepMinutesSchema,
  silent: z.boolean().default(false),
  actualStart: nullableTimestamp,
  actualEnd: nullableTimestamp,
});

const timerSchema = z.object({
  status: z.enum(['idle', 'running', 'paused']).default('idle'),
  runningSince: z.number().int().nonnegative().nullable().default(null),
  elapsedMs: z.number().int().nonnegative().default(0),
  adjustMs: z.number().int().default(0),
});

const workshopSchema = z.object({
  title: required(200),
  client: line(200),
  date: dateSchema,
  language: languageSchema,
  facilitator: line(120),
  /** Files from before the start time have none. */
  startTime: startTimeSchema.nullable().default(null),
  authorDisplay: z.enum(AUTHOR_DISPLAYS).default('shown'),
  participants: z.array(required(80)).max(MAX_PARTICIPANTS).default([]),
  state: z.enum(['active', 'finished']).default('active'),
  templateId: z.string().max(64).nullable().default(null),
  boardDefaults: z
    .object({
      personaSections: z.array(required(120)).max(MAX_SECTIONS).default([]),
      journeyStages: z.array(required(120)).max(MAX_STAGES).default([]),
    })
    .default({ personaSections: [], journeyStages: [] }),
  steps: z.array(stepSchema).max(MAX_STEPS).default([]),
  currentStepId: fileId.nullable().default(null),
  timer: timerSchema.default({ status: 'idle', runningSince: null, elapsedMs: 0, adjustMs: 0 }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const containerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), sectionId: fileId }),
  z.object({ kind: z.literal('cell'), mapId: fileId, stageId: fileId, laneId: fileId }),
]);

/** A duplicate merged into a card: its id only ties the votes cast on it to the card it joined. */
const mergedCardSchema = z.object({
  id: fileId,
  text: z.string().trim().min(1).max(MAX_CARD_TEXT),
  author: z.string().trim().max(80).nullable().default(null),
  participantId: fileId.nullable().default(null),
});

const cardGroupSchema = z.object({
  id: fileId,
  container: containerSchema,
  title: z.string().trim().max(MAX_GROUP_TITLE).default(''),
  collapsed: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const cardSchema = z.object({
  id: fileId,
  container: containerSchema,
  position: z.number().int().nonnegative().default(0),
  text: z.string().trim().min(1).max(MAX_CARD_TEXT),
  color: z.enum(CARD_COLORS).default('yellow'),
  author: z.string().trim().max(80).nullable().default(null),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable().default(null),
  momentOfTruthId: fileId.nullable().default(null),
  measureType: z.enum(MEASURE_TYPES).nullable().default(null),
  groupId: fileId.nullable().default(null),
  mergedFrom: z.array(mergedCardSchema).max(MAX_CARDS_PER_WORKSHOP).default([]),
  /** A label tying the cards one phone wrote together (never a name); null for the laptop's. */
  participantId: fileId.nullable().default(null),
  hidden: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const avatarSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('builtin'), key: z.enum(BUILTIN_AVATARS) }),
    z.object({ kind: z.literal('initials') }),
    z.object({ kind: z.literal('image'), dataUrl: imageDataUrl }),
  ])
  .default({ kind: 'initials' });

const personaSchema = z.object({
  id: fileId,
  position: z.number().int().nonnegative().default(0),
  name: required(80),
  avatar: avatarSchema,
  role: line(120),
  ageRange: line(40),
  quote: line(300),
  bio: line(1200),
  primary: z.boolean().default(false),
  sections: z
    .array(
      z.object({
        id: fileId,
        title: required(120),
        hidden: z.boolean().default(false),
        position: z.number().int().nonnegative().default(0),
        /** The colour chosen for the section's new cards; null (and files before version 3) follow the template. */
        color: z.enum(CARD_COLORS).nullable().default(null),
        cards: z.array(cardSchema).max(MAX_CARDS_PER_WORKSHOP).default([]),
        groups: z.array(cardGroupSchema).max(MAX_CARDS_PER_WORKSHOP).default([]),
      }),
    )
    .max(MAX_SECTIONS)
    .default([]),
});

const journeySchema = z.object({
  id: fileId,
  personaId: fileId.nullable().default(null),
  title: required(120),
  position: z.number().int().nonnegative().default(0),
  stages: z.array(z.object({ id: fileId, title: required(120), position: z.number().int().nonnegative().default(0) })).max(MAX_STAGES).default([]),
  lanes: z
    .array(
      z.object({
        id: fileId,
        kind: z.enum(LANE_KINDS).default('custom'),
        title: required(120),
        hidden: z.boolean().default(false),
        position: z.number().int().nonnegative().default(0),
      }),
    )
    .max(MAX_LANES)
    .default([]),
  cards: z.array(cardSchema).max(MAX_CARDS_PER_WORKSHOP).default([]),
  groups: z.array(cardGroupSchema).max(MAX_CARDS_PER_WORKSHOP).default([]),
  emotions: z
    .array(z.object({ stageId: fileId, score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX), note: line(300) }))
    .max(MAX_STAGES)
    .default([]),
});

const votingItemSchema = z.object({
  id: fileId,
  position: z.number().int().nonnegative().default(0),
  text: required(500),
  source: z.enum(VOTING_ITEM_SOURCES).default('typed'),
  sourceCardId: fileId.nullable().default(null),
  // A group item's group and its cards (texts and ids, in the group's order); none before version 2.
  sourceGroupId: fileId.nullable().default(null),
  members: z.array(z.string().max(MAX_ITEM_TEXT)).max(MAX_CARDS_PER_WORKSHOP).default([]),
  memberCardIds: z.array(fileId).max(MAX_CARDS_PER_WORKSHOP).default([]),
  mapId: fileId.nullable().default(null),
  mapTitle: z.string().max(200).nullable().default(null),
  stageId: fileId.nullable().default(null),
  stageTitle: z.string().max(200).nullable().default(null),
  personaId: fileId.nullable().default(null),
  personaName: z.string().max(200).nullable().default(null),
  comment: line(1000),
});

const votingSessionSchema = z.object({
  id: fileId,
  parentSessionId: fileId.nullable().default(null),
  round: z.number().int().min(1).max(100).default(1),
  title: z.string().max(120).default(''),
  phase: z.enum(VOTING_PHASES),
  rules: z.object({
    dotsPerVoter: z.number().int().min(MIN_DOTS).max(MAX_DOTS),
    maxPerItem: z.number().int().min(MIN_PER_ITEM).max(MAX_PER_ITEM),
    anonymous: z.boolean().default(false),
  }),
  items: z.array(votingItemSchema).max(MAX_VOTING_ITEMS).default([]),
  voters: z
    .array(
      z.object({
        id: fileId,
        kind: z.enum(VOTER_KINDS),
        name: z.string().trim().max(80).nullable().default(null),
        createdAt: timestamp,
        votedAt: nullableTimestamp,
      }),
    )
    .max(1000)
    .default([]),
  /**
   * The ballots, deliberately not tied to voters (and in a canonical order): the file carries the
   * tallies a vote needs, never who put which dot where.
   */
  ballots: z
    .array(z.array(z.object({ itemId: fileId, count: z.number().int().min(1).max(MAX_PER_ITEM) })).max(MAX_VOTING_ITEMS))
    .max(1000)
    .default([]),
  createdAt: timestamp,
  updatedAt: timestamp,
  openedAt: nullableTimestamp,
  closedAt: nullableTimestamp,
  revealedAt: nullableTimestamp,
});

const score = z.number().int().min(MATRIX_MIN).max(MATRIX_MAX);
/** The most matrices a workshop file holds: one per agenda step, and as many made apart. */
export const MAX_MATRICES = 60;

const matrixSchema = z.object({
  id: fileId,
  stepId: fileId.nullable().default(null),
  title: line(MAX_MATRIX_TITLE),
  verticalLabel: line(MAX_AXIS_LABEL),
  horizontalLabel: line(MAX_AXIS_LABEL),
  sessionId: fileId.nullable().default(null),
  topN: z.number().int().min(1).max(MAX_TOP_N).nullable().default(null),
  items: z
    .array(
      z.object({
        id: fileId,
        text: required(MAX_MATRIX_ITEM_TEXT),
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('voteItem'), sessionId: fileId, itemId: fileId }),
          z.object({ kind: z.literal('card'), cardId: fileId }),
          z.object({ kind: z.literal('group'), groupId: fileId }),
        ]),
        votes: z.number().int().nonnegative().nullable().default(null),
        members: z.array(z.string().max(MAX_CARD_TEXT)).max(MAX_CARDS_PER_WORKSHOP).default([]),
        placement: z.object({ impact: score, effort: score }).nullable().default(null),
        position: z.number().int().nonnegative().default(0),
      }),
    )
    .max(MAX_MATRIX_ITEMS)
    .default([]),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const nextStepSchema = z.object({
  id: fileId,
  position: z.number().int().nonnegative().default(0),
  text: z.string().trim().min(1).max(MAX_NEXT_STEP_TEXT),
  owner: line(120),
  dueDate: dateSchema.nullable().default(null),
  domain: z.enum(CX_DOMAINS),
  /** Files from before the matrix have none. */
  source: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('matrixItem'), matrixId: fileId, itemId: fileId, text: z.string().max(MAX_MATRIX_ITEM_TEXT) }),
      z.object({ kind: z.literal('voteItem'), sessionId: fileId, itemId: fileId, text: z.string().max(MAX_MATRIX_ITEM_TEXT) }),
    ])
    .nullable()
    .default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/**
 * The body of a file of any version this Atelier reads, after the envelope (format, version) has
 * been checked. Its limits are the workshop's own: a file the app could not have written is
 * refused, not half imported.
 */
export const workshopFileSchema = z
  .object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  // Every version up to this one reads with this schema: later fields default when missing.
  schemaVersion: z.number().int().min(1).max(WORKSHOP_FILE_VERSION),
  exportedAt: timestamp.default(''),
  app: z.object({ name: z.string().max(40), version: z.string().max(40) }).optional(),
  workshop: workshopSchema,
  boards: z
    .object({
      personas: z.array(personaSchema).max(MAX_PERSONAS).default([]),
      journeyMaps: z.array(journeySchema).max(MAX_MAPS).default([]),
    })
    .default({ personas: [], journeyMaps: [] }),
  voting: z.array(votingSessionSchema).max(100).default([]),
  matrices: z.array(matrixSchema).max(MAX_MATRICES).default([]),
  nextSteps: z.array(nextStepSchema).max(MAX_NEXT_STEPS).default([]),
  })
  .superRefine((file, ctx) => {
    // Cards are capped per workshop, wherever they sit.
    const cards =
      file.boards.personas.reduce((sum, persona) => sum + persona.sections.reduce((n, section) => n + section.cards.length, 0), 0) +
      file.boards.journeyMaps.reduce((sum, map) => sum + map.cards.length, 0);
    if (cards > MAX_CARDS_PER_WORKSHOP) {
      ctx.addIssue({
        code: 'custom',
        path: ['boards', 'cards'],
        message: `The file holds ${cards} cards; a workshop holds at most ${MAX_CARDS_PER_WORKSHOP}`,
        params: { count: cards, maximum: MAX_CARDS_PER_WORKSHOP },
      });
    }
  });
export type WorkshopFile = z.infer<typeof workshopFileSchema>;
export type WorkshopFileInput = z.input<typeof workshopFileSchema>;
export type WorkshopFilePersona = WorkshopFile['boards']['personas'][number];
export type WorkshopFileJourney = WorkshopFile['boards']['journeyMaps'][number];
export type WorkshopFileVoting = WorkshopFile['voting'][number];
export type WorkshopFileCard = z.infer<typeof cardSchema>;
export type WorkshopFileGroup = z.infer<typeof cardGroupSchema>;
export type WorkshopFileMatrix = WorkshopFile['matrices'][number];
