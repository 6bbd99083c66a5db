import { z } from 'zod';

/** A card's colours (sticky notes), on their own so that what names a colour needs none of the board's types. */
export const CARD_COLORS = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey'] as const;
export const cardColorSchema = z.enum(CARD_COLORS);
export type CardColor = z.infer<typeof cardColorSchema>;
