import { z } from 'zod';
import {
  BUILTIN_AVATARS,
  EMOTION_MAX,
  EMOTION_MIN,
  MAX_CARD_TEXT,
  cardColorSchema,
  containerSchema,
  measureTypeSchema,
  type Board,
  type Card,
  type CardGroup,
  type JourneyMap,
  type Persona,
} from '../../domain/board';
import { groupTitleSchema } from '../../domain/card-groups';
import { idSchema } from '../../domain/workshop';
import { channel } from '../channel';

/** The most cards one groupFromCards call may group. */
export const MAX_GROUP_CARDS = 100;
const text = (max: number) => z.string().trim().max(max);
const title = z.string().trim().min(1).max(120);
/** 5 MB of image bytes, base64-encoded. */
export const MAX_IMAGE_BASE64 = Math.ceil((5 * 1024 * 1024 * 4) / 3) + 4;

export const avatarInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), key: z.enum(BUILTIN_AVATARS) }).strict(),
  z.object({ kind: z.literal('initials') }).strict(),
  z
    .object({
      kind: z.literal('image'),
      mime: z.enum(['image/png', 'image/jpeg']),
      dataBase64: z.string().min(8).max(MAX_IMAGE_BASE64).regex(/^[A-Za-z0-9+/]+=*$/, 'Not base64'),
    })
    .strict(),
]);

const cardFields = {
  text: z.string().trim().min(1).max(MAX_CARD_TEXT),
  color: cardColorSchema,
  author: text(80).nullable(),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  momentOfTruthId: idSchema.nullable(),
  measureType: measureTypeSchema.nullable(),
};

