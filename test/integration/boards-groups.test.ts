import { describe, expect, test } from 'vitest';
import type { Board, CardContainer, CardGroup } from '../../shared/domain/board';
import { applyBoardChange } from '../../shared/domain/board-change';
import { groupsWithMembers } from '../../shared/domain/card-groups';
import { finishRecording, startRecording, undoLast } from '../../main/store/board-history-repo';
import { MIGRATIONS } from '../../main/store/migrations';
import { applyMigrations } from '../../main/store/migrations/runner';
import { startTestCore, type TestCore } from '../helpers/core';
import { createMemoryDB, migrateTo, tableData } from '../helpers/store';
import { startTestHost } from '../helpers/web-host';
import { addCards, board, boardContent, boardsAroundEdit, boardWorkshop, cardsIn, cell, expectDenseBoard, inSection, section } from '../helpers/boards';

function groupsIn(b: Board, container: CardContainer): CardGroup[] {
  const all = [...b.personas.flatMap((p) => p.sections.flatMap((s) => s.groups)), ...b.journeyMaps.flatMap((m) => m.groups)];
  return all.filter((group) => JSON.stringify(group.container) === JSON.stringify(container));
}

/** A container as drawn: "text" for a card, "Title[text, text]" for a group. */
function drawn(b: Board, container: CardContainer): string[] {
  return groupsWithMembers(cardsIn(b, container), groupsIn(b, container)).map((entry) =>
    entry.kind === 'card' ? entry.card.text : `${entry.group.title}[${entry.cards.map((card) => card.text).join(', ')}]`,
  );
}

/** The one push since `from` was read, applied to it, gives `to`. */
function expectPushLeadsTo(t: TestCore, from: Board, to: Board): void {
  const pushes = t.eventsOf('boardChanged');
  t.clearEvents();
  expect(pushes).toHaveLength(1);
  const change = pushes[0]!;
  expect(change.revision).toBe(to.revision);
  expect(change.diff).not.toBeNull();
  expect(applyBoardChange(from, change)).toEqual(to);
}

/** Léa's needs with five cards (two of them grouped as "Rapidité"), Marc's needs with one, and a journey cell of pain points. */
async function furnished(t: TestCore) {
  const workshop = await boardWorkshop(t, 'fr');
  const lea = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
  const marc = await t.call('personaCreate', { workshopId: workshop.id, name: 'Marc' });
  const needs = inSection(section(lea, 'Besoins').id);
  const marcNeeds = inSection(section(marc, 'Besoins').id);
  const [a, b, c, d, e] = await addCards(t, workshop.id, needs, ['A', 'B', 'C', 'D', 'E']);
  const [m] = await addCards(t, workshop.id, marcNeeds, ['M']);
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: lea.id });
  const pains = cell(map, 2, 'painPoints');
  const [p1, p2] = await addCards(t, workshop.id, pains, ['File d’attente', 'Attente en caisse']);
  const speed = await t.call('groupFromCards', { workshopId: workshop.id, cardIds: [b!.id, d!.id], title: 'Rapidité' });
  return { workshop, lea, marc, needs, marcNeeds, map, pains, speed, a: a!, b: b!, c: c!, d: d!, e: e!, m: m!, p1: p1!, p2: p2! };
}
type Furnished = Awaited<ReturnType<typeof furnished>>;

const EDITS: [string, (t: TestCore, f: Furnished) => Promise<unknown>][] = [
  ['groupCreate', (t, f) => t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.e.id, targetCardId: f.a.id, title: 'Prix' })],
  ['groupCreate from another container', (t, f) => t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.m.id, targetCardId: f.c.id })],
  ['groupFromCards', (t, f) => t.call('groupFromCards', { workshopId: f.workshop.id, cardIds: [f.p2.id, f.p1.id], title: 'Attente' })],
  ['groupJoin', (t, f) => t.call('groupJoin', { workshopId: f.workshop.id, cardId: f.e.id, groupId: f.speed.id })],
  ['groupJoin from another container', (t, f) => t.call('groupJoin', { workshopId: f.workshop.id, cardId: f.m.id, groupId: f.speed.id })],
  ['groupLeave', (t, f) => t.call('groupLeave', { workshopId: f.workshop.id, cardId: f.b.id })],
  ['groupRename', (t, f) => t.call('groupRename', { workshopId: f.workshop.id, groupId: f.speed.id, title: 'Vitesse' })],
  ['groupCollapse', (t, f) => t.call('groupCollapse', { workshopId: f.workshop.id, groupId: f.speed.id, collapsed: true })],
  ['groupDissolve', (t, f) => t.call('groupDissolve', { workshopId: f.workshop.id, groupId: f.speed.id })],
  ['cardMergeDuplicate', (t, f) => t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: f.p2.id, intoCardId: f.p1.id })],
  ['cardMergeDuplicate of a grouped card', (t, f) => t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: f.d.id, intoCardId: f.a.id })],
  ['cardDelete of a grouped card', (t, f) => t.call('cardDelete', { cardId: f.d.id })],
  ['cardMove of a grouped card to another persona', (t, f) => t.call('cardMove', { cardId: f.b.id, to: f.marcNeeds, index: 0 })],
];

