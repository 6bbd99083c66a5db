import { describe, expect, test } from 'vitest';
import { quadrantOf } from '../../shared/domain/matrix';
import type { Workshop } from '../../shared/domain/workshop';
import { startTestCore, type TestCore } from '../helpers/core';
import { phoneJoins, startSharingCore } from '../helpers/participants';

/** A workshop with a revealed vote: 5 items with 6, 4, 4, 2 and 0 dots. */
async function revealedVote(t: Pick<TestCore, 'call'>) {
  const workshop = await t.call('workshopCreate', {
    templateId: 'voting',
    meta: { title: 'Hôtel', date: '2025-06-02', language: 'en', participants: [] },
  });
  const texts = ['Late check-in', 'Slow wifi', 'Noisy rooms', 'Cold breakfast', 'Parking'];
  const session = await t.call('votingSessionCreate', { workshopId: workshop.id, cardIds: [], typedItems: texts });
  await t.call('votingPhaseSet', { sessionId: session.id, action: 'open' });
  const id = (text: string) => session.items.find((item) => item.text === text)!.id;
  const ballot = (dots: [string, number][]) => dots.map(([text, count]) => ({ itemId: id(text), count }));
  await t.call('votingProxyBallot', { sessionId: session.id, name: 'Ana', dots: ballot([['Late check-in', 3], ['Slow wifi', 2]]) });
  await t.call('votingProxyBallot', { sessionId: session.id, name: 'Bruno', dots: ballot([['Late check-in', 3], ['Noisy rooms', 2]]) });
  await t.call('votingProxyBallot', { sessionId: session.id, name: 'Chloé', dots: ballot([['Slow wifi', 2], ['Noisy rooms', 2], ['Cold breakfast', 1]]) });
  await t.call('votingProxyBallot', { sessionId: session.id, name: 'Dan', dots: ballot([['Cold breakfast', 1]]) });
  const revealed = await t.call('votingPhaseSet', { sessionId: session.id, action: 'reveal' });
  const step = workshop.steps.find((s) => s.kind === 'prioritisation');
  if (!step) throw new Error('the template has no prioritisation step');
  return { workshop, session: revealed, step, id };
}

async function matrixFor(t: Pick<TestCore, 'call'>, workshop: Workshop, stepId: string, sessionId: string, topN: number) {
  const state = await t.call('matrixCreate', { workshopId: workshop.id, stepId, sessionId, topN });
  return state.matrices.find((m) => m.stepId === stepId)!;
}

