import { z } from 'zod';
import { topItems as topRanked, type RankedItem } from './voting';
import { cxDomainSchema } from './next-steps';
import { dateSchema, idSchema } from './workshop';

/**
 * The prioritisation matrix: the top items of a revealed vote (and cards or card groups added by
 * hand) placed on two axes scored 1..5, impact vertical and effort horizontal by default. An item
 * without a placement waits in the tray. The quadrant of a placement is derived, never stored.
 */

export const MATRIX_MIN = 1;
export const MATRIX_MAX = 5;
export const MAX_MATRIX_ITEMS = 60;
export const MAX_MATRIX_TITLE = 120;
export const MAX_AXIS_LABEL = 60;
export const MAX_MATRIX_ITEM_TEXT = 500;
/** The most vote items a matrix takes at once (ties at the cut may add more). */
export const MAX_TOP_N = 30;
export const DEFAULT_TOP_N = 8;

export type MatrixAxis = { label: string };

export const QUADRANTS = ['quickWins', 'majorProjects', 'fillIns', 'timeSinks'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const matrixScoreSchema = z.number().int().min(MATRIX_MIN).max(MATRIX_MAX);
export const placementSchema = z.object({ impact: matrixScoreSchema, effort: matrixScoreSchema }).strict();
export type Placement = z.infer<typeof placementSchema>;

export const matrixItemSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('voteItem'), sessionId: idSchema, itemId: idSchema }).strict(),
  z.object({ kind: z.literal('card'), cardId: idSchema }).strict(),
  z.object({ kind: z.literal('group'), groupId: idSchema }).strict(),
]);
export type MatrixItemSource = z.infer<typeof matrixItemSourceSchema>;

export interface MatrixItem {
  id: string;
  text: string;
  /** Where it came from: a revealed vote's item (which may be a group), a card, or a card group. */
  source: MatrixItemSource;
  /** The vote count at import time, null for hand-added items. */
  votes: number | null;
  /** Group members' texts, [] otherwise. */
  members: string[];
  /** null = waiting in the tray. */
  placement: Placement | null;
  position: number;
}

export interface Matrix {
  id: string;
  workshopId: string;
  stepId: string | null;
  title: string;
  /** '' means the default (impact / effort) in the reader's language. */
  verticalLabel: string;
  horizontalLabel: string;
  sessionId: string | null;
  topN: number | null;
  items: MatrixItem[];
  createdAt: string;
  updatedAt: string;
}

/** What a next step was made from: a matrix item or a vote result, with the text it had then. */
export const matrixItemLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('matrixItem'), matrixId: idSchema, itemId: idSchema, text: z.string().max(MAX_MATRIX_ITEM_TEXT) }).strict(),
  z.object({ kind: z.literal('voteItem'), sessionId: idSchema, itemId: idSchema, text: z.string().max(MAX_MATRIX_ITEM_TEXT) }).strict(),
]);
export type MatrixItemLink = z.infer<typeof matrixItemLinkSchema>;

/**
 * Scores are integers 1..5 and the midline 3 counts as HIGH on both axes (impact >= 3 is high,
 * effort >= 3 is high): quick wins are high impact and low effort, major projects high and high,
 * fill-ins low and low, time sinks low impact and high effort.
 */
export function quadrantOf(p: Placement): Quadrant {
  const highImpact = p.impact >= 3;
  const highEffort = p.effort >= 3;
  if (highImpact) return highEffort ? 'majorProjects' : 'quickWins';
  return highEffort ? 'timeSinks' : 'fillIns';
}

/**
 * The top `n` items of a revealed vote for a matrix: every item ranked `n` or better, so a tie at
 * the cut keeps all the tied items; items nobody voted for are left out (they are not priorities).
 */
export function topItems<T extends Pick<RankedItem, 'rank' | 'votes'>>(results: readonly T[] | { items: readonly T[] }, n: number): T[] {
  const ranked = 'items' in results ? results.items : results;
  return topRanked(
    ranked.filter((item) => item.votes > 0),
    n,
  );
}

