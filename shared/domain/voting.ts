import { z } from 'zod';
import type { CardContainer } from './board';
import { idSchema } from './workshop';

/**
 * Pain-point dot voting. Each voter has `dotsPerVoter` dots and may put at most `maxPerItem` on one
 * item. Tallies stay in main until the facilitator reveals: the facilitator's view, the presenter's
 * and every participant message carry who has voted, never how.
 */

export const MIN_DOTS = 1;
export const MAX_DOTS = 20;
export const MIN_PER_ITEM = 1;
export const MAX_PER_ITEM = 10;
export const MAX_VOTING_ITEMS = 100;
export const MAX_ITEM_TEXT = 500;
export const MAX_COMMENT = 1000;
export const MAX_VOTER_NAME = 80;

export const DEFAULT_VOTING_RULES: VotingRules = { dotsPerVoter: 5, maxPerItem: 3, anonymous: false };

export const votingRulesSchema = z
  .object({
    dotsPerVoter: z.number().int().min(MIN_DOTS).max(MAX_DOTS).default(5),
    maxPerItem: z.number().int().min(MIN_PER_ITEM).max(MAX_PER_ITEM).default(3),
    /** Anonymous: nobody's name is shown, only counts (who has voted, who has not). */
    anonymous: z.boolean().default(false),
  })
  .strict();
export interface VotingRules {
  dotsPerVoter: number;
  maxPerItem: number;
  anonymous: boolean;
}
export const votingRulesPatchSchema = z
  .object({
    dotsPerVoter: z.number().int().min(MIN_DOTS).max(MAX_DOTS),
    maxPerItem: z.number().int().min(MIN_PER_ITEM).max(MAX_PER_ITEM),
    anonymous: z.boolean(),
  })
  .partial()
  .strict();

/**
 * setup → open → closed → revealed. `reveal` is also allowed straight from open (it closes first);
 * `reopen` takes closed or revealed back to open (a revealed snapshot is then dropped until the
 * next reveal).
 */
export const VOTING_PHASES = ['setup', 'open', 'closed', 'revealed'] as const;
export type VotingPhase = (typeof VOTING_PHASES)[number];
export const PHASE_ACTIONS = ['open', 'close', 'reveal', 'reopen'] as const;
export type PhaseAction = (typeof PHASE_ACTIONS)[number];

/** The phase an action leads to from a phase, or null when it is not allowed. */
export function nextPhase(from: VotingPhase, action: PhaseAction): VotingPhase | null {
  switch (action) {
    case 'open':
      return from === 'setup' ? 'open' : null;
    case 'close':
      return from === 'open' ? 'closed' : null;
    case 'reveal':
      return from === 'open' || from === 'closed' ? 'revealed' : null;
    case 'reopen':
      return from === 'closed' || from === 'revealed' ? 'open' : null;
  }
}

/**
 * Where an item comes from: a journey map's pain-point card (a card in a lane of kind painPoints),
 * a persona's frustration card (a card in the persona section at the default "Frustrations"
 * position — see FRUSTRATIONS_SECTION in main/services/voting/candidates.ts), a card group of one
 * of those lists (its title, its cards listed beneath), or typed on the spot.
 */
export const VOTING_ITEM_SOURCES = ['painPoint', 'frustration', 'typed', 'group'] as const;
export type VotingItemSource = (typeof VOTING_ITEM_SOURCES)[number];

/** The card lists whose cards and groups can become items. */
export type CandidateList = 'painPoint' | 'frustration';

/** Where on the boards an item's card sits: for pain points the journey map and stage (so results can be read per stage), for frustrations the persona. */
export interface ItemOrigin {
  mapId: string | null;
  mapTitle: string | null;
  stageId: string | null;
  stageTitle: string | null;
  personaId: string | null;
  personaName: string | null;
}

/** What a group item carries of its group, snapshotted with the item like its text. */
export interface GroupItemFields {
  /** The group it came from (null when not a group, or the group has since ended). */
  sourceGroupId: string | null;
  /** The group's cards' texts when the item was made, in the group's order; [] when not a group. */
  members: string[];
  /** Those cards' ids, in the same order: revealed votes heat them on the board. [] when not a group. */
  memberCardIds: string[];
}

export interface VotingItem extends ItemOrigin, GroupItemFields {
  id: string;
  sessionId: string;
  position: number;
  /** Snapshot of the card text (a group's title) when the session was created; later edits do not change a vote. */
  text: string;
  /** The card it came from (null for typed and group items, or when that card has since been deleted). */
  sourceCardId: string | null;
  source: VotingItemSource;
  /** The facilitator's note on this item (optional; empty string when none). */
  comment: string;
}

/**
 * What can become a voting item, as offered to the facilitator when creating a session: a loose
 * card, or a group with its cards (whose cards are then not offered on their own).
 */
export type VotingCandidate = CardCandidate | GroupCandidate;

