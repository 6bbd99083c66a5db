import { z } from 'zod';
import {
  makeActionSchema,
  matrixCreateSchema,
  matrixItemSourceSchema,
  matrixPatchSchema,
  placementSchema,
  type WorkshopMatrices,
} from '../../domain/matrix';
import type { NextStep } from '../../domain/next-steps';
import { idSchema } from '../../domain/workshop';
import { channel } from '../channel';

const workshopRef = z.object({ workshopId: idSchema }).strict();
const itemRef = { workshopId: idSchema, matrixId: idSchema, itemId: idSchema };

/** Prioritisation matrices: items from a vote or added by hand, placed on impact × effort, turned into actions. */
export const matrixChannels = {
  matricesList: channel<WorkshopMatrices>()(workshopRef),
  /** A matrix (for a prioritisation step, or free), filled with a revealed vote's top N items, ties at the cut kept. */
  matrixCreate: channel<WorkshopMatrices>()(matrixCreateSchema),
  matrixUpdate: channel<WorkshopMatrices>()(z.object({ workshopId: idSchema, matrixId: idSchema, patch: matrixPatchSchema }).strict()),
  matrixDelete: channel<WorkshopMatrices>()(z.object({ workshopId: idSchema, matrixId: idSchema }).strict()),
  /** A card (or a card group) added by hand; it waits in the tray. */
  matrixItemAdd: channel<WorkshopMatrices>()(
    z.object({ workshopId: idSchema, matrixId: idSchema, source: matrixItemSourceSchema.refine((s) => s.kind !== 'voteItem', 'Add a card or a group') }).strict(),
  ),
  /** Places, moves, or (placement null) takes an item back to the tray. */
  matrixItemPlace: channel<WorkshopMatrices>()(z.object({ ...itemRef, placement: placementSchema.nullable() }).strict()),
  matrixItemRemove: channel<WorkshopMatrices>()(z.object(itemRef).strict()),
  matrixUndo: channel<WorkshopMatrices>()(workshopRef),
  matrixRedo: channel<WorkshopMatrices>()(workshopRef),
  /** Makes an action (a next step) from a matrix item, linked to it. Answers the workshop's actions. */
  matrixItemMakeAction: channel<NextStep[]>()(z.object({ ...itemRef, action: makeActionSchema }).strict()),
  /** The same from a revealed vote's result. */
  voteItemMakeAction: channel<NextStep[]>()(
    z.object({ workshopId: idSchema, sessionId: idSchema, itemId: idSchema, action: makeActionSchema }).strict(),
  ),
};
