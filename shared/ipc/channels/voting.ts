import { z } from 'zod';
import { idSchema } from '../../domain/workshop';
import {
  DEFAULT_VOTING_RULES,
  MAX_COMMENT,
  MAX_ITEM_TEXT,
  MAX_VOTING_ITEMS,
  PHASE_ACTIONS,
  ballotSchema,
  votingRulesPatchSchema,
  votingRulesSchema,
  voterNameSchema,
  type Participant,
  type SharingStatus,
  type VotingCandidate,
  type VotingResults,
  type VotingSessionView,
  type WorkshopVoting,
} from '../../domain/voting';
import type { VotingTurnout } from '../../domain/voting-turnout';
import { channel } from '../channel';

const itemText = z.string().trim().min(1).max(MAX_ITEM_TEXT);
const sessionTitle = z.string().trim().max(120);
const bySession = z.object({ sessionId: idSchema }).strict();
const byWorkshop = z.object({ workshopId: idSchema }).strict();
const empty = z.object({}).strict();

/**
 * The facilitator's voting and sharing calls. Participants never reach these: they talk to the
 * participant server (main/participants/), which allows only participant actions.
 * Writes answer the session's new view (or the workshop's), and emit votingChanged.
 */
export const votingChannels = {
  /** Every session of a workshop, newest last, and the one the room is looking at. */
  votingSessionsList: channel<WorkshopVoting>()(byWorkshop),
  /**
   * Only what ballots change in that view (who has voted, the counts), for one session or, with
   * sessionId null, every session: what a view reads after a votingChanged push that is ballots only.
   */
  votingTurnout: channel<VotingTurnout>()(z.object({ workshopId: idSchema, sessionId: idSchema.nullable() }).strict()),
  /** Pain-point cards of the journey maps and persona frustration cards that can become items, as loose cards and groups. */
  votingCandidates: channel<VotingCandidate[]>()(byWorkshop),
  votingSessionCreate: channel<VotingSessionView>()(
    z
      .object({
        workshopId: idSchema,
        title: sessionTitle.optional(),
        /** Loose cards picked among votingCandidates, in this order; their text is copied into the items. */
        cardIds: z.array(idSchema).max(MAX_VOTING_ITEMS).default([]),
        /** Groups picked among votingCandidates, in this order, after the cards; title and cards' texts are copied. */
        groupIds: z.array(idSchema).max(MAX_VOTING_ITEMS).default([]),
        /** Items typed in on the spot, after the cards. */
        typedItems: z.array(itemText).max(MAX_VOTING_ITEMS).default([]),
        rules: votingRulesSchema.default(DEFAULT_VOTING_RULES),
      })
      .strict(),
  ),
  /** Title and rules; rules only in setup. */
  votingSessionUpdate: channel<VotingSessionView>()(
    z
      .object({
        sessionId: idSchema,
        patch: z.object({ title: sessionTitle.optional(), rules: votingRulesPatchSchema.optional() }).strict(),
      })
      .strict(),
  ),
  votingSessionDelete: channel<WorkshopVoting>()(bySession),

  /** Items change only in setup (a typed item, or a candidate card or group by id). */
  votingItemAdd: channel<VotingSessionView>()(
    z
      .object({
        sessionId: idSchema,
        item: z.union([
          z.object({ text: itemText }).strict(),
          z.object({ cardId: idSchema }).strict(),
          z.object({ groupId: idSchema }).strict(),
        ]),
      })
      .strict(),
  ),
  votingItemUpdate: channel<VotingSessionView>()(z.object({ itemId: idSchema, text: itemText }).strict()),
  votingItemRemove: channel<VotingSessionView>()(z.object({ itemId: idSchema }).strict()),
  /** The facilitator's note on an item, any phase; '' clears it. */
  votingCommentSet: channel<VotingSessionView>()(
    z.object({ itemId: idSchema, comment: z.string().trim().max(MAX_COMMENT) }).strict(),
  ),

  /** open (from setup), close (from open), reveal (from open or closed), reopen (from closed or revealed). */
  votingPhaseSet: channel<VotingSessionView>()(z.object({ sessionId: idSchema, action: z.enum(PHASE_ACTIONS) }).strict()),
  /** A new session (setup, round + 1) on the revealed session's items ranked N or better (ties at the cut kept). */
  votingSecondRound: channel<VotingSessionView>()(
    z
      .object({
        sessionId: idSchema,
        topN: z.number().int().min(1).max(MAX_VOTING_ITEMS),
        rules: votingRulesSchema.optional(),
        title: sessionTitle.optional(),
      })
      .strict(),
  ),

  /**
   * Registers someone who will vote without a phone (shown in "not voted yet"). This is also how the
   * facilitator takes part: they are never counted unless they add themselves.
   */
  votingVoterAdd: channel<VotingSessionView>()(
    z.object({ sessionId: idSchema, name: voterNameSchema, kind: z.enum(['proxy', 'laptop']).default('proxy') }).strict(),
  ),
  /** Removes a voter and their ballot (not possible once revealed). */
  votingVoterRemove: channel<VotingSessionView>()(z.object({ sessionId: idSchema, voterId: idSchema }).strict()),
  /**
   * Dots entered by the facilitator for a named person without a phone. Same caps as everyone;
   * the same name (case-insensitive) again replaces that person's ballot. Session must be open.
   */
  votingProxyBallot: channel<VotingSessionView>()(
    z.object({ sessionId: idSchema, name: voterNameSchema, dots: ballotSchema }).strict(),
  ),
  /**
   * Pass-the-laptop: one voter's whole ballot at once, as a new voter (a registered laptop voter
   * when voterId is given). Session must be open. The answer carries no tallies.
   */
  votingLaptopBallot: channel<VotingSessionView>()(
    z
      .object({
        sessionId: idSchema,
        name: voterNameSchema.nullable().default(null),
        voterId: idSchema.optional(),
        dots: ballotSchema,
      })
      .strict(),
  ),

  /** Ranked results; only once revealed (conflict otherwise). */
  votingResults: channel<VotingResults>()(bySession),

  /** Starts the participant server on the local network for one workshop (port: default a free one). */
  sharingStart: channel<SharingStatus>()(
    z.object({ workshopId: idSchema, port: z.number().int().min(1024).max(65535).optional() }).strict(),
  ),
  /** Closes the server and every participant socket; the join code expires. */
  sharingStop: channel<SharingStatus>()(empty),
  sharingStatus: channel<SharingStatus>()(empty),

  /** Participants who joined this workshop from their phones, connected or not. */
  participantsList: channel<Participant[]>()(byWorkshop),
  /** Revokes the participant's token and closes their socket. */
  participantRemove: channel<Participant[]>()(z.object({ participantId: idSchema }).strict()),
};
