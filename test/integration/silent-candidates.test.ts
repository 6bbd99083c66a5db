import { describe, expect, test } from 'vitest';
import { startTestCore, type TestCore } from '../helpers/core';
import { addCards, boardWorkshop, cell } from '../helpers/boards';

/** Cards still hidden by silent writing are nobody's to vote on or to group: on a real SQLite file. */
async function silentPainPoints(t: TestCore) {
  const workshop = await boardWorkshop(t, 'en');
  const map = await t.call('journeyCreate', { workshopId: workshop.id, personaId: null });
  const pains = cell(map, 1, 'painPoints');
  const shown = await addCards(t, workshop.id, pains, ['The queue at the desk is too long', 'No wifi for guests']);
  const step = workshop.steps.find((s) => s.kind === 'journey' && s.silent && s.title.startsWith('Pain points'))!;
  await t.call('timerGoTo', { workshopId: workshop.id, stepId: step.id });
  const hidden = await addCards(t, workshop.id, pains, ['Long queue again at the desk', 'Guests find no wifi', 'Parking is nowhere']);
  expect(hidden.map((c) => c.hidden)).toEqual([true, true, true]);
  return { workshop, pains, shown, hidden };
}

describe('cards hidden by silent writing', () => {
  test('are not offered as vote candidates, and a vote on one is refused, until the reveal', async () => {
    const t = await startTestCore();
    const { workshop, shown, hidden } = await silentPainPoints(t);

    const before = await t.call('votingCandidates', { workshopId: workshop.id });
    expect(before.map((c) => c.text)).toEqual(shown.map((c) => c.text));
    await expect(t.call('votingSessionCreate', { workshopId: workshop.id, cardIds: [hidden[0]!.id], groupIds: [], typedItems: [] })).rejects.toThrow(
      /not a loose pain point/,
    );

    await t.call('boardReveal', { workshopId: workshop.id });
    const after = await t.call('votingCandidates', { workshopId: workshop.id });
    expect(after.map((c) => c.text)).toEqual([...shown, ...hidden].map((c) => c.text));
  });

  test('a group of revealed cards is offered without a member still hidden', async () => {
    const t = await startTestCore();
    const { workshop, shown, hidden } = await silentPainPoints(t);
    const group = await t.call('groupCreate', { workshopId: workshop.id, cardId: shown[1]!.id, targetCardId: shown[0]!.id, title: 'Desk' });
    await t.call('groupJoin', { workshopId: workshop.id, cardId: hidden[0]!.id, groupId: group.id });

    const candidates = await t.call('votingCandidates', { workshopId: workshop.id });
    const offered = candidates.find((c) => c.kind === 'group');
    expect(offered?.kind === 'group' && offered.members.map((m) => m.text)).toEqual([shown[0]!.text, shown[1]!.text]);
    expect(candidates.filter((c) => c.kind === 'card').map((c) => c.text)).toEqual([]);
  });

  test('are left out of suggested groups until the reveal', async () => {
    const t = await startTestCore();
    const { workshop, pains, shown, hidden } = await silentPainPoints(t);

    const quiet = await t.call('groupSuggest', { workshopId: workshop.id, container: pains });
    const suggested = quiet.suggestions.flatMap((s) => s.cardIds);
    for (const card of hidden) expect(suggested).not.toContain(card.id);

    await t.call('boardReveal', { workshopId: workshop.id });
    const revealed = await t.call('groupSuggest', { workshopId: workshop.id, container: pains });
    expect(revealed.suggestions.map((s) => [...s.cardIds].sort())).toEqual(
      expect.arrayContaining([[shown[0]!.id, hidden[0]!.id].sort(), [shown[1]!.id, hidden[1]!.id].sort()]),
    );
  });
});
