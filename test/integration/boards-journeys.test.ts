import { describe, expect, test } from 'vitest';
import { LANE_KINDS } from '../../shared/domain/board';
import { DEFAULT_JOURNEY_STAGES, DEFAULT_LANES } from '../../shared/templates/defaults';
import { startTestCore } from '../helpers/core';
import { addCards, board, boardWorkshop, cell, expectDenseBoard, lane, textsIn } from '../helpers/boards';

const BUILTIN_LANES = LANE_KINDS.filter((kind) => kind !== 'custom');

describe('creating a journey map', () => {
  test.each(['fr', 'en'] as const)('in a %s workshop: seven stages and ten lanes in that language', async (language) => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, language, 'journey');

    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });

    expect(map.stages.map((s) => s.title)).toEqual(DEFAULT_JOURNEY_STAGES.map((text) => text[language]));
    expect(map.lanes.map((l) => l.kind)).toEqual(BUILTIN_LANES);
    expect(map.lanes.map((l) => l.title)).toEqual(BUILTIN_LANES.map((kind) => DEFAULT_LANES[kind][language]));
    expect(map.lanes.every((l) => !l.hidden)).toBe(true);
    expect(map).toMatchObject({ workshopId: workshop.id, personaId: null, position: 0, cards: [], emotions: [] });
    expect(map.title).toBe(language === 'fr' ? 'Parcours client' : 'Customer journey');
  });

  test('French lanes use the words of the seeds', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'fr');
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    expect(map.lanes.map((l) => l.title)).toEqual([
      'Actions du client',
      'Points de contact / canaux',
      'Pensées',
      'Émotion',
      'Irritants',
      'Moments de vérité',
      'Front-office',
      'Back-office',
      'Opportunités',
      'Mesures',
    ]);
  });

  test.each([
    ['fr', 'Parcours — Léa'],
    ['en', 'Léa — journey'],
  ] as const)('a %s map drawn for a persona is named after it', async (language, title) => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, language);
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });

    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: persona.id });

    expect(map).toMatchObject({ personaId: persona.id, title });
  });

  test('a given title wins, and the map can be renamed and given to another persona', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null, title: 'Achat en ligne' });
    expect(map.title).toBe('Achat en ligne');

    const updated = await t.call('journeyUpdate', { mapId: map.id, patch: { title: 'Achat en boutique', personaId: persona.id } });

    expect(updated).toMatchObject({ title: 'Achat en boutique', personaId: persona.id });
  });

  test("a persona of another workshop is forbidden", async () => {
    const t = await startTestCore();
    const mine = await boardWorkshop(t);
    const other = await boardWorkshop(t);
    const stranger = await t.call('personaCreate', { workshopId: other.id });

    expect(await t.refused('journeyCreate', { workshopId: mine.id, personaId: stranger.id })).toMatchObject({ code: 'forbidden' });
  });

  test('stages come from the workshop when it has its own', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'en', 'voting');
    expect(workshop.boardDefaults.journeyStages).toEqual([]);
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    expect(map.stages).toHaveLength(7);
  });

  test('deleting a map closes the gap among the others', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const first = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null, title: 'Un' });
    await t.call('journeyCreate', { workshopId: workshop.id, personaId: null, title: 'Deux' });

    const b = await t.call('journeyDelete', { mapId: first.id });

    expect(b.journeyMaps.map((m) => [m.title, m.position])).toEqual([['Deux', 0]]);
  });
});

describe('stages', () => {
  test('are added at an index, renamed, reordered and removed with their cards and score', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'en');
    let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    const research = map.stages[1]!;
    await addCards(t, workshop.id, cell(map, 1, 'actions'), ['Compares prices']);
    await t.call('emotionSet', { mapId: map.id, stageId: research.id, score: -1 });

    map = await t.call('stageAdd', { mapId: map.id, title: 'Delivery', index: 3 });
    expect(map.stages.map((s) => s.title)).toEqual([
      'Need awareness',
      'Research',
      'Purchase',
      'Delivery',
      'Use',
      'Evaluation',
      'Loyalty',
      'Recommendation',
    ]);

    map = await t.call('stageRename', { stageId: research.id, title: 'Search' });
    expect(map.stages[1]?.title).toBe('Search');

    const reversed = map.stages.map((s) => s.id).reverse();
    map = await t.call('stagesReorder', { mapId: map.id, stageIds: reversed });
    expect(map.stages.map((s) => s.id)).toEqual(reversed);

    map = await t.call('stageRemove', { stageId: research.id });
    expect(map.stages.map((s) => s.title)).not.toContain('Search');
    expect(map.cards).toEqual([]);
    expect(map.emotions).toEqual([]);
    expectDenseBoard(await board(t, workshop.id));
  });

  test('an index past the end is refused', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    expect(await t.refused('stageAdd', { mapId: map.id, title: 'Plus', index: 8 })).toMatchObject({ code: 'invalid_input', field: 'index' });
  });

  test('the last stage of a map stays', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    for (const stage of map.stages.slice(1)) map = await t.call('stageRemove', { stageId: stage.id });

    expect(await t.refused('stageRemove', { stageId: map.stages[0]!.id })).toMatchObject({ code: 'conflict' });
  });
});