describe('a matrix from a revealed vote', () => {
  test('takes the top N items with their dots, keeps the tie at the cut, leaves out items nobody chose, all in the tray', async () => {
    const t = await startTestCore();
    const { workshop, session, step } = await revealedVote(t);

    const matrix = await matrixFor(t, workshop, step.id, session.id, 2);

    expect(matrix.items.map((item) => [item.text, item.votes, item.placement])).toEqual([
      ['Late check-in', 6, null],
      ['Slow wifi', 4, null],
      ['Noisy rooms', 4, null],
    ]);
    expect(matrix).toMatchObject({ stepId: step.id, sessionId: session.id, topN: 2, verticalLabel: '', horizontalLabel: '', title: step.title });
    expect(matrix.items[0]!.source).toEqual({ kind: 'voteItem', sessionId: session.id, itemId: session.items[0]!.id });
    expect(t.eventsOf('matricesChanged').at(-1)).toEqual({ workshopId: workshop.id });
  });

  test('places, moves and takes back items; renames the axes; every edit survives a restart', async () => {
    const t = await startTestCore();
    const { workshop, session, step } = await revealedVote(t);
    const matrix = await matrixFor(t, workshop, step.id, session.id, 3);
    const [late, wifi] = matrix.items;
    const ref = { workshopId: workshop.id, matrixId: matrix.id };

    await t.call('matrixItemPlace', { ...ref, itemId: late!.id, placement: { impact: 4, effort: 2 } });
    await t.call('matrixItemPlace', { ...ref, itemId: wifi!.id, placement: { impact: 2, effort: 4 } });
    await t.call('matrixItemPlace', { ...ref, itemId: wifi!.id, placement: { impact: 5, effort: 4 } });
    await t.call('matrixItemPlace', { ...ref, itemId: matrix.items[2]!.id, placement: { impact: 1, effort: 1 } });
    await t.call('matrixItemPlace', { ...ref, itemId: matrix.items[2]!.id, placement: null });
    await t.call('matrixUpdate', { ...ref, patch: { verticalLabel: 'Customer value', horizontalLabel: 'Business value' } });

    const again = await t.restart();
    const [after] = (await again.call('matricesList', { workshopId: workshop.id })).matrices;
    expect(after!.items.map((item) => [item.text, item.placement && quadrantOf(item.placement)])).toEqual([
      ['Late check-in', 'quickWins'],
      ['Slow wifi', 'majorProjects'],
      ['Noisy rooms', null],
    ]);
    expect(after).toMatchObject({ verticalLabel: 'Customer value', horizontalLabel: 'Business value' });
  });

  test('undo takes back each edit in turn, redo replays them, and a new edit clears the redo', async () => {
    const t = await startTestCore();
    const { workshop, session, step } = await revealedVote(t);
    const matrix = await matrixFor(t, workshop, step.id, session.id, 2);
    const ref = { workshopId: workshop.id, matrixId: matrix.id };
    const late = matrix.items[0]!.id;
    const placementOfLate = (state: { matrices: { items: { id: string; placement: unknown }[] }[] }) => {
      const item = state.matrices[0]?.items.find((candidate) => candidate.id === late);
      return item ? item.placement : 'gone';
    };

    await t.call('matrixItemPlace', { ...ref, itemId: late, placement: { impact: 4, effort: 2 } });
    await t.call('matrixItemPlace', { ...ref, itemId: late, placement: { impact: 5, effort: 2 } });
    // Dropped where it already is: nothing to undo.
    await t.call('matrixItemPlace', { ...ref, itemId: late, placement: { impact: 5, effort: 2 } });
    await t.call('matrixItemRemove', { ...ref, itemId: late });

    expect(placementOfLate(await t.call('matrixUndo', { workshopId: workshop.id }))).toEqual({ impact: 5, effort: 2 });
    expect(placementOfLate(await t.call('matrixUndo', { workshopId: workshop.id }))).toEqual({ impact: 4, effort: 2 });
    expect(placementOfLate(await t.call('matrixUndo', { workshopId: workshop.id }))).toBeNull();
    // Undoing the creation takes the whole matrix away; redo brings it back with the same ids.
    const empty = await t.call('matrixUndo', { workshopId: workshop.id });
    expect(empty).toMatchObject({ matrices: [], canUndo: false, canRedo: true });
    expect((await t.refused('matrixUndo', { workshopId: workshop.id })).code).toBe('conflict');

    expect(placementOfLate(await t.call('matrixRedo', { workshopId: workshop.id }))).toBeNull();
    expect(placementOfLate(await t.call('matrixRedo', { workshopId: workshop.id }))).toEqual({ impact: 4, effort: 2 });
    await t.call('matrixItemPlace', { ...ref, itemId: late, placement: { impact: 1, effort: 1 } });
    const state = await t.call('matricesList', { workshopId: workshop.id });
    expect(state).toMatchObject({ canUndo: true, canRedo: false });
    expect(placementOfLate(state)).toEqual({ impact: 1, effort: 1 });
  });

  test('refuses what does not fit, changing nothing', async () => {
    const t = await startTestCore();
    const { workshop, session, step } = await revealedVote(t);
    const other = workshop.steps.find((s) => s.kind !== 'prioritisation')!;

    expect((await t.refused('matrixCreate', { workshopId: workshop.id, stepId: other.id, sessionId: session.id })).code).toBe('conflict');
    const matrix = await matrixFor(t, workshop, step.id, session.id, 2);
    expect((await t.refused('matrixCreate', { workshopId: workshop.id, stepId: step.id, sessionId: session.id })).code).toBe('conflict');
    const ref = { workshopId: workshop.id, matrixId: matrix.id, itemId: matrix.items[0]!.id };
    expect((await t.refused('matrixItemPlace', { ...ref, placement: { impact: 6, effort: 2 } })).code).toBe('invalid_input');
    expect((await t.refused('matrixItemPlace', { ...ref, placement: { impact: 3 } })).code).toBe('invalid_input');
    expect((await t.refused('matrixItemPlace', { ...ref, itemId: 'nope-nope-nope', placement: null })).code).toBe('not_found');
    expect((await t.refused('matrixItemAdd', { workshopId: workshop.id, matrixId: matrix.id, source: { kind: 'card', cardId: 'nope-nope-nope' } })).code).toBe('not_found');
    expect((await t.refused('matrixUpdate', { workshopId: workshop.id, matrixId: matrix.id, patch: { verticalLabel: 'x'.repeat(61) } })).code).toBe('invalid_input');
    expect((await t.refused('matrixItemMakeAction', { ...ref, action: { domain: 'sales' } })).code).toBe('invalid_input');

    // A vote not revealed gives no matrix.
    await t.call('votingPhaseSet', { sessionId: session.id, action: 'reopen' });
    expect((await t.refused('matrixCreate', { workshopId: workshop.id, sessionId: session.id })).code).toBe('conflict');
    expect((await t.refused('voteItemMakeAction', { workshopId: workshop.id, sessionId: session.id, itemId: session.items[0]!.id, action: { domain: 'design' } })).code).toBe(
      'conflict',
    );

    const state = await t.call('matricesList', { workshopId: workshop.id });
    expect(state.matrices).toHaveLength(1);
    expect(state.matrices[0]!.items.every((item) => item.placement === null)).toBe(true);
    expect(await t.call('nextStepsList', { workshopId: workshop.id })).toEqual([]);
  });

  test('a card added by hand waits in the tray with no dots, once only', async () => {
    const t = await startTestCore();
    const { workshop, session, step } = await revealedVote(t);
    const persona = await t.call('personaCreate', { workshopId: workshop.id, name: 'Léa' });
    const card = await t.call('cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId: persona.sections[0]!.id }, text: 'Lost luggage' });
    const matrix = await matrixFor(t, workshop, step.id, session.id, 1);

    const state = await t.call('matrixItemAdd', { workshopId: workshop.id, matrixId: matrix.id, source: { kind: 'card', cardId: card.id } });

    expect(state.matrices[0]!.items.map((item) => [item.text, item.votes, item.placement])).toEqual([
      ['Late check-in', 6, null],
      ['Lost luggage', null, null],
    ]);
    expect((await t.refused('matrixItemAdd', { workshopId: workshop.id, matrixId: matrix.id, source: { kind: 'card', cardId: card.id } })).code).toBe('conflict');
  });
});

describe('making actions from priorities', () => {
  test('an action made from a matrix item carries its text, domain, owner, due date and a link back to it', async () => {
    const t = await startTestCore();
    const { workshop, session, step } = await revealedVote(t);
    const matrix = await matrixFor(t, workshop, step.id, session.id, 2);
    const item = matrix.items[0]!;

    const steps = await t.call('matrixItemMakeAction', {
      workshopId: workshop.id,
      matrixId: matrix.id,
      itemId: item.id,
      action: { domain: 'design', owner: 'Claire', dueDate: '2025-09-01' },
    });

    expect(steps).toMatchObject([
      { text: 'Late check-in', domain: 'design', owner: 'Claire', dueDate: '2025-09-01', source: { kind: 'matrixItem', matrixId: matrix.id, itemId: item.id, text: 'Late check-in' } },
    ]);
    expect(t.eventsOf('nextStepsChanged').at(-1)).toEqual({ workshopId: workshop.id });
    const again = await t.restart();
    expect((await again.call('nextStepsList', { workshopId: workshop.id }))[0]!.source).toEqual(steps[0]!.source);
  });

  test('an action made from a vote result links to the vote item; its own text may be given', async () => {
    const t = await startTestCore();
    const { workshop, session, id } = await revealedVote(t);

    const steps = await t.call('voteItemMakeAction', {
      workshopId: workshop.id,
      sessionId: session.id,
      itemId: id('Slow wifi'),
      action: { text: 'Upgrade the wifi', domain: 'measures' },
    });

    expect(steps).toMatchObject([
      { text: 'Upgrade the wifi', domain: 'measures', owner: '', dueDate: null, source: { kind: 'voteItem', sessionId: session.id, itemId: id('Slow wifi'), text: 'Slow wifi' } },
    ]);
  });
});

describe('a duplicated workshop', () => {
  test('has its own copy of the matrix, placements and all, and its actions link to the copy', async () => {
    const t = await startTestCore();
    const sample = await t.call('sampleWorkshopCreate', { language: 'en' });
    const copy = await t.call('workshopDuplicate', { id: sample.id });
    const [original] = (await t.call('matricesList', { workshopId: sample.id })).matrices;
    const [copied] = (await t.call('matricesList', { workshopId: copy.id })).matrices;

    expect(copied!.id).not.toBe(original!.id);
    expect(copied!.stepId).toBe(copy.steps.find((s) => s.kind === 'prioritisation')!.id);
    expect(copied!.items.map((item) => [item.text, item.votes, item.placement])).toEqual(original!.items.map((item) => [item.text, item.votes, item.placement]));
    const copySession = (await t.call('votingSessionsList', { workshopId: copy.id })).sessions[0]!;
    expect(copied!.items[0]!.source).toEqual({ kind: 'voteItem', sessionId: copySession.id, itemId: copySession.results!.items[0]!.itemId });
    const actions = await t.call('nextStepsList', { workshopId: copy.id });
    const linked = actions.filter((step) => step.source?.kind === 'matrixItem');
    expect(linked.length).toBeGreaterThan(0);
    for (const step of linked) {
      expect(step.source).toMatchObject({ matrixId: copied!.id });
      expect(copied!.items.some((item) => step.source?.kind === 'matrixItem' && item.id === step.source.itemId)).toBe(true);
    }
  });
});

describe('the phones during a prioritisation step', () => {
  test('see the step’s matrix (each item’s text, a group’s cards, dots and place, nothing else), kept current as items move', async () => {
    const t = await startSharingCore();
    const { workshop, session, step } = await revealedVote(t);
    const matrix = await matrixFor(t, workshop, step.id, session.id, 1);
    const ref = { workshopId: workshop.id, matrixId: matrix.id, itemId: matrix.items[0]!.id };
    await t.call('matrixItemPlace', { ...ref, placement: { impact: 4, effort: 2 } });
    const sharing = await t.call('sharingStart', { workshopId: workshop.id });
    const phone = await phoneJoins(sharing, 'Ana');
    expect(phone.state().matrix).toBeNull();

    await t.call('timerGoTo', { workshopId: workshop.id, stepId: step.id });
    await phone.next((m) => m.type === 'state' && m.state.matrix !== null);
    expect(phone.state().matrix).toEqual({
      title: step.title,
      verticalLabel: '',
      horizontalLabel: '',
      items: [{ id: ref.itemId, text: 'Late check-in', members: [], votes: 6, placement: { impact: 4, effort: 2 } }],
    });

    await t.call('matrixItemPlace', { ...ref, placement: { impact: 5, effort: 1 } });
    await phone.next((m) => m.type === 'state' && m.state.matrix?.items[0]?.placement?.impact === 5);
    phone.close();
  });
});
