import { describe, expect, test } from 'vitest';
import type { ErrorCode } from '../../shared/ipc/result';
import { startTestCore, type TestCore } from '../helpers/core';
import { addCards, board, boardWorkshop, cell, inSection, lane, section } from '../helpers/boards';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Two workshops with boards; requests below aim at the first. */
async function setUp(t: TestCore) {
  const workshop = await boardWorkshop(t, 'fr');
  const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: persona.id });
  const otherMap = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
  const needs = inSection(section(persona, 'Besoins').id);
  const [need] = await addCards(t, workshop.id, needs, ['Gagner du temps']);
  const [thought] = await addCards(t, workshop.id, cell(map, 0, 'thoughts'), ['Trop cher ?']);
  const [pain] = await addCards(t, workshop.id, cell(map, 0, 'painPoints'), ['Attente']);
  const [otherMoment] = await addCards(t, workshop.id, cell(otherMap, 0, 'momentsOfTruth'), ['Caisse']);

  const elsewhere = await boardWorkshop(t, 'en');
  const stranger = await t.call('personaCreate', { workshopId: elsewhere.id, name: 'Sam' });
  const strangerMap = await t.call('journeyCreate', { workshopId: elsewhere.id, personaId: null });
  const [strangerMoment] = await addCards(t, elsewhere.id, cell(strangerMap, 0, 'momentsOfTruth'), ['Checkout']);
  return {
    ...{ workshop, persona, map, otherMap, needs, stranger, strangerMap },
    ...{ need: need!, thought: thought!, pain: pain!, otherMoment: otherMoment!, strangerMoment: strangerMoment! },
  };
}
type Setup = Awaited<ReturnType<typeof setUp>>;

const base64 = (bytes: number[] | Buffer) => Buffer.from(bytes).toString('base64');

