import { describe, expect, test } from 'vitest';
import type { ParticipantState, ServerMessage } from '../../shared/participant/protocol';
import { phoneJoins, roomWithBoards, startSharingCore, type Phone, type SharingCore } from '../helpers/participants';

/**
 * Silent writing and participants' own cards, over a real participant server on 127.0.0.1: what
 * each phone receives, and every refusal of an edit or a deletion.
 */

async function silentRoom(t: SharingCore) {
  const room = await roomWithBoards(t, 'en');
  const step = room.workshop.steps.find((s) => s.id === room.workshop.currentStepId)!;
  await t.call('stepSetSilent', { workshopId: room.workshop.id, stepId: step.id, silent: true });
  const sharing = await t.call('sharingStart', { workshopId: room.workshop.id });
  const cell = (stage: number) => ({ kind: 'cell' as const, mapId: room.map.id, stageId: room.stages[stage]!, laneId: room.painLane });
  return { room, sharing, step, cell };
}

/** A silent step shared with phones, where Ana has written one card on the journey map: the card's id. */
async function anaWrote(text: string) {
  const t = await startSharingCore();
  const { room, sharing, cell } = await silentRoom(t);
  const ana = await phoneJoins(sharing, 'Ana');
  const id = cardIdOf(await ana.ask({ type: 'addCard', container: cell(1), text }));
  return { t, room, ana, id };
}

function cardIdOf(answer: ServerMessage): string {
  if (answer.type !== 'ack' || answer.action === 'vote') throw new Error(`refused: ${JSON.stringify(answer)}`);
  return answer.cardId;
}

/** Resolves once the phone's latest state passes, whether it has arrived already or is still to come. */
/** The phone can neither change the card's text nor delete it: both refused with this code, the edit with this message. */
async function expectEditRefused(phone: Phone, cardId: string, text: string, code: string, message: string): Promise<void> {
  expect(await phone.ask({ type: 'editCard', cardId, text })).toMatchObject({ type: 'error', code, message });
  expect(await phone.ask({ type: 'deleteCard', cardId })).toMatchObject({ type: 'error', code });
}

/** The texts of the cards on the workshop's journey map, in board order. */
async function mapTexts(t: SharingCore, workshopId: string): Promise<string[]> {
  return (await t.call('boardGet', { workshopId })).journeyMaps[0]!.cards.map((c) => c.text);
}

async function until(phone: Phone, predicate: (state: ParticipantState) => boolean): Promise<void> {
  if (predicate(phone.state())) return;
  await phone.next((m) => m.type === 'state' && predicate(m.state));
}

function cardsOn(phone: Phone): string[] {
  const board = phone.state().board;
  return board?.kind === 'journey' ? board.maps.flatMap((m) => m.cards.map((c) => c.text)) : [];
}

describe('silent writing with phones', () => {
  test('each phone sees only its own hidden cards — never another’s, in any message — and the counts', async () => {
    const t = await startSharingCore();
    const { sharing, cell } = await silentRoom(t);
    const ana = await phoneJoins(sharing, 'Ana');
    const ben = await phoneJoins(sharing, 'Ben');

    await ana.ask({ type: 'addCard', container: cell(1), text: 'Secret from Ana' });
    await ben.ask({ type: 'addCard', container: cell(2), text: 'Secret from Ben' });
    await until(ana, (s) => s.board?.silence?.ideas === 2);
    await until(ben, (s) => s.board?.silence?.ideas === 2);

    expect(cardsOn(ana)).toEqual(['Secret from Ana']);
    expect(cardsOn(ben)).toEqual(['Secret from Ben']);
    expect(ana.state().board?.silence).toEqual({ ideas: 2, people: 2 });
    expect(ana.raw.join('\n')).not.toContain('Secret from Ben');
    expect(ben.raw.join('\n')).not.toContain('Secret from Ana');
  });

  test('the reveal shows every card to every phone, at its place, as one undoable edit', async () => {
    const t = await startSharingCore();
    const { room, sharing, cell } = await silentRoom(t);
    const ana = await phoneJoins(sharing, 'Ana');
    const ben = await phoneJoins(sharing, 'Ben');
    await ana.ask({ type: 'addCard', container: cell(1), text: 'Waiting on the phone' });
    await ben.ask({ type: 'addCard', container: cell(3), text: 'Unclear invoice' });

    expect(await t.call('boardReveal', { workshopId: room.workshop.id })).toEqual({ revealed: 2 });
    await until(ana, (s) => s.board?.kind === 'journey' && s.board.maps[0]!.cards.length === 2);
    const seen = ana.state().board;
    expect(seen?.kind === 'journey' && seen.maps[0]!.cards.map((c) => [c.text, c.stageId, c.author, c.mine]).sort()).toEqual([
      ['Unclear invoice', room.stages[3], 'Ben', false],
      ['Waiting on the phone', room.stages[1], 'Ana', true],
    ]);

    const undone = await t.call('boardUndo', { workshopId: room.workshop.id });
    expect(undone.journeyMaps[0]!.cards.map((c) => c.hidden)).toEqual([true, true]);
    await until(ana, (s) => s.board?.kind === 'journey' && s.board.maps[0]!.cards.length === 1);
    expect(cardsOn(ana)).toEqual(['Waiting on the phone']);
  });

  test('authors follow the workshop’s setting on the phones too; an anonymous phone’s card has no name anywhere', async () => {
    const t = await startSharingCore();
    const { room, sharing, cell } = await silentRoom(t);
    const named = await phoneJoins(sharing, 'Ana Lopez');
    const anonymous = await phoneJoins(sharing);
    await named.ask({ type: 'addCard', container: cell(1), text: 'Named idea' });
    await anonymous.ask({ type: 'addCard', container: cell(1), text: 'Anonymous idea' });
    await t.call('workshopSetAuthorDisplay', { workshopId: room.workshop.id, authorDisplay: 'initials' });
    await t.call('boardReveal', { workshopId: room.workshop.id });

    await until(anonymous, (s) => s.board?.kind === 'journey' && s.board.maps[0]!.cards.length === 2);
    const seen = anonymous.state().board;
    expect(seen?.kind === 'journey' && seen.maps[0]!.cards.map((c) => [c.text, c.author])).toEqual([
      ['Named idea', 'AL'],
      ['Anonymous idea', null],
    ]);
    const board = await t.call('boardGet', { workshopId: room.workshop.id });
    expect(board.journeyMaps[0]!.cards.map((c) => c.author)).toEqual(['Ana Lopez', null]);
  });
});

