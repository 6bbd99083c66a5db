import type { CardGroup } from '../../../shared/domain/board';
import { mergedFromAfter } from '../../../shared/domain/card-duplicates';
import { drawnOrder, orderAfterJoin, orderAfterLeave, sameContainer } from '../../../shared/domain/card-groups';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { cardFromRow, containerOfRow, groupFromRow, mergedFromValue } from '../../store/board-read-repo';
import { deleteRow, insertRow, updateRow, writePositions, type CardRow } from '../../store/board-tables';
import { dropGroupIfEmpty, memberIds, placedIn, retieMomentOfTruth } from '../../store/card-groups-repo';
import type { WritableDB } from '../../store/types';
import type { ServiceContext } from '../context';
import { newId } from '../workshops';
import { cardNow, relocateCard, resolveContainer, writeDrawnOrder } from './cards';
import { editBoard, requireInWorkshop, requireRow } from './edit';

/**
 * Card groups and duplicates. Every service is one undoable editBoard; the order rule and what a
 * merge keeps live in shared/domain (card-groups, card-duplicates). A group never outlives its
 * last card, and a card is only ever in a group of its own container.
 */
export function groupCreate(ctx: ServiceContext, { workshopId, cardId, targetCardId, title }: ParsedInputOf<'groupCreate'>): OutputOf<'groupCreate'> {
  const { result: groupId } = editBoard(
    ctx,
    'groupCreate',
    () => workshopId,
    ({ db, workshop, now }) => {
      if (cardId === targetCardId) throw new AppError('invalid_input', 'targetCardId: a card cannot be grouped with itself', 'targetCardId');
      const target = requireInWorkshop(db, 'cards', targetCardId, workshop.id);
      const card = requireInWorkshop(db, 'cards', cardId, workshop.id);
      if (target.group_id !== null) throw new AppError('conflict', 'The target card is already in a group: join that group instead');
      const container = containerOfRow(target);
      // Dropped from another container, the card comes along into the target's (as groupJoin does).
      relocateCard(db, card, resolveContainer(db, workshop.id, container), now);
      const id = newGroup(db, workshop.id, target, title ?? '', now);
      updateRow(db, 'cards', targetCardId, { group_id: id, updated_at: now });
      updateRow(db, 'cards', cardId, { group_id: id, updated_at: now });
      writePositions(db, 'cards', orderAfterJoin(placedIn(db, container), cardId, id));
      dropGroupIfEmpty(db, card.group_id);
      return id;
    },
  );
  return groupNow(ctx, groupId);
}

export function groupFromCards(ctx: ServiceContext, { workshopId, cardIds, title }: ParsedInputOf<'groupFromCards'>): OutputOf<'groupFromCards'> {
  const { result: groupId } = editBoard(
    ctx,
    'groupFromCards',
    () => workshopId,
    ({ db, workshop, now }) => {
      if (new Set(cardIds).size !== cardIds.length) throw new AppError('invalid_input', 'cardIds: a card is named twice', 'cardIds');
      const cards = cardIds.map((id) => requireInWorkshop(db, 'cards', id, workshop.id));
      const first = cards[0];
      if (!first) throw new AppError('invalid_input', 'cardIds: at least two cards', 'cardIds');
      const container = containerOfRow(first);
      if (!cards.every((card) => sameContainer(containerOfRow(card), container))) {
        throw new AppError('invalid_input', 'cardIds: the cards of a group must be in one section or one journey cell', 'cardIds');
      }
      const id = newGroup(db, workshop.id, first, title, now);
      for (const card of cards) updateRow(db, 'cards', card.id, { group_id: id, updated_at: now });
      // The group is drawn where the first of its cards sat, its cards in their order.
      writePositions(db, 'cards', drawnOrder(placedIn(db, container)));
      for (const card of cards) dropGroupIfEmpty(db, card.group_id);
      return id;
    },
  );
  return groupNow(ctx, groupId);
}

export function groupJoin(ctx: ServiceContext, { workshopId, cardId, groupId }: ParsedInputOf<'groupJoin'>): OutputOf<'groupJoin'> {
  editBoard(
    ctx,
    'groupJoin',
    () => workshopId,
    ({ db, workshop, now }) => {
      const group = requireInWorkshop(db, 'card_groups', groupId, workshop.id);
      const card = requireInWorkshop(db, 'cards', cardId, workshop.id);
      // Already there: nothing to do (a second drop of the same card, or a slow double click).
      if (card.group_id === groupId) return;
      const container = containerOfRow(group);
      relocateCard(db, card, resolveContainer(db, workshop.id, container), now);
      updateRow(db, 'cards', cardId, { group_id: groupId, updated_at: now });
      writePositions(db, 'cards', orderAfterJoin(placedIn(db, container), cardId, groupId));
      dropGroupIfEmpty(db, card.group_id);
    },
  );
  return cardNow(ctx, cardId);
}

export function groupLeave(ctx: ServiceContext, { workshopId, cardId }: ParsedInputOf<'groupLeave'>): OutputOf<'groupLeave'> {
  editBoard(
    ctx,
    'groupLeave',
    () => workshopId,
    ({ db, workshop, now }) => {
      const card = requireInWorkshop(db, 'cards', cardId, workshop.id);
      // Out of every group already: nothing to do.
      if (card.group_id === null) return;
      const container = containerOfRow(card);
      const order = orderAfterLeave(placedIn(db, container), cardId, card.group_id);
      updateRow(db, 'cards', cardId, { group_id: null, updated_at: now });
      writePositions(db, 'cards', order);
      dropGroupIfEmpty(db, card.group_id);
    },
  );
  return cardNow(ctx, cardId);
}

