import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { BUILTIN_AVATARS, MAX_PERSONAS, MAX_SECTIONS } from '../../../shared/domain/board';
import { DEFAULT_PERSONA_SECTIONS, defaultPersonaName } from '../../../shared/templates/defaults';
import { deleteRow, insertRow, updateRow, writePositions, type AvatarRow, type PersonaRow } from '../../store/board-tables';
import { clearPrimary, personaIds, sectionIds } from '../../store/board-structure-repo';
import { avatarDataUrl } from './avatar-image';
import {
  editBoard,
  personaOf,
  requirePermutation,
  requireRoom,
  requireRow,
  workshopOf,
} from './edit';
import type { ServiceContext } from '../context';
import { newId } from '../workshops';

/** Personas and their sections. Every service is one editBoard: one transaction, one undo step. */
export function personaCreate(ctx: ServiceContext, { workshopId, name }: ParsedInputOf<'personaCreate'>): OutputOf<'personaCreate'> {
  const { board, result: id } = editBoard(
    ctx,
    'personaCreate',
    () => workshopId,
    ({ db, workshop, now }) => {
      const order = personaIds(db, workshop.id);
      requireRoom(order.length, MAX_PERSONAS, 'personas in a workshop');
      const id = newId();
      insertRow(db, 'personas', {
        id,
        workshop_id: workshop.id,
        position: order.length,
        name: name || defaultPersonaName(order.length + 1),
        role: '',
        age_range: '',
        quote: '',
        bio: '',
        is_primary: 0,
        created_at: now,
        updated_at: now,
      });
      // Built-in avatars in turn, so the personas of a workshop tell apart at a glance.
      const key = BUILTIN_AVATARS[order.length % BUILTIN_AVATARS.length] ?? 'sun';
      insertRow(db, 'persona_avatars', { persona_id: id, workshop_id: workshop.id, kind: 'builtin', builtin_key: key, image: null });
      const fromWorkshop = workshop.boardDefaults.personaSections;
      const titles = fromWorkshop.length > 0 ? fromWorkshop : DEFAULT_PERSONA_SECTIONS.map((text) => text[workshop.language]);
      titles.slice(0, MAX_SECTIONS).forEach((title, position) => {
        insertRow(db, 'persona_sections', { id: newId(), workshop_id: workshop.id, persona_id: id, position, title, hidden: 0, color: null });
      });
      return id;
    },
  );
  return personaOf(board, id);
}

export function personaUpdate(ctx: ServiceContext, { personaId, patch }: ParsedInputOf<'personaUpdate'>): OutputOf<'personaUpdate'> {
  const { board } = editBoard(ctx, 'personaUpdate', workshopOf('personas', personaId), ({ db, workshop, now }) => {
    const changes: Partial<PersonaRow> = {};
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.role !== undefined) changes.role = patch.role;
    if (patch.ageRange !== undefined) changes.age_range = patch.ageRange;
    if (patch.quote !== undefined) changes.quote = patch.quote;
    if (patch.bio !== undefined) changes.bio = patch.bio;
    if (patch.primary !== undefined) {
      if (patch.primary) clearPrimary(db, workshop.id);
      changes.is_primary = patch.primary ? 1 : 0;
    }
    if (Object.keys(changes).length > 0) updateRow(db, 'personas', personaId, { ...changes, updated_at: now });
  });
  return personaOf(board, personaId);
}

export function personaSetAvatar(ctx: ServiceContext, { personaId, avatar }: ParsedInputOf<'personaSetAvatar'>): OutputOf<'personaSetAvatar'> {
  const { board } = editBoard(ctx, 'personaSetAvatar', workshopOf('personas', personaId), ({ db, workshop, now }) => {
    const row: AvatarRow = { persona_id: personaId, workshop_id: workshop.id, kind: avatar.kind, builtin_key: null, image: null };
    if (avatar.kind === 'builtin') row.builtin_key = avatar.key;
    if (avatar.kind === 'image') row.image = avatarDataUrl(avatar.mime, avatar.dataBase64);
    if (updateRow(db, 'persona_avatars', personaId, row) === 0) insertRow(db, 'persona_avatars', row);
    updateRow(db, 'personas', personaId, { updated_at: now });
  });
  return personaOf(board, personaId);
}

