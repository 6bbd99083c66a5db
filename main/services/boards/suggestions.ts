import { sameContainer } from '../../../shared/domain/card-groups';
import { suggestGroups } from '../../../shared/domain/group-suggestions';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import { readBoardContent } from '../../store/board-read-repo';
import type { ServiceContext } from '../context';
import { requireWorkshop } from '../workshops';
import { resolveContainer } from './cards';

/**
 * Suggested groups for one card list, in the workshop's language (each note is still read in its
 * own: see note-text.ts), leaving out cards not revealed yet. Changes nothing: accepting a proposal is a groupFromCards.
 */
export function groupSuggest(ctx: ServiceContext, { workshopId, container }: ParsedInputOf<'groupSuggest'>): OutputOf<'groupSuggest'> {
  const db = ctx.store().db;
  const workshop = requireWorkshop(db, workshopId);
  resolveContainer(db, workshop.id, container);
  const { personas, journeyMaps } = readBoardContent(db, workshop.id);
  const cards =
    container.kind === 'section'
      ? (personas.flatMap((p) => p.sections).find((s) => s.id === container.sectionId)?.cards ?? [])
      : (journeyMaps.find((m) => m.id === container.mapId)?.cards ?? []).filter((c) => sameContainer(c.container, container));
  // A card still hidden by silent writing is nobody's to group yet (see card-visibility.ts).
  const inBoardOrder = cards.filter((card) => !card.hidden).sort((a, b) => a.position - b.position);
  return { suggestions: suggestGroups(inBoardOrder, workshop.language) };
}