const REFUSALS: [string, (s: Setup) => [string, unknown], ErrorCode, string?][] = [
  ['a card text of 501 characters', (s) => ['cardCreate', { workshopId: s.workshop.id, container: s.needs, text: 'x'.repeat(501) }], 'invalid_input', 'text'],
  ['an edit to 501 characters', (s) => ['cardUpdate', { cardId: s.need.id, patch: { text: 'é'.repeat(501) } }], 'invalid_input', 'patch.text'],
  ['a blank card', (s) => ['cardCreate', { workshopId: s.workshop.id, container: s.needs, text: '   ' }], 'invalid_input', 'text'],
  ['an unknown colour', (s) => ['cardUpdate', { cardId: s.need.id, patch: { color: 'red' } }], 'invalid_input', 'patch.color'],
  ['a section colour that is not a card colour', (s) => ['sectionSetColor', { sectionId: section(s.persona, 'Besoins').id, color: 'gold' }], 'invalid_input', 'color'],
  ['a colour for an unknown section', () => ['sectionSetColor', { sectionId: 'no-such-section', color: 'green' }], 'not_found'],
  ['an unknown section', (s) => ['cardCreate', { workshopId: s.workshop.id, container: inSection('no-such-section'), text: 'x' }], 'not_found'],
  ['an unknown map', (s) => ['cardCreate', { workshopId: s.workshop.id, container: { ...cell(s.map, 0, 'actions'), mapId: 'no-such-map' }, text: 'x' }], 'not_found'],
  [
    'a cell naming a stage of another map',
    (s) => ['cardCreate', { workshopId: s.workshop.id, container: { ...cell(s.map, 0, 'actions'), stageId: s.otherMap.stages[0]!.id }, text: 'x' }],
    'invalid_input',
    'container.stageId',
  ],
  [
    'a move to a cell naming a lane of another map',
    (s) => ['cardMove', { cardId: s.thought.id, to: { ...cell(s.map, 1, 'thoughts'), laneId: lane(s.otherMap, 'thoughts').id }, index: 0 }],
    'invalid_input',
    'container.laneId',
  ],
  ['a container of another workshop', (s) => ['cardCreate', { workshopId: s.workshop.id, container: inSection(section(s.stranger, 'Needs').id), text: 'x' }], 'forbidden'],
  ['a move into another workshop', (s) => ['cardMove', { cardId: s.thought.id, to: cell(s.strangerMap, 0, 'thoughts'), index: 0 }], 'forbidden'],
  ['an unknown card', () => ['cardMove', { cardId: 'no-such-card', to: { kind: 'section', sectionId: 'no-such-section' }, index: 0 }], 'not_found'],
  ['a negative index', (s) => ['cardMove', { cardId: s.need.id, to: s.needs, index: -1 }], 'invalid_input', 'index'],
  ['severity 4', (s) => ['cardUpdate', { cardId: s.pain.id, patch: { severity: 4 } }], 'invalid_input', 'patch.severity'],
  ['a severity on a thought', (s) => ['cardUpdate', { cardId: s.thought.id, patch: { severity: 2 } }], 'invalid_input', 'patch.severity'],
  ['a measure type on a pain point', (s) => ['cardUpdate', { cardId: s.pain.id, patch: { measureType: 'perception' } }], 'invalid_input', 'patch.measureType'],
  ['a measure type on a persona card', (s) => ['cardUpdate', { cardId: s.need.id, patch: { measureType: 'predictive' } }], 'invalid_input', 'patch.measureType'],
  ['a moment of truth of another map', (s) => ['cardUpdate', { cardId: s.pain.id, patch: { momentOfTruthId: s.otherMoment.id } }], 'invalid_input', 'patch.momentOfTruthId'],
  ['a moment of truth of another workshop', (s) => ['cardUpdate', { cardId: s.pain.id, patch: { momentOfTruthId: s.strangerMoment.id } }], 'invalid_input', 'patch.momentOfTruthId'],
  ['a moment of truth that is a thought', (s) => ['cardUpdate', { cardId: s.pain.id, patch: { momentOfTruthId: s.thought.id } }], 'invalid_input', 'patch.momentOfTruthId'],
  ['an emotion score of 3', (s) => ['emotionSet', { mapId: s.map.id, stageId: s.map.stages[0]!.id, score: 3 }], 'invalid_input', 'score'],
  ['an emotion score of 1.5', (s) => ['emotionSet', { mapId: s.map.id, stageId: s.map.stages[0]!.id, score: 1.5 }], 'invalid_input', 'score'],
  [
    'bad avatar bytes with a PNG type',
    (s) => ['personaSetAvatar', { personaId: s.persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: base64(Buffer.from('GIF89a, not a png at all')) } }],
    'invalid_input',
    'avatar.dataBase64',
  ],
  [
    'JPEG bytes declared as PNG',
    (s) => ['personaSetAvatar', { personaId: s.persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: base64([0xff, 0xd8, 0xff, 0xe0, 0, 16]) } }],
    'invalid_input',
    'avatar.dataBase64',
  ],
  [
    'a 6 MB image',
    (s) => ['personaSetAvatar', { personaId: s.persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: base64(Buffer.concat([Buffer.from(PNG_HEADER), Buffer.alloc(6 * 1024 * 1024)])) } }],
    'invalid_input',
    'avatar.dataBase64',
  ],
  [
    'an image of 5 MB and one byte',
    (s) => ['personaSetAvatar', { personaId: s.persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: base64(Buffer.concat([Buffer.from(PNG_HEADER), Buffer.alloc(5 * 1024 * 1024 - 7)])) } }],
    'invalid_input',
    'avatar.dataBase64',
  ],
  [
    'base64 without its padding',
    (s) => ['personaSetAvatar', { personaId: s.persona.id, avatar: { kind: 'image', mime: 'image/png', dataBase64: base64([...PNG_HEADER, 1, 2]).replace(/=+$/, '') } }],
    'invalid_input',
    'avatar.dataBase64',
  ],
  ['an unknown built-in avatar', (s) => ['personaSetAvatar', { personaId: s.persona.id, avatar: { kind: 'builtin', key: 'dragon' } }], 'invalid_input', 'avatar.key'],
  ['an unknown field in a patch', (s) => ['personaUpdate', { personaId: s.persona.id, patch: { name: 'X', workshopId: 'elsewhere' } }], 'invalid_input'],
  ['removing a built-in lane', (s) => ['laneRemove', { laneId: lane(s.map, 'emotion').id }], 'conflict'],
  ['a lane order missing a lane', (s) => ['lanesReorder', { mapId: s.map.id, laneIds: s.map.lanes.slice(1).map((l) => l.id) }], 'invalid_input', 'laneIds'],
  ['a stage order naming a stage of another map', (s) => ['stagesReorder', { mapId: s.map.id, stageIds: [...s.map.stages.slice(1).map((st) => st.id), s.otherMap.stages[0]!.id] }], 'invalid_input', 'stageIds'],
  ['a section order of another persona', (s) => ['sectionsReorder', { personaId: s.persona.id, sectionIds: s.stranger.sections.map((st) => st.id) }], 'invalid_input', 'sectionIds'],
  ['a map for a persona of another workshop', (s) => ['journeyUpdate', { mapId: s.map.id, patch: { personaId: s.stranger.id } }], 'forbidden'],
];

describe('refused board requests change nothing', () => {
  test.each(REFUSALS)('%s', async (_what, request, code, field) => {
    const t = await startTestCore();
    const s = await setUp(t);
    const mine = await board(t, s.workshop.id);
    const theirs = await board(t, s.stranger.workshopId);
    t.clearEvents();

    const [channel, input] = request(s);
    const error = await t.refused(channel, input);

    expect(error.code).toBe(code);
    if (field) expect(error.field).toBe(field);
    expect(error.message.length).toBeGreaterThan(5);
    expect(await board(t, s.workshop.id)).toEqual(mine);
    expect(await board(t, s.stranger.workshopId)).toEqual(theirs);
    expect(t.eventsOf('boardChanged')).toEqual([]);
  });
});