describe('undo and redo of grouping edits', () => {
  test.each(EDITS)('%s is one edit, undone and redone exactly, pushed as a diff', async (_name, edit) => {
    const t = await startTestCore();
    const f = await furnished(t);
    const { before, after } = await boardsAroundEdit(t, f.workshop.id, () => edit(t, f));
    expectDenseBoard(after);
    expectPushLeadsTo(t, before, after);

    const undone = await t.call('boardUndo', { workshopId: f.workshop.id });
    expect(boardContent(undone)).toEqual(boardContent(before));
    expectPushLeadsTo(t, after, undone);

    const redone = await t.call('boardRedo', { workshopId: f.workshop.id });
    expect(boardContent(redone)).toEqual(boardContent(after));
    expectPushLeadsTo(t, undone, redone);
  });

  test('groupMerge is one edit, undone and redone exactly, pushed as a diff', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const price = await t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.e.id, targetCardId: f.c.id, title: 'Prix' });
    const before = await board(t, f.workshop.id);
    t.clearEvents();

    const kept = await t.call('groupMerge', { workshopId: f.workshop.id, groupId: price.id, intoGroupId: f.speed.id });
    const after = await board(t, f.workshop.id);
    expect(kept).toMatchObject({ id: f.speed.id, title: 'Rapidité' });
    expect(drawn(after, f.needs)).toEqual(['A', 'Rapidité[B, D, C, E]']);
    expectPushLeadsTo(t, before, after);

    const undone = await t.call('boardUndo', { workshopId: f.workshop.id });
    expect(boardContent(undone)).toEqual(boardContent(before));
    expectPushLeadsTo(t, after, undone);
    const redone = await t.call('boardRedo', { workshopId: f.workshop.id });
    expect(boardContent(redone)).toEqual(boardContent(after));
  });
});