export const boardChannels = {
  /** Every persona and journey map of a workshop, with their cards. */
  boardGet: channel<Board>()(z.object({ workshopId: idSchema }).strict()),
  boardUndo: channel<Board>()(z.object({ workshopId: idSchema }).strict()),
  boardRedo: channel<Board>()(z.object({ workshopId: idSchema }).strict()),

  personaCreate: channel<Persona>()(z.object({ workshopId: idSchema, name: text(80).optional() }).strict()),
  personaUpdate: channel<Persona>()(
    z
      .object({
        personaId: idSchema,
        patch: z
          .object({
            name: z.string().trim().min(1).max(80),
            role: text(120),
            ageRange: text(40),
            quote: text(300),
            bio: text(1200),
            primary: z.boolean(),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  personaSetAvatar: channel<Persona>()(z.object({ personaId: idSchema, avatar: avatarInputSchema }).strict()),
  personaDelete: channel<Board>()(z.object({ personaId: idSchema }).strict()),
  personasReorder: channel<Board>()(z.object({ workshopId: idSchema, personaIds: z.array(idSchema).max(50) }).strict()),

  sectionAdd: channel<Persona>()(z.object({ personaId: idSchema, title }).strict()),
  sectionUpdate: channel<Persona>()(
    z.object({ sectionId: idSchema, patch: z.object({ title, hidden: z.boolean() }).partial().strict() }).strict(),
  ),
  /** The colour of a section's new cards; null follows the template's for its title. */
  sectionSetColor: channel<Persona>()(z.object({ sectionId: idSchema, color: cardColorSchema.nullable() }).strict()),
  sectionRemove: channel<Persona>()(z.object({ sectionId: idSchema }).strict()),
  sectionsReorder: channel<Persona>()(z.object({ personaId: idSchema, sectionIds: z.array(idSchema).max(40) }).strict()),

  journeyCreate: channel<JourneyMap>()(
    z.object({ workshopId: idSchema, personaId: idSchema.nullable(), title: text(120).optional() }).strict(),
  ),
  journeyUpdate: channel<JourneyMap>()(
    z.object({ mapId: idSchema, patch: z.object({ title, personaId: idSchema.nullable() }).partial().strict() }).strict(),
  ),
  journeyDelete: channel<Board>()(z.object({ mapId: idSchema }).strict()),

  stageAdd: channel<JourneyMap>()(z.object({ mapId: idSchema, title, index: z.number().int().min(0).optional() }).strict()),
  stageRename: channel<JourneyMap>()(z.object({ stageId: idSchema, title }).strict()),
  stageRemove: channel<JourneyMap>()(z.object({ stageId: idSchema }).strict()),
  stagesReorder: channel<JourneyMap>()(z.object({ mapId: idSchema, stageIds: z.array(idSchema).max(30) }).strict()),

  laneAdd: channel<JourneyMap>()(z.object({ mapId: idSchema, title }).strict()),
  laneUpdate: channel<JourneyMap>()(
    z.object({ laneId: idSchema, patch: z.object({ title, hidden: z.boolean() }).partial().strict() }).strict(),
  ),
  laneRemove: channel<JourneyMap>()(z.object({ laneId: idSchema }).strict()),
  lanesReorder: channel<JourneyMap>()(z.object({ mapId: idSchema, laneIds: z.array(idSchema).max(40) }).strict()),

  /** Emotion score of a stage, −2..+2; null clears it. */
  emotionSet: channel<JourneyMap>()(
    z
      .object({
        mapId: idSchema,
        stageId: idSchema,
        score: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX).nullable(),
        note: text(300).optional(),
      })
      .strict(),
  ),

  cardCreate: channel<Card>()(
    z
      .object({
        workshopId: idSchema,
        container: containerSchema,
        text: cardFields.text,
        color: cardFields.color.optional(),
        author: cardFields.author.optional(),
        index: z.number().int().min(0).optional(),
      })
      .strict(),
  ),
  cardUpdate: channel<Card>()(z.object({ cardId: idSchema, patch: z.object(cardFields).partial().strict() }).strict()),
  cardDelete: channel<Board>()(z.object({ cardId: idSchema }).strict()),
  /** Shows every hidden card (silent writing) at its place: one undoable board edit. */
  boardReveal: channel<{ revealed: number }>()(z.object({ workshopId: idSchema }).strict()),
  /** Moves a card to a container (same or another) at an index; the others shift. */
  cardMove: channel<Card>()(z.object({ cardId: idSchema, to: containerSchema, index: z.number().int().min(0) }).strict()),

  /*
   * Card groups (see shared/domain/card-groups.ts) and duplicates. Each call is one undoable board
   * edit; a group never outlives its last card.
   */
  /** Drops `cardId` onto the ungrouped `targetCardId`: both become a new group in the target's container. */
  groupCreate: channel<CardGroup>()(
    z.object({ workshopId: idSchema, cardId: idSchema, targetCardId: idSchema, title: groupTitleSchema.optional() }).strict(),
  ),
  /** Groups cards of one container under a title (accepting a suggestion). */
  groupFromCards: channel<CardGroup>()(
    z
      .object({
        workshopId: idSchema,
        cardIds: z.array(idSchema).min(2).max(MAX_GROUP_CARDS),
        title: groupTitleSchema,
      })
      .strict(),
  ),
  /** Puts a card into a group, after its last card (moving it into the group's container if needed). */
  groupJoin: channel<Card>()(z.object({ workshopId: idSchema, cardId: idSchema, groupId: idSchema }).strict()),
  /** Takes a card out of its group: it stays in its container, right after the group. */
  groupLeave: channel<Card>()(z.object({ workshopId: idSchema, cardId: idSchema }).strict()),
  groupRename: channel<CardGroup>()(z.object({ workshopId: idSchema, groupId: idSchema, title: groupTitleSchema }).strict()),
  groupCollapse: channel<CardGroup>()(z.object({ workshopId: idSchema, groupId: idSchema, collapsed: z.boolean() }).strict()),
  /** Ends a group: its cards stay where they are, ungrouped. */
  groupDissolve: channel<void>()(z.object({ workshopId: idSchema, groupId: idSchema }).strict()),
  /** Moves every card of `groupId` into `intoGroupId` (same container), after its cards; `groupId` ends. */
  groupMerge: channel<CardGroup>()(z.object({ workshopId: idSchema, groupId: idSchema, intoGroupId: idSchema }).strict()),
  /** `cardId` is a duplicate of `intoCardId` (same container): it disappears into it, text, author and votes kept. */
  cardMergeDuplicate: channel<Card>()(z.object({ workshopId: idSchema, cardId: idSchema, intoCardId: idSchema }).strict()),
};