describe('a participant’s own cards', () => {
  test('can be edited and deleted until the step ends, each an undoable board edit', async () => {
    const { t, room, ana, id } = await anaWrote('Typo here');

    expect(await ana.ask({ type: 'editCard', cardId: id, text: '  Fixed text ' })).toMatchObject({ type: 'ack', action: 'editCard', cardId: id });
    let board = await t.call('boardGet', { workshopId: room.workshop.id });
    expect(board.journeyMaps[0]!.cards).toMatchObject([{ id, text: 'Fixed text', hidden: true, participantId: ana.participantId }]);
    await t.call('boardUndo', { workshopId: room.workshop.id });
    board = await t.call('boardGet', { workshopId: room.workshop.id });
    expect(board.journeyMaps[0]!.cards[0]?.text).toBe('Typo here');

    expect(await ana.ask({ type: 'deleteCard', cardId: id })).toMatchObject({ type: 'ack', action: 'deleteCard', cardId: id });
    board = await t.call('boardGet', { workshopId: room.workshop.id });
    expect(board.journeyMaps[0]!.cards).toEqual([]);
    await t.call('boardUndo', { workshopId: room.workshop.id });
    board = await t.call('boardGet', { workshopId: room.workshop.id });
    expect(board.journeyMaps[0]!.cards.map((c) => c.id)).toEqual([id]);
  });

  test('refuses another participant’s card, and a card typed on the laptop, changing nothing', async () => {
    const t = await startSharingCore();
    const { room, sharing, cell } = await silentRoom(t);
    const ana = await phoneJoins(sharing, 'Ana');
    const ben = await phoneJoins(sharing, 'Ben');
    const anas = cardIdOf(await ana.ask({ type: 'addCard', container: cell(1), text: 'Ana’s card' }));
    const laptop = await t.call('cardCreate', { workshopId: room.workshop.id, container: cell(2), text: 'Facilitator’s card' });

    for (const cardId of [anas, laptop.id]) {
      expect(await ben.ask({ type: 'editCard', cardId, text: 'Hijacked' })).toMatchObject({
        type: 'error',
        code: 'forbidden',
        message: 'You can only change the cards you wrote',
      });
      expect(await ben.ask({ type: 'deleteCard', cardId })).toMatchObject({ type: 'error', code: 'forbidden' });
    }
    expect((await mapTexts(t, room.workshop.id)).sort()).toEqual(['Ana’s card', 'Facilitator’s card']);
  });

  test('refuses a card that is not on the current step’s board', async () => {
    const { t, room, ana, id } = await anaWrote('On a lane soon hidden');
    // The facilitator hides the lane: the card is no longer on the board the phones are offered.
    await t.call('laneUpdate', { laneId: room.painLane, patch: { hidden: true } });

    await expectEditRefused(ana, id, 'Changed', 'forbidden', 'This card is not on the current step’s board');
    expect((await mapTexts(t, room.workshop.id))).toEqual(['On a lane soon hidden']);
  });

  test('refuses once the step has ended', async () => {
    const { t, room, ana, id } = await anaWrote('Written in time');
    const voting = room.workshop.steps.find((s) => s.kind === 'voting')!;
    await t.call('timerGoTo', { workshopId: room.workshop.id, stepId: voting.id });

    await expectEditRefused(ana, id, 'Too late', 'conflict', 'The step has ended: cards can no longer be changed');
    expect((await mapTexts(t, room.workshop.id))).toEqual(['Written in time']);
  });

  test('refuses a malformed message with the field it got wrong', async () => {
    const { t, room, ana, id } = await anaWrote('Fine');

    expect(await ana.ask({ type: 'editCard', cardId: id, text: '   ' })).toMatchObject({ type: 'error', code: 'invalid_input', message: expect.stringMatching(/^text: /) });
    expect(await ana.ask({ type: 'editCard', cardId: id, text: 'x'.repeat(501) })).toMatchObject({ type: 'error', code: 'invalid_input' });
    expect(await ana.ask({ type: 'editCard', cardId: 'no', text: 'Short id' })).toMatchObject({ type: 'error', code: 'invalid_input', message: expect.stringMatching(/^cardId: /) });
    expect(await ana.ask({ type: 'deleteCard', cardId: id, extra: true })).toMatchObject({ type: 'error', code: 'invalid_input' });
    expect(await ana.ask({ type: 'deleteCard' })).toMatchObject({ type: 'error', code: 'invalid_input' });
    expect(await ana.ask({ type: 'editCard', cardId: 'AAAAAAAAAAAAAAAA', text: 'No such card' })).toMatchObject({ type: 'error', code: 'not_found' });
    expect((await mapTexts(t, room.workshop.id))).toEqual(['Fine']);
  });
});