export function groupRename(ctx: ServiceContext, { workshopId, groupId, title }: ParsedInputOf<'groupRename'>): OutputOf<'groupRename'> {
  editBoard(
    ctx,
    'groupRename',
    () => workshopId,
    ({ db, workshop, now }) => {
      const group = requireInWorkshop(db, 'card_groups', groupId, workshop.id);
      if (group.title !== title) updateRow(db, 'card_groups', groupId, { title, updated_at: now });
    },
  );
  return groupNow(ctx, groupId);
}

export function groupCollapse(ctx: ServiceContext, { workshopId, groupId, collapsed }: ParsedInputOf<'groupCollapse'>): OutputOf<'groupCollapse'> {
  editBoard(
    ctx,
    'groupCollapse',
    () => workshopId,
    ({ db, workshop }) => {
      const group = requireInWorkshop(db, 'card_groups', groupId, workshop.id);
      // Folding is a view of the group, not an edit of it: updated_at stays.
      if ((group.collapsed === 1) !== collapsed) updateRow(db, 'card_groups', groupId, { collapsed: collapsed ? 1 : 0 });
    },
  );
  return groupNow(ctx, groupId);
}

export function groupDissolve(ctx: ServiceContext, { workshopId, groupId }: ParsedInputOf<'groupDissolve'>): OutputOf<'groupDissolve'> {
  editBoard(
    ctx,
    'groupDissolve',
    () => workshopId,
    ({ db, workshop, now }) => {
      requireInWorkshop(db, 'card_groups', groupId, workshop.id);
      // The cards stay where they are (the group's cards are already consecutive), ungrouped.
      for (const id of memberIds(db, groupId)) updateRow(db, 'cards', id, { group_id: null, updated_at: now });
      deleteRow(db, 'card_groups', groupId);
    },
  );
}

export function groupMerge(ctx: ServiceContext, { workshopId, groupId, intoGroupId }: ParsedInputOf<'groupMerge'>): OutputOf<'groupMerge'> {
  editBoard(
    ctx,
    'groupMerge',
    () => workshopId,
    ({ db, workshop, now }) => {
      if (groupId === intoGroupId) throw new AppError('invalid_input', 'intoGroupId: a group cannot be merged into itself', 'intoGroupId');
      const group = requireInWorkshop(db, 'card_groups', groupId, workshop.id);
      const into = requireInWorkshop(db, 'card_groups', intoGroupId, workshop.id);
      const container = containerOfRow(into);
      if (!sameContainer(containerOfRow(group), container)) {
        throw new AppError('invalid_input', 'intoGroupId: only groups of the same section or journey cell can be merged', 'intoGroupId');
      }
      // The moved cards follow the kept group's, in their own order.
      // One card at a time, each after the kept group's last card (a merge is a few cards).
      for (const id of memberIds(db, groupId)) {
        updateRow(db, 'cards', id, { group_id: intoGroupId, updated_at: now });
        writePositions(db, 'cards', orderAfterJoin(placedIn(db, container), id, intoGroupId));
      }
      deleteRow(db, 'card_groups', groupId);
      // A nameless group takes the other's name rather than losing it.
      if (into.title === '' && group.title !== '') updateRow(db, 'card_groups', intoGroupId, { title: group.title, updated_at: now });
    },
  );
  return groupNow(ctx, intoGroupId);
}

export function cardMergeDuplicate(ctx: ServiceContext, { workshopId, cardId, intoCardId }: ParsedInputOf<'cardMergeDuplicate'>): OutputOf<'cardMergeDuplicate'> {
  editBoard(
    ctx,
    'cardMergeDuplicate',
    () => workshopId,
    ({ db, workshop, now }) => {
      if (cardId === intoCardId) throw new AppError('invalid_input', 'intoCardId: a card cannot be merged into itself', 'intoCardId');
      const card = requireInWorkshop(db, 'cards', cardId, workshop.id);
      const into = requireInWorkshop(db, 'cards', intoCardId, workshop.id);
      if (!sameContainer(containerOfRow(card), containerOfRow(into))) {
        throw new AppError('invalid_input', 'intoCardId: duplicates are merged within one section or one journey cell', 'intoCardId');
      }
      const kept = cardFromRow(into);
      const merged = mergedFromAfter(kept, cardFromRow(card));
      updateRow(db, 'cards', intoCardId, {
        merged_from: mergedFromValue(merged),
        severity: into.severity ?? card.severity,
        moment_of_truth_id: into.moment_of_truth_id ?? card.moment_of_truth_id,
        measure_type: into.measure_type ?? card.measure_type,
        updated_at: now,
      });
      retieMomentOfTruth(db, cardId, intoCardId);
      deleteRow(db, 'cards', cardId);
      dropGroupIfEmpty(db, card.group_id);
      writeDrawnOrder(db, containerOfRow(into));
    },
  );
  return cardNow(ctx, intoCardId);
}

/** A new group in the container of `anchor` (a card row of this workshop). */
function newGroup(db: WritableDB, workshopId: string, anchor: CardRow, title: string, now: string): string {
  const id = newId();
  insertRow(db, 'card_groups', {
    id,
    workshop_id: workshopId,
    section_id: anchor.section_id,
    map_id: anchor.map_id,
    stage_id: anchor.stage_id,
    lane_id: anchor.lane_id,
    title,
    collapsed: 0,
    created_at: now,
    updated_at: now,
  });
  return id;
}

function groupNow(ctx: ServiceContext, groupId: string): CardGroup {
  return groupFromRow(requireRow(ctx.store().db, 'card_groups', groupId));
}