describe('lanes', () => {
  test('any lane can be hidden, renamed and reordered; a custom lane is added at the end', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t, 'en');
    let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });

    map = await t.call('laneUpdate', { laneId: lane(map, 'backstage').id, patch: { hidden: true, title: 'Back office' } });
    expect(lane(map, 'backstage')).toMatchObject({ hidden: true, title: 'Back office' });

    map = await t.call('laneAdd', { mapId: map.id, title: 'Competitors' });
    expect(map.lanes.at(-1)).toMatchObject({ kind: 'custom', title: 'Competitors', position: 10, hidden: false });

    const order = map.lanes.map((l) => l.id).reverse();
    map = await t.call('lanesReorder', { mapId: map.id, laneIds: order });
    expect(map.lanes.map((l) => l.id)).toEqual(order);
    expectDenseBoard(await board(t, workshop.id));
  });

  test('only a custom lane can be removed, and its cards go with it', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    map = await t.call('laneAdd', { mapId: map.id, title: 'Concurrents' });
    await addCards(t, workshop.id, cell(map, 0, 'custom'), ['Le supermarché']);

    expect(await t.refused('laneRemove', { laneId: lane(map, 'thoughts').id })).toMatchObject({ code: 'conflict' });
    map = await t.call('laneRemove', { laneId: lane(map, 'custom').id });

    expect(map.lanes.map((l) => l.kind)).toEqual(BUILTIN_LANES);
    expect(map.cards).toEqual([]);
  });
});

describe('the emotion curve', () => {
  test('each stage takes a score from −2 to +2 with an optional note, kept in stage order', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    const [s0, s1, s2] = map.stages;

    await t.call('emotionSet', { mapId: map.id, stageId: s2!.id, score: 2, note: 'Ravie' });
    await t.call('emotionSet', { mapId: map.id, stageId: s0!.id, score: -2 });
    map = await t.call('emotionSet', { mapId: map.id, stageId: s1!.id, score: 0 });

    expect(map.emotions).toEqual([
      { stageId: s0!.id, score: -2, note: '' },
      { stageId: s1!.id, score: 0, note: '' },
      { stageId: s2!.id, score: 2, note: 'Ravie' },
    ]);
  });

  test('a new score keeps the note unless a new one is given; null clears the stage', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    let map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    const stageId = map.stages[0]!.id;
    await t.call('emotionSet', { mapId: map.id, stageId, score: -1, note: 'Inquiète' });

    map = await t.call('emotionSet', { mapId: map.id, stageId, score: 1 });
    expect(map.emotions).toEqual([{ stageId, score: 1, note: 'Inquiète' }]);

    map = await t.call('emotionSet', { mapId: map.id, stageId, score: null });
    expect(map.emotions).toEqual([]);
  });

  test('a stage of another map is refused', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const one = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    const two = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });

    const error = await t.refused('emotionSet', { mapId: one.id, stageId: two.stages[0]!.id, score: 1 });

    expect(error).toMatchObject({ code: 'invalid_input', field: 'stageId' });
  });
});

describe('cells', () => {
  test('cards stay in their cell, in order', async () => {
    const t = await startTestCore();
    const workshop = await boardWorkshop(t);
    const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
    await addCards(t, workshop.id, cell(map, 2, 'touchpoints'), ['Site web', 'Boutique']);
    await addCards(t, workshop.id, cell(map, 2, 'thoughts'), ['Trop cher ?']);

    const b = await board(t, workshop.id);

    expect(textsIn(b, cell(map, 2, 'touchpoints'))).toEqual(['Site web', 'Boutique']);
    expect(textsIn(b, cell(map, 2, 'thoughts'))).toEqual(['Trop cher ?']);
  });
});