export interface CardCandidate extends ItemOrigin {
  kind: 'card';
  cardId: string;
  text: string;
  source: CandidateList;
  list: CandidateList;
  /** The card list it sits in (a pain-point cell or a frustrations section): grouping in setup stays within it. */
  container: CardContainer;
}

export interface GroupCandidate extends ItemOrigin {
  kind: 'group';
  groupId: string;
  /** The group's title, or its cards' texts when it has none yet (groupItemText). */
  text: string;
  source: 'group';
  list: CandidateList;
  members: { cardId: string; text: string }[];
  /** The card list it sits in. */
  container: CardContainer;
}

/** A group item's text: its title, or for a group not named yet its cards' texts joined. */
export function groupItemText(title: string, memberTexts: readonly string[]): string {
  const text = title.trim() || memberTexts.join(' · ');
  return text.length > MAX_ITEM_TEXT ? `${text.slice(0, MAX_ITEM_TEXT - 1)}…` : text;
}

/**
 * Who votes. phone: a participant on the LAN page; proxy: a named person without a phone whose dots
 * the facilitator enters; laptop: one voter of the pass-the-laptop round. The facilitator is never a
 * voter unless added as one (proxy or laptop) — they stay out of the vote by default.
 */
export const VOTER_KINDS = ['phone', 'proxy', 'laptop'] as const;
export type VoterKind = (typeof VOTER_KINDS)[number];

export interface Voter {
  id: string;
  /** Always null in anonymous mode (and for nameless phone or laptop voters). */
  name: string | null;
  kind: VoterKind;
  hasVoted: boolean;
}

export const voterNameSchema = z.string().trim().min(1).max(MAX_VOTER_NAME);

/** One voter's dots: item → count. Re-submitting replaces the whole ballot. */
export const ballotSchema = z
  .array(z.object({ itemId: idSchema, count: z.number().int().min(1).max(MAX_PER_ITEM) }).strict())
  .min(1)
  .max(MAX_VOTING_ITEMS);
export type Ballot = z.infer<typeof ballotSchema>;
export type BallotDot = Ballot[number];

/** The facilitator's (and presenter's) view of a session: who has voted, never the tallies before reveal. */
export interface VotingSessionView {
  id: string;
  workshopId: string;
  title: string;
  /** 1 for a first vote, 2 for a second round on the first one's top items, … */
  round: number;
  parentSessionId: string | null;
  phase: VotingPhase;
  rules: VotingRules;
  items: VotingItem[];
  /** Every voter of this session (phone participants appear once they have joined the workshop). */
  voters: Voter[];
  voterCount: number;
  votedCount: number;
  /** Names of those who have not voted yet (named mode only; [] in anonymous mode — use the counts). */
  notVotedNames: string[];
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  revealedAt: string | null;
  /** Only in phase revealed: the stored results; null in every other phase. */
  results: VotingResults | null;
}

/** Every session of a workshop, and the one the room is looking at (open, else the latest revealed/closed). */
export interface WorkshopVoting {
  workshopId: string;
  sessions: VotingSessionView[];
  currentSessionId: string | null;
}

export interface RankedItem extends GroupItemFields {
  itemId: string;
  text: string;
  source: VotingItemSource;
  sourceCardId: string | null;
  mapId: string | null;
  mapTitle: string | null;
  stageId: string | null;
  stageTitle: string | null;
  personaName: string | null;
  comment: string;
  votes: number;
  /** Competition ranking: ties share a rank and the next rank skips (1, 1, 3). */
  rank: number;
  /** Number of voters who put at least one dot on it. */
  voterCount: number;
}

export interface StageResults {
  mapId: string;
  mapTitle: string;
  stageId: string;
  stageTitle: string;
  /** Ranked within the stage (ranks recomputed inside the group). */
  items: RankedItem[];
  votes: number;
}

export interface VotingResults {
  sessionId: string;
  /** Ranked, most votes first; equal votes keep the session's item order. */
  items: RankedItem[];
  /** How many voters cast a ballot. */
  votersVoted: number;
  totalVotes: number;
  /** The highest vote count (for drawing bars); 0 when nobody voted. */
  maxVotes: number;
  /** Pain points grouped by journey stage, in map then stage order of appearance. */
  byStage: StageResults[];
  revealedAt: string;
}

/* ---------- pure rules ---------- */

export type BallotCheck = { ok: true; total: number } | { ok: false; reason: BallotProblem; message: string; itemId?: string };
export type BallotProblem = 'empty' | 'too_many_dots' | 'over_item_limit' | 'unknown_item' | 'duplicate_item' | 'bad_count';

