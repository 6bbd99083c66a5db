import { z } from 'zod';
import { idSchema } from './workshop';

/**
 * Boards: persona canvases and customer journey maps. Both hold cards; a card lives in one
 * container — a persona section or a journey cell (stage × lane) — at a position.
 */
export { CARD_COLORS, cardColorSchema, type CardColor } from './card-colors';
import type { CardColor } from './card-colors';

export const MAX_CARD_TEXT = 500;

/**
 * What one workshop may hold. The app's own edits stop there, and an imported workshop file is
 * held to the same numbers before anything is written.
 */
export const MAX_PERSONAS = 50;
export const MAX_SECTIONS = 40;
export const MAX_MAPS = 50;
export const MAX_STAGES = 30;
export const MAX_LANES = 40;
/** A generous ceiling that keeps a runaway client (or a LAN participant) from filling the disk. */
export const MAX_CARDS_PER_WORKSHOP = 5000;
export const MEASURE_TYPES = ['perception', 'descriptive', 'predictive'] as const;
export const measureTypeSchema = z.enum(MEASURE_TYPES);
export type MeasureType = z.infer<typeof measureTypeSchema>;

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotion',
  'painPoints',
  'momentsOfTruth',
  'frontstage',
  'backstage',
  'opportunities',
  'measures',
  'custom',
] as const;
export const laneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof laneKindSchema>;

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export const containerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), sectionId: idSchema }).strict(),
  z.object({ kind: z.literal('cell'), mapId: idSchema, stageId: idSchema, laneId: idSchema }).strict(),
]);
export type CardContainer = z.infer<typeof containerSchema>;

export interface Card {
  id: string;
  container: CardContainer;
  position: number;
  text: string;
  color: CardColor;
  author: string | null;
  /** Pain points: 1 (minor) to 3 (severe). */
  severity: 1 | 2 | 3 | null;
  /** Pain points: the moment-of-truth card (same map) this friction belongs to. */
  momentOfTruthId: string | null;
  /** Measure cards: perception, descriptive or predictive. */
  measureType: MeasureType | null;
  /** The group this card belongs to, within the same container; null when ungrouped. */
  groupId: string | null;
  /** Cards merged into this one as duplicates, oldest first (their text, author, participant). */
  mergedFrom: MergedCard[];
  /** The participant who wrote it from a phone; null when typed on the laptop. */
  participantId: string | null;
  /** Written during a silent-writing step and not revealed yet (see card-visibility.ts). */
  hidden: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A card merged into another as a duplicate: what it said and who wrote it, kept on the card it joined. */
export interface MergedCard {
  id: string;
  text: string;
  author: string | null;
  participantId: string | null;
}

export const MAX_GROUP_TITLE = 120;

/**
 * A named stack of cards in one container (a persona section or a journey cell). Where it is
 * drawn and in which order its cards follow is the rule of shared/domain/card-groups.ts.
 */
export interface CardGroup {
  id: string;
  container: CardContainer;
  /** May be '' until the facilitator names it. */
  title: string;
  collapsed: boolean;
  createdAt: string;
  updatedAt: string;
}

export const BUILTIN_AVATARS = ['sun', 'leaf', 'wave', 'spark', 'mountain', 'bloom', 'orbit', 'compass'] as const;
export type BuiltinAvatar = (typeof BUILTIN_AVATARS)[number];

/**
 * An uploaded picture is never carried inside a board: `imageId` names it (and changes with it),
 * and each surface fetches it by that id — a cacheable URL on screen, its bytes in the PDF.
 */
export type Avatar = { kind: 'builtin'; key: BuiltinAvatar } | { kind: 'initials' } | { kind: 'image'; imageId: string };

export interface PersonaSection {
  id: string;
  title: string;
  hidden: boolean;
  position: number;
  /** The colour the facilitator chose for its new cards; null follows the template (sectionColor in shared/templates). */
  color: CardColor | null;
  cards: Card[];
  /** The section's card groups (each with at least one card). */
  groups: CardGroup[];
}

export interface Persona {
  id: string;
  workshopId: string;
  position: number;
  name: string;
  avatar: Avatar;
  role: string;
  ageRange: string;
  quote: string;
  bio: string;
  primary: boolean;
  sections: PersonaSection[];
}

export interface Stage {
  id: string;
  title: string;
  position: number;
}

export interface Lane {
  id: string;
  kind: LaneKind;
  title: string;
  hidden: boolean;
  position: number;
}

export interface EmotionPoint {
  stageId: string;
  score: number;
  note: string;
}

export interface JourneyMap {
  id: string;
  workshopId: string;
  /** null for a generic map. */
  personaId: string | null;
  title: string;
  position: number;
  stages: Stage[];
  lanes: Lane[];
  /** Cards of every cell, each with its container (stage and lane). */
  cards: Card[];
  /** Card groups of every cell, each with its container (each with at least one card). */
  groups: CardGroup[];
  emotions: EmotionPoint[];
}

export interface Board {
  workshopId: string;
  personas: Persona[];
  journeyMaps: JourneyMap[];
  canUndo: boolean;
  canRedo: boolean;
  /** Counts the board's changes (see BoardChange): a push is applied only on the revision it follows. */
  revision: number;
}