export function personaDelete(ctx: ServiceContext, { personaId }: ParsedInputOf<'personaDelete'>): OutputOf<'personaDelete'> {
  return editBoard(ctx, 'personaDelete', workshopOf('personas', personaId), ({ db, workshop }) => {
    // Its sections and cards go with it (cascade); its journey maps stay, as generic maps.
    deleteRow(db, 'personas', personaId);
    writePositions(db, 'personas', personaIds(db, workshop.id));
  }).board;
}

export function personasReorder(ctx: ServiceContext, { workshopId, personaIds: wanted }: ParsedInputOf<'personasReorder'>): OutputOf<'personasReorder'> {
  return editBoard(
    ctx,
    'personasReorder',
    () => workshopId,
    ({ db }) => {
      requirePermutation(wanted, personaIds(db, workshopId), 'personaIds');
      writePositions(db, 'personas', wanted);
    },
  ).board;
}

export function sectionAdd(ctx: ServiceContext, { personaId, title }: ParsedInputOf<'sectionAdd'>): OutputOf<'sectionAdd'> {
  const { board } = editBoard(ctx, 'sectionAdd', workshopOf('personas', personaId), ({ db, workshop }) => {
    const order = sectionIds(db, personaId);
    requireRoom(order.length, MAX_SECTIONS, 'sections in a persona');
    insertRow(db, 'persona_sections', {
      id: newId(),
      workshop_id: workshop.id,
      persona_id: personaId,
      position: order.length,
      title,
      hidden: 0,
      color: null,
    });
  });
  return personaOf(board, personaId);
}

export function sectionUpdate(ctx: ServiceContext, { sectionId, patch }: ParsedInputOf<'sectionUpdate'>): OutputOf<'sectionUpdate'> {
  const { board, result: personaId } = editBoard(ctx, 'sectionUpdate', workshopOf('persona_sections', sectionId), ({ db }) => {
    const section = requireRow(db, 'persona_sections', sectionId);
    updateRow(db, 'persona_sections', sectionId, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.hidden !== undefined ? { hidden: patch.hidden ? 1 : 0 } : {}),
    });
    return section.persona_id;
  });
  return personaOf(board, personaId);
}

/** The colour of the section's new cards; null gives it back the template's (sectionColor). */
export function sectionSetColor(ctx: ServiceContext, { sectionId, color }: ParsedInputOf<'sectionSetColor'>): OutputOf<'sectionSetColor'> {
  const { board, result: personaId } = editBoard(ctx, 'sectionSetColor', workshopOf('persona_sections', sectionId), ({ db }) => {
    const section = requireRow(db, 'persona_sections', sectionId);
    updateRow(db, 'persona_sections', sectionId, { color });
    return section.persona_id;
  });
  return personaOf(board, personaId);
}

export function sectionRemove(ctx: ServiceContext, { sectionId }: ParsedInputOf<'sectionRemove'>): OutputOf<'sectionRemove'> {
  const { board, result: personaId } = editBoard(ctx, 'sectionRemove', workshopOf('persona_sections', sectionId), ({ db }) => {
    const section = requireRow(db, 'persona_sections', sectionId);
    // Its cards go with it (cascade), and come back with an undo.
    deleteRow(db, 'persona_sections', sectionId);
    writePositions(db, 'persona_sections', sectionIds(db, section.persona_id));
    return section.persona_id;
  });
  return personaOf(board, personaId);
}

export function sectionsReorder(ctx: ServiceContext, { personaId, sectionIds: wanted }: ParsedInputOf<'sectionsReorder'>): OutputOf<'sectionsReorder'> {
  const { board } = editBoard(ctx, 'sectionsReorder', workshopOf('personas', personaId), ({ db }) => {
    requirePermutation(wanted, sectionIds(db, personaId), 'sectionIds');
    writePositions(db, 'persona_sections', wanted);
  });
  return personaOf(board, personaId);
}