describe('grouping cards', () => {
  test('a group made from cards is drawn where its first card sat, its cards together, and answers the group', async () => {
    const t = await startTestCore();
    const f = await furnished(t);

    const b = await board(t, f.workshop.id);

    expect(f.speed).toMatchObject({ container: f.needs, title: 'Rapidité', collapsed: false });
    expect(drawn(b, f.needs)).toEqual(['A', 'Rapidité[B, D]', 'C', 'E']);
    // Positions follow the drawn order.
    expect(cardsIn(b, f.needs).map((card) => card.text)).toEqual(['A', 'B', 'D', 'C', 'E']);
    expectDenseBoard(b);
  });

  test('dropping a card onto an ungrouped card makes a nameless group of both, after the target', async () => {
    const t = await startTestCore();
    const f = await furnished(t);

    const group = await t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.a.id, targetCardId: f.e.id });

    expect(group.title).toBe('');
    expect(drawn(await board(t, f.workshop.id), f.needs)).toEqual(['Rapidité[B, D]', 'C', '[E, A]']);
  });

  test('a card dropped from another persona comes into the target section, and a pain point loses what only its lane gives', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('cardUpdate', { cardId: f.p1.id, patch: { severity: 3 } });

    await t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.p1.id, targetCardId: f.c.id, title: 'Caisse' });
    const b = await board(t, f.workshop.id);

    expect(drawn(b, f.needs)).toEqual(['A', 'Rapidité[B, D]', 'Caisse[C, File d’attente]', 'E']);
    expect(cardsIn(b, f.needs).find((card) => card.id === f.p1.id)).toMatchObject({ severity: null, container: f.needs });
    expect(drawn(b, f.pains)).toEqual(['Attente en caisse']);
    expectDenseBoard(b);
  });

  test('a card joins a group after its last card, and leaves it to sit right after the group', async () => {
    const t = await startTestCore();
    const f = await furnished(t);

    const joined = await t.call('groupJoin', { workshopId: f.workshop.id, cardId: f.a.id, groupId: f.speed.id });
    expect(joined).toMatchObject({ id: f.a.id, groupId: f.speed.id });
    expect(drawn(await board(t, f.workshop.id), f.needs)).toEqual(['Rapidité[B, D, A]', 'C', 'E']);

    const left = await t.call('groupLeave', { workshopId: f.workshop.id, cardId: f.b.id });
    expect(left.groupId).toBeNull();
    expect(drawn(await board(t, f.workshop.id), f.needs)).toEqual(['Rapidité[D, A]', 'B', 'C', 'E']);
  });

  test('joining the group a card is in, or leaving when in none, changes nothing and records no edit', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const before = await board(t, f.workshop.id);
    t.clearEvents();

    await t.call('groupJoin', { workshopId: f.workshop.id, cardId: f.b.id, groupId: f.speed.id });
    await t.call('groupLeave', { workshopId: f.workshop.id, cardId: f.a.id });

    expect(await board(t, f.workshop.id)).toEqual(before);
    expect(t.eventsOf('boardChanged')).toEqual([]);
  });

  test('a card joining a group of another container moves there; the group it left ends with its last card', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const attente = await t.call('groupFromCards', { workshopId: f.workshop.id, cardIds: [f.p1.id, f.p2.id], title: 'Attente' });
    await t.call('groupLeave', { workshopId: f.workshop.id, cardId: f.p2.id });

    await t.call('groupJoin', { workshopId: f.workshop.id, cardId: f.p1.id, groupId: f.speed.id });
    const b = await board(t, f.workshop.id);

    expect(drawn(b, f.needs)).toEqual(['A', 'Rapidité[B, D, File d’attente]', 'C', 'E']);
    expect(drawn(b, f.pains)).toEqual(['Attente en caisse']);
    expect(groupsIn(b, f.pains)).toEqual([]);
    expect(b.journeyMaps[0]!.groups.map((g) => g.id)).not.toContain(attente.id);
  });

  test('the last card leaving, deleted or moved away takes its group with it', async () => {
    const t = await startTestCore();
    const f = await furnished(t);

    await t.call('groupLeave', { workshopId: f.workshop.id, cardId: f.b.id });
    expect(groupsIn(await board(t, f.workshop.id), f.needs)).toHaveLength(1);
    await t.call('cardDelete', { cardId: f.d.id });
    expect(groupsIn(await board(t, f.workshop.id), f.needs)).toEqual([]);

    const other = await t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.a.id, targetCardId: f.c.id, title: 'Autre' });
    await t.call('cardMove', { cardId: f.a.id, to: f.marcNeeds, index: 0 });
    let b = await board(t, f.workshop.id);
    expect(cardsIn(b, f.marcNeeds).find((card) => card.id === f.a.id)?.groupId).toBeNull();
    expect(groupsIn(b, f.needs).map((g) => g.id)).toEqual([other.id]);
    await t.call('cardMove', { cardId: f.c.id, to: f.marcNeeds, index: 0 });
    b = await board(t, f.workshop.id);
    expect(groupsIn(b, f.needs)).toEqual([]);
    expect(groupsIn(b, f.marcNeeds)).toEqual([]);
  });

  test('a grouped card moved within its section stays in its group, and an ungrouped one dropped among its cards lands after it', async () => {
    const t = await startTestCore();
    const f = await furnished(t);

    await t.call('cardMove', { cardId: f.d.id, to: f.needs, index: 0 });
    expect(drawn(await board(t, f.workshop.id), f.needs)).toEqual(['Rapidité[D, B]', 'A', 'C', 'E']);

    await t.call('cardMove', { cardId: f.e.id, to: f.needs, index: 1 });
    const b = await board(t, f.workshop.id);
    expect(drawn(b, f.needs)).toEqual(['Rapidité[D, B]', 'E', 'A', 'C']);
    expectDenseBoard(b);
  });

  test('a card created among a group’s cards lands after the group', async () => {
    const t = await startTestCore();
    const f = await furnished(t);

    await t.call('cardCreate', { workshopId: f.workshop.id, container: f.needs, text: 'N', index: 2 });

    expect(drawn(await board(t, f.workshop.id), f.needs)).toEqual(['A', 'Rapidité[B, D]', 'N', 'C', 'E']);
  });

  test('a group is renamed (trimmed) and collapsed; dissolving it leaves its cards in place, ungrouped', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    t.clock.advance(60_000);

    const renamed = await t.call('groupRename', { workshopId: f.workshop.id, groupId: f.speed.id, title: '  Vitesse  ' });
    expect(renamed).toMatchObject({ title: 'Vitesse', updatedAt: '2025-06-02T09:01:00.000Z' });
    const folded = await t.call('groupCollapse', { workshopId: f.workshop.id, groupId: f.speed.id, collapsed: true });
    expect(folded).toMatchObject({ collapsed: true, title: 'Vitesse' });

    await t.call('groupDissolve', { workshopId: f.workshop.id, groupId: f.speed.id });
    const b = await board(t, f.workshop.id);
    expect(drawn(b, f.needs)).toEqual(['A', 'B', 'D', 'C', 'E']);
    expect(cardsIn(b, f.needs).every((card) => card.groupId === null)).toBe(true);
  });

  test('merging into a nameless group gives it the other’s name', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const nameless = await t.call('groupCreate', { workshopId: f.workshop.id, cardId: f.e.id, targetCardId: f.a.id });

    const kept = await t.call('groupMerge', { workshopId: f.workshop.id, groupId: f.speed.id, intoGroupId: nameless.id });

    expect(kept).toMatchObject({ id: nameless.id, title: 'Rapidité' });
    expect(drawn(await board(t, f.workshop.id), f.needs)).toEqual(['Rapidité[A, E, B, D]', 'C']);
  });

  test('deleting a section, a stage or a persona deletes its groups, and undo brings them back', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('groupFromCards', { workshopId: f.workshop.id, cardIds: [f.p1.id, f.p2.id], title: 'Attente' });
    const before = await board(t, f.workshop.id);

    await t.call('stageRemove', { stageId: f.map.stages[2]!.id });
    expect((await board(t, f.workshop.id)).journeyMaps[0]!.groups).toEqual([]);
    await t.call('personaDelete', { personaId: f.lea.id });
    expect((await board(t, f.workshop.id)).personas.flatMap((p) => p.sections.flatMap((s) => s.groups))).toEqual([]);

    await t.call('boardUndo', { workshopId: f.workshop.id });
    const undone = await t.call('boardUndo', { workshopId: f.workshop.id });
    expect(boardContent(undone)).toEqual(boardContent(before));
  });
});