/** Checks one ballot against the rules and the session's items; the server re-checks everything it receives. */
export function validateBallot(rules: VotingRules, items: readonly Pick<VotingItem, 'id'>[], dots: readonly BallotDot[]): BallotCheck {
  if (dots.length === 0) return { ok: false, reason: 'empty', message: 'Place at least one dot' };
  const known = new Set(items.map((i) => i.id));
  const seen = new Set<string>();
  let total = 0;
  for (const dot of dots) {
    if (!Number.isInteger(dot.count) || dot.count < 1) {
      return { ok: false, reason: 'bad_count', message: 'Each dot count must be a whole number of at least 1', itemId: dot.itemId };
    }
    if (!known.has(dot.itemId)) {
      return { ok: false, reason: 'unknown_item', message: 'This item is not part of the vote', itemId: dot.itemId };
    }
    if (seen.has(dot.itemId)) {
      return { ok: false, reason: 'duplicate_item', message: 'An item appears twice in the ballot', itemId: dot.itemId };
    }
    seen.add(dot.itemId);
    if (dot.count > rules.maxPerItem) {
      return {
        ok: false,
        reason: 'over_item_limit',
        message: `At most ${rules.maxPerItem} dots on one item`,
        itemId: dot.itemId,
      };
    }
    total += dot.count;
  }
  if (total > rules.dotsPerVoter) {
    return { ok: false, reason: 'too_many_dots', message: `At most ${rules.dotsPerVoter} dots in all` };
  }
  return { ok: true, total };
}

/** The dots a voter has placed so far, per item, while choosing. */
export type DotCounts = Readonly<Record<string, number>>;

export function dotsUsed(dots: DotCounts): number {
  return Object.values(dots).reduce((sum, n) => sum + n, 0);
}

/** Whether one more dot may go on this item: the caps validateBallot enforces, for every voting screen. */
export function canAddDot(rules: VotingRules, dots: DotCounts, itemId: string): boolean {
  return dotsUsed(dots) < rules.dotsPerVoter && (dots[itemId] ?? 0) < rules.maxPerItem;
}

export interface Tally {
  itemId: string;
  votes: number;
  voterCount: number;
}

/** Sums ballots per item; items without a dot get 0 when listed in `itemIds`. */
export function tally(ballots: readonly (readonly BallotDot[])[], itemIds: readonly string[] = []): Tally[] {
  const byItem = new Map<string, Tally>();
  for (const id of itemIds) byItem.set(id, { itemId: id, votes: 0, voterCount: 0 });
  for (const ballot of ballots) {
    for (const dot of ballot) {
      const t = byItem.get(dot.itemId) ?? { itemId: dot.itemId, votes: 0, voterCount: 0 };
      t.votes += dot.count;
      t.voterCount += 1;
      byItem.set(dot.itemId, t);
    }
  }
  return [...byItem.values()];
}

/**
 * Orders by votes (most first) with competition ranking — 10, 7, 7, 3 → ranks 1, 2, 2, 4. Equal
 * votes keep the input order, so the result is stable for the same tallies.
 */
export function rankItems<T extends { votes: number }>(tallies: readonly T[]): (T & { rank: number })[] {
  const sorted = tallies.map((t, index) => ({ t, index })).sort((a, b) => b.t.votes - a.t.votes || a.index - b.index);
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach(({ t }, i) => {
    const previous = ranked[i - 1];
    const rank = previous !== undefined && previous.votes === t.votes ? previous.rank : i + 1;
    ranked.push({ ...t, rank });
  });
  return ranked;
}

/** The items a second round keeps: every item ranked N or better, so a tie at the cut keeps all tied items. */
export function topItems<T extends { rank: number }>(ranked: readonly T[], n: number): T[] {
  return ranked.filter((item) => item.rank <= n);
}

/* ---------- sharing on the local network ---------- */

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const joinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'Not a join code');

/** A QR code as its module matrix (row-major, true = dark); the renderer draws rects, never an SVG string. */
export interface QrMatrix {
  /** What the code encodes: the first join URL, with the join code in its fragment. */
  text: string;
  size: number;
  modules: boolean[][];
}

export interface SharingStatus {
  active: boolean;
  /** The workshop participants join (null when sharing is off). */
  workshopId: string | null;
  port: number | null;
  /** http://<LAN address>:<port>/ for every LAN interface (the first is the likeliest). */
  urls: string[];
  /** Six characters from JOIN_CODE_ALPHABET; null when sharing is off. */
  joinCode: string | null;
  /** The first URL with the join code in its fragment (#CODE), as typed or scanned. */
  joinUrl: string | null;
  qr: QrMatrix | null;
  startedAt: string | null;
}

export const SHARING_OFF: SharingStatus = {
  active: false,
  workshopId: null,
  port: null,
  urls: [],
  joinCode: null,
  joinUrl: null,
  qr: null,
  startedAt: null,
};

/** A person who joined from their phone. */
export interface Participant {
  id: string;
  workshopId: string;
  name: string | null;
  /** A socket is open right now. */
  connected: boolean;
  joinedAt: string;
  lastSeenAt: string;
}

export const participantNameSchema = z.string().trim().max(MAX_VOTER_NAME);
