import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cellOf, createMap, createPersona, createWorkshop, getBoard } from './boards-api';
import type { HostProcess } from './host';

/** A screenshot of the page, under the name the board tests use. */
export { screenshot as shot } from './host';

/** Words of a filled workshop in each language: a persona with cards in every section, a map with a card in most cells. */
const WORDS = {
  en: {
    title: 'Hotel guest journey',
    persona: 'Léa Martin',
    role: 'Frequent business traveller',
    cards: ['Fast check-in, even late at night', 'Quiet room to work', 'Reliable Wi-Fi', 'Invoices by email, the same day', 'Recognised without repeating herself'],
    cell: (stage: string, lane: string) => `${lane} while at ${stage.toLowerCase()}`,
  },
  fr: {
    title: 'Parcours client hôtel',
    persona: 'Léa Martin',
    role: 'Voyageuse d’affaires fréquente',
    cards: ['Enregistrement rapide, même tard le soir', 'Une chambre calme pour travailler', 'Un Wi-Fi fiable', 'La facture par courriel, le jour même', 'Reconnue sans avoir à se répéter'],
    cell: (stage: string, lane: string) => `${lane} · ${stage.toLowerCase()}`,
  },
} as const;

export async function seedFilledWorkshop(h: HostProcess, language: 'en' | 'fr' = 'en'): Promise<Workshop> {
  const words = WORDS[language];
  const workshop = await createWorkshop(h, words.title, 'cx-discovery', language);
  // The interface in the workshop's language too.
  await call(h, 'settingsUpdate', { language });
  const lea = await createPersona(h, workshop, words.persona);
  await call(h, 'personaUpdate', { personaId: lea.id, patch: { role: words.role, ageRange: '35–45', primary: true } });
  const board = await getBoard(h, workshop);
  for (const [index, section] of board.personas[0]!.sections.entries()) {
    // Sections of different lengths: the layout must flow around a long one.
    const count = index === 0 ? 5 : index % 3 === 1 ? 1 : 3;
    for (const text of words.cards.slice(0, count)) await addCard(h, workshop, { kind: 'section', sectionId: section.id }, text);
  }
  const map = await createMap(h, workshop, lea.id);
  const stages = [...map.stages].sort((a, b) => a.position - b.position);
  const lanes = [...map.lanes].sort((a, b) => a.position - b.position).filter((lane) => lane.kind !== 'emotion');
  for (const [s, stage] of stages.entries()) {
    for (const [l, lane] of lanes.entries()) {
      if ((s + l) % 3 === 2) continue;
      await addCard(h, workshop, cellOf(map, stage.title, lane.title), words.cell(stage.title, lane.title));
    }
  }
  return workshop;
}