describe('merging duplicates', () => {
  test('the kept card keeps its text and gains the other’s text and author; the other disappears', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('cardUpdate', { cardId: f.p1.id, patch: { author: 'Léa' } });
    await t.call('cardUpdate', { cardId: f.p2.id, patch: { author: 'Marc', severity: 2 } });

    const kept = await t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: f.p2.id, intoCardId: f.p1.id });

    expect(kept).toMatchObject({
      id: f.p1.id,
      text: 'File d’attente',
      author: 'Léa',
      severity: 2,
      mergedFrom: [{ id: f.p2.id, text: 'Attente en caisse', author: 'Marc', participantId: null }],
    });
    const b = await board(t, f.workshop.id);
    expect(cardsIn(b, f.pains).map((card) => card.id)).toEqual([f.p1.id]);
  });

  test('a card already holding duplicates brings them along, oldest first', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: f.b.id, intoCardId: f.a.id });
    await t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: f.d.id, intoCardId: f.c.id });

    const kept = await t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: f.a.id, intoCardId: f.c.id });

    expect(kept.mergedFrom.map((merged) => merged.text)).toEqual(['D', 'A', 'B']);
    const b = await board(t, f.workshop.id);
    // B and D were Rapidité's only cards: it ended with them.
    expect(groupsIn(b, f.needs)).toEqual([]);
    expect(drawn(b, f.needs)).toEqual(['C', 'E']);
    expectDenseBoard(b);
  });

  test('pain points tied to a merged moment of truth are tied to the kept one', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const moments = cell(f.map, 2, 'momentsOfTruth');
    const [one, two] = await addCards(t, f.workshop.id, moments, ['Caisse', 'Passage en caisse']);
    await t.call('cardUpdate', { cardId: f.p1.id, patch: { momentOfTruthId: two!.id } });

    await t.call('cardMergeDuplicate', { workshopId: f.workshop.id, cardId: two!.id, intoCardId: one!.id });

    expect(cardsIn(await board(t, f.workshop.id), f.pains).find((card) => card.id === f.p1.id)?.momentOfTruthId).toBe(one!.id);
  });
});

