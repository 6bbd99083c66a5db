import { z } from 'zod';
import { MAX_CARD_TEXT, containerSchema, type LaneKind } from '../domain/board';
import type { Placement } from '../domain/matrix';
import type { Language } from '../domain/settings';
import { ballotSchema, joinCodeSchema, participantNameSchema, type BallotDot, type VotingPhase, type VotingRules } from '../domain/voting';
import type { StepKind } from '../domain/workshop';
import { idSchema } from '../domain/workshop';
import type { ErrorCode } from '../ipc/result';

/**
 * What a phone and the participant server say to each other. The phone joins over HTTP
 * (POST /join), then opens /ws and sends its token in the first message. Everything the server
 * sends is built for participants: the current step, the board's places to add a card, the open
 * vote's items and the phone's own dots — never anyone else's, and no tally before reveal.
 */

export const PARTICIPANT_TOKEN_BYTES = 32;
/** base64url of 32 random bytes. */
export const participantTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a participant token');

export const joinRequestSchema = z
  .object({ code: joinCodeSchema, name: participantNameSchema.optional() })
  .strict();
export type JoinRequest = z.input<typeof joinRequestSchema>;
export interface JoinAnswer {
  token: string;
  participantId: string;
  name: string | null;
}

const requestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), token: participantTokenSchema }).strict(),
  z
    .object({
      type: z.literal('addCard'),
      requestId,
      container: containerSchema,
      text: z.string().trim().min(1).max(MAX_CARD_TEXT),
    })
    .strict(),
  z.object({ type: z.literal('vote'), requestId, sessionId: idSchema, dots: ballotSchema }).strict(),
  /** A participant's own card on the current step's board, until the step ends. */
  z
    .object({
      type: z.literal('editCard'),
      requestId,
      cardId: idSchema,
      text: z.string().trim().min(1).max(MAX_CARD_TEXT),
    })
    .strict(),
  z.object({ type: z.literal('deleteCard'), requestId, cardId: idSchema }).strict(),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageInput = z.input<typeof clientMessageSchema>;

/**
 * A card as one phone may see it: revealed cards of everyone, and this phone's own hidden ones
 * (card-visibility.ts). The author is named as the workshop names authors; `mine` lets the phone
 * offer to edit and delete its own.
 */
export interface ParticipantCard {
  id: string;
  text: string;
  author: string | null;
  mine: boolean;
  hidden: boolean;
  /** The title of the card's group, when the board groups cards. */
  group: string | null;
}

/** Places a participant may add a card to, for the current step's board, with the cards it may see there. */
export type BoardTargets =
  | {
      kind: 'persona';
      personas: { id: string; name: string; sections: { id: string; title: string; cards: ParticipantCard[] }[] }[];
      silence: SilenceState | null;
    }
  | {
      kind: 'journey';
      maps: {
        id: string;
        title: string;
        stages: { id: string; title: string }[];
        lanes: { id: string; title: string; kind: LaneKind }[];
        /** Cards by cell. */
        cards: (ParticipantCard & { stageId: string; laneId: string })[];
      }[];
      silence: SilenceState | null;
    };

/** While the step runs in silence: how many ideas are hidden so far, from how many people. */
export interface SilenceState {
  ideas: number;
  people: number;
}

export interface ParticipantVote {
  sessionId: string;
  title: string;
  round: number;
  phase: Exclude<VotingPhase, 'setup'>;
  rules: VotingRules;
  /** `members`: a group item's cards' texts, shown beneath its title ([] for any other item). */
  items: { id: string; text: string; members: string[] }[];
  /** This phone's own dots, so a reloaded page shows them; null before it has voted. */
  myBallot: BallotDot[] | null;
  /** Only once revealed. */
  results: { items: { itemId: string; text: string; members: string[]; votes: number; rank: number }[]; votersVoted: number; maxVotes: number } | null;
}

/**
 * The current prioritisation step's matrix, read-only: each item's text, dots and place (null:
 * not placed yet). Axis labels '' mean the defaults (impact, effort) in the phone's language.
 */
export interface ParticipantMatrix {
  title: string;
  verticalLabel: string;
  horizontalLabel: string;
  /** `members`: a group item's cards' texts ([] for any other item). */
  items: { id: string; text: string; members: string[]; votes: number | null; placement: Placement | null }[];
}

export interface ParticipantState {
  /** `finished`: marked finished, or every step has been run (no current step after a start). */
  workshop: { title: string; language: Language; progress: 'not-started' | 'running' | 'finished' };
  step: { title: string; kind: StepKind; instructions: string; index: number; count: number } | null;
  /** The step's timer read at `serverNow`; the phone counts on from when it received it. */
  timer: { status: 'idle' | 'running' | 'paused'; remainingMs: number; durationMs: number } | null;
  /** Null when the current step has no board (voting, discussion, break). */
  board: BoardTargets | null;
  vote: ParticipantVote | null;
  /** Only during a prioritisation step that has its matrix. */
  matrix: ParticipantMatrix | null;
}

export type ServerMessage =
  | { type: 'welcome'; participant: { id: string; name: string | null } }
  | { type: 'state'; state: ParticipantState }
  | { type: 'ack'; requestId: number; action: 'addCard' | 'editCard' | 'deleteCard'; cardId: string }
  | { type: 'ack'; requestId: number; action: 'vote'; sessionId: string; dots: BallotDot[] }
  | { type: 'error'; requestId: number | null; code: ErrorCode; message: string };

/** WebSocket close codes the page acts on (4000–4999 are ours). */
export const CLOSE_CODES = {
  /** Token missing, unknown or sent too late: join again. */
  unauthorized: 4401,
  /** Removed by the facilitator, or the token belongs to another workshop: join again. */
  removed: 4403,
  /** Sharing stopped. */
  stopped: 4410,
  /** Too many messages. */
  rateLimited: 4429,
} as const;