/** The order actions are offered in: quick wins first, then major projects, fill-ins, time sinks, and the tray last. */
export const QUADRANT_ORDER: readonly Quadrant[] = ['quickWins', 'majorProjects', 'fillIns', 'timeSinks'];

export function offerRank(item: Pick<MatrixItem, 'placement'>): number {
  return item.placement === null ? QUADRANT_ORDER.length : QUADRANT_ORDER.indexOf(quadrantOf(item.placement));
}

/** A matrix's items in the order "Make an action" offers them: quick wins first, ties by votes then position. */
export function itemsByOffer<T extends Pick<MatrixItem, 'placement' | 'votes' | 'position'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => offerRank(a) - offerRank(b) || (b.votes ?? -1) - (a.votes ?? -1) || a.position - b.position);
}

/** The number each item wears in its cell and in the legend: its place in `ordered`, from 1. */
export function legendNumbers(ordered: readonly { id: string }[]): Map<string, number> {
  return new Map(ordered.map((item, index) => [item.id, index + 1]));
}

/** One arrow-key step on the matrix: clamped to 1..5; from the tray an item lands in the middle. */
export function nudge(p: Placement | null, key: 'up' | 'down' | 'left' | 'right'): Placement {
  if (p === null) return { impact: 3, effort: 3 };
  const from = p;
  const clamp = (v: number) => Math.min(MATRIX_MAX, Math.max(MATRIX_MIN, v));
  switch (key) {
    case 'up':
      return { ...from, impact: clamp(from.impact + 1) };
    case 'down':
      return { ...from, impact: clamp(from.impact - 1) };
    case 'right':
      return { ...from, effort: clamp(from.effort + 1) };
    case 'left':
      return { ...from, effort: clamp(from.effort - 1) };
  }
}

/** Whether a next step's link points at this matrix item (or at the vote item it came from). */
export function linksTo(link: MatrixItemLink | null, matrixId: string, item: Pick<MatrixItem, 'id' | 'source'>): boolean {
  if (link === null) return false;
  if (link.kind === 'matrixItem') return link.matrixId === matrixId && link.itemId === item.id;
  return item.source.kind === 'voteItem' && item.source.sessionId === link.sessionId && item.source.itemId === link.itemId;
}

/* ---------- inputs ---------- */

const labelSchema = z.string().trim().max(MAX_AXIS_LABEL);

export const matrixCreateSchema = z
  .object({
    workshopId: idSchema,
    stepId: idSchema.nullable().default(null),
    title: z.string().trim().max(MAX_MATRIX_TITLE).default(''),
    /** A revealed vote to take the top items from, or null for an empty matrix filled by hand. */
    sessionId: idSchema.nullable().default(null),
    topN: z.number().int().min(1).max(MAX_TOP_N).default(DEFAULT_TOP_N),
  })
  .strict();
export type MatrixCreate = z.infer<typeof matrixCreateSchema>;


export const matrixPatchSchema = z
  .object({ title: z.string().trim().max(MAX_MATRIX_TITLE), verticalLabel: labelSchema, horizontalLabel: labelSchema })
  .partial()
  .strict();
export type MatrixPatch = z.infer<typeof matrixPatchSchema>;

/** What "Make an action" asks: the action's text (the item's by default), its CX domain, owner and due date. */
export const makeActionSchema = z
  .object({
    text: z.string().trim().min(1).max(MAX_MATRIX_ITEM_TEXT).optional(),
    domain: cxDomainSchema,
    owner: z.string().trim().max(120).default(''),
    dueDate: dateSchema.nullable().default(null),
  })
  .strict();
export type MakeAction = z.infer<typeof makeActionSchema>;

/** A workshop's matrices as every view holds them, with where its undo stands. */
export interface WorkshopMatrices {
  workshopId: string;
  matrices: Matrix[];
  canUndo: boolean;
  canRedo: boolean;
}