describe('refusals', () => {
  test('each refusal names what is wrong and changes nothing', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    const other = await boardWorkshop(t, 'en');
    const stranger = await t.call('personaCreate', { workshopId: other.id, name: 'Zoé' });
    const [far] = await addCards(t, other.id, inSection(stranger.sections[0]!.id), ['Far']);
    const attente = await t.call('groupFromCards', { workshopId: f.workshop.id, cardIds: [f.p1.id, f.p2.id], title: 'Attente' });
    const before = await board(t, f.workshop.id);
    const otherBefore = await board(t, other.id);
    const w = f.workshop.id;

    const cases: [string, unknown, string, RegExp][] = [
      ['groupFromCards', { workshopId: w, cardIds: [f.a.id, f.m.id], title: 'Mix' }, 'invalid_input', /one section or one journey cell/],
      ['groupFromCards', { workshopId: w, cardIds: [f.a.id, f.p1.id], title: 'Mix' }, 'invalid_input', /one section or one journey cell/],
      ['groupFromCards', { workshopId: w, cardIds: [f.a.id, f.a.id], title: 'Twice' }, 'invalid_input', /named twice/],
      ['groupFromCards', { workshopId: w, cardIds: [f.a.id], title: 'One' }, 'invalid_input', /cardIds/],
      ['groupFromCards', { workshopId: w, cardIds: [f.a.id, far!.id], title: 'Far' }, 'forbidden', /another workshop/],
      ['groupFromCards', { workshopId: w, cardIds: [f.a.id, f.c.id], title: 'x'.repeat(121) }, 'invalid_input', /title/],
      ['groupCreate', { workshopId: w, cardId: f.a.id, targetCardId: f.a.id }, 'invalid_input', /itself/],
      ['groupCreate', { workshopId: w, cardId: f.a.id, targetCardId: f.b.id }, 'conflict', /already in a group/],
      ['groupCreate', { workshopId: w, cardId: far!.id, targetCardId: f.a.id }, 'forbidden', /another workshop/],
      ['groupCreate', { workshopId: other.id, cardId: far!.id, targetCardId: f.a.id }, 'forbidden', /another workshop/],
      ['groupJoin', { workshopId: w, cardId: far!.id, groupId: f.speed.id }, 'forbidden', /another workshop/],
      ['groupJoin', { workshopId: other.id, cardId: far!.id, groupId: f.speed.id }, 'forbidden', /another workshop/],
      ['groupJoin', { workshopId: w, cardId: f.a.id, groupId: 'nope-nope-nope' }, 'not_found', /card group/],
      ['groupLeave', { workshopId: other.id, cardId: f.b.id }, 'forbidden', /another workshop/],
      ['groupRename', { workshopId: other.id, groupId: f.speed.id, title: 'X' }, 'forbidden', /another workshop/],
      ['groupRename', { workshopId: w, groupId: f.speed.id, title: 'x'.repeat(121) }, 'invalid_input', /title/],
      ['groupCollapse', { workshopId: w, groupId: f.speed.id, collapsed: 'yes' }, 'invalid_input', /collapsed/],
      ['groupDissolve', { workshopId: other.id, groupId: f.speed.id }, 'forbidden', /another workshop/],
      ['groupMerge', { workshopId: w, groupId: attente.id, intoGroupId: f.speed.id }, 'invalid_input', /same section or journey cell/],
      ['groupMerge', { workshopId: w, groupId: f.speed.id, intoGroupId: f.speed.id }, 'invalid_input', /itself/],
      ['cardMergeDuplicate', { workshopId: w, cardId: f.a.id, intoCardId: f.m.id }, 'invalid_input', /one section or one journey cell/],
      ['cardMergeDuplicate', { workshopId: w, cardId: f.a.id, intoCardId: f.a.id }, 'invalid_input', /itself/],
      ['cardMergeDuplicate', { workshopId: w, cardId: far!.id, intoCardId: f.a.id }, 'forbidden', /another workshop/],
      ['cardMergeDuplicate', { workshopId: w, cardId: f.a.id, intoCardId: f.c.id, extra: 1 }, 'invalid_input', /extra|Unrecognized/i],
    ];
    for (const [channel, input, code, message] of cases) {
      const error = await t.refused(channel, input);
      expect({ channel, code: error.code }).toEqual({ channel, code });
      expect(`${error.message} ${error.field ?? ''}`, channel).toMatch(message);
    }
    expect(await board(t, f.workshop.id)).toEqual(before);
    expect(await board(t, other.id)).toEqual(otherBefore);
  });

  test('a trashed workshop’s groups cannot be edited', async () => {
    const t = await startTestCore();
    const f = await furnished(t);
    await t.call('workshopTrash', { id: f.workshop.id });

    const error = await t.refused('groupRename', { workshopId: f.workshop.id, groupId: f.speed.id, title: 'X' });

    expect(error.code).toBe('conflict');
  });
});

describe('the undo history of a database from before groups', () => {
  test('an edit recorded before the migration is undone after it, the card coming back ungrouped', () => {
    const db = createMemoryDB();
    migrateTo(db, 6);
    const at = '2025-03-01T10:00:00.000Z';
    db.exec(`
      INSERT INTO workshops (id, title, date, language, created_at, updated_at) VALUES ('w', 'Ancien', '2025-03-04', 'fr', '${at}', '${at}');
      INSERT INTO personas (id, workshop_id, position, name, created_at, updated_at) VALUES ('p', 'w', 0, 'Léa', '${at}', '${at}');
      INSERT INTO persona_sections (id, workshop_id, persona_id, position, title) VALUES ('s', 'w', 'p', 0, 'Besoins');
      INSERT INTO cards (id, workshop_id, section_id, position, text, color, created_at, updated_at) VALUES ('c', 'w', 's', 0, 'Vite', 'yellow', '${at}', '${at}');
    `);
    startRecording(db, 'w');
    db.prepare("DELETE FROM cards WHERE id = 'c'").run();
    expect(finishRecording(db, 'w', 'cardDelete', at)).toHaveLength(1);

    applyMigrations(db, MIGRATIONS);
    undoLast(db, 'w');

    expect(tableData(db, 'cards')).toMatchObject([{ id: 'c', text: 'Vite', group_id: null, merged_from: null }]);
  });
});

describe('the grouping channels over the browser host', () => {
  test('answer over HTTP like any board edit, a dissolved group with an empty success', async () => {
    const running = await startTestHost();
    try {
      const value = async (channel: string, body: unknown) => {
        const answer = await running.call(channel, body);
        expect(answer.status, channel).toBe(200);
        return (answer.body as { ok: true; value: never }).value;
      };
      const workshop: { id: string } = await value('workshopCreate', { templateId: 'cx-discovery', meta: { title: 'Web', date: '2025-06-02', language: 'en' } });
      const persona: { sections: { id: string }[] } = await value('personaCreate', { workshopId: workshop.id, name: 'Lea' });
      const container = inSection(persona.sections[0]!.id);
      const a: { id: string } = await value('cardCreate', { workshopId: workshop.id, container, text: 'A' });
      const b: { id: string } = await value('cardCreate', { workshopId: workshop.id, container, text: 'B' });

      const group: CardGroup = await value('groupCreate', { workshopId: workshop.id, cardId: a.id, targetCardId: b.id, title: 'Speed' });
      expect(group).toMatchObject({ title: 'Speed', container });
      // JSON has no undefined: the browser host answers a void channel's success with null.
      expect(await running.call('groupDissolve', { workshopId: workshop.id, groupId: group.id })).toEqual({ status: 200, body: { ok: true, value: null } });
      expect(await running.call('groupDissolve', { workshopId: workshop.id, groupId: group.id })).toMatchObject({ body: { ok: false, error: { code: 'not_found' } } });
    } finally {
      await running.stop();
    }
  });
});
