import { describe, expect, test } from 'vitest';
import { participantBoard, type BoardContent } from '../../main/participants/board-view';
import type { Card } from '../../shared/domain/board';
import { cardOf } from '../helpers/card';

const card = (id: string, sectionId: string, extra: Partial<Card> = {}): Card =>
  cardOf({ id, container: { kind: 'section', sectionId }, text: `text ${id}`, ...extra });

function content(cards: Card[], groups?: { id: string; title: string }[]): BoardContent {
  const section = {
    id: 's1',
    title: 'Needs',
    hidden: false,
    position: 0,
    color: null,
    cards,
    groups: (groups ?? []).map(({ id, title }) => ({ id, title, container: { kind: 'section' as const, sectionId: 's1' }, collapsed: false, createdAt: 't', updatedAt: 't' })),
  };
  return {
    personas: [{ id: 'p1', workshopId: 'w', position: 0, name: 'Lea', avatar: { kind: 'initials' }, role: '', ageRange: '', quote: '', bio: '', primary: true, sections: [section] }],
    journeyMaps: [],
  };
}

const step = { kind: 'persona' as const, silent: true };
const texts = (board: ReturnType<typeof participantBoard>) => (board?.kind === 'persona' ? board.personas[0]!.sections[0]!.cards.map((c) => [c.text, c.mine, c.author, c.group]) : null);

describe('the board a phone receives', () => {
  test('holds revealed cards and its own hidden ones, never another phone’s hidden card, with the counts', () => {
    const board = content([
      card('a', 's1', { author: 'Ana', participantId: 'ana' }),
      card('b', 's1', { hidden: true, author: 'Ana', participantId: 'ana' }),
      card('c', 's1', { hidden: true, author: 'Ben', participantId: 'ben' }),
      card('d', 's1', { author: 'Claire' }),
    ]);
    const ana = participantBoard(board, step, 'shown', 'ana');
    const ben = participantBoard(board, step, 'shown', 'ben');
    // The laptop's card is nobody's on the phones.
    expect(texts(ana)).toEqual([
      ['text a', true, 'Ana', null],
      ['text b', true, 'Ana', null],
      ['text d', false, 'Claire', null],
    ]);
    expect(texts(ben)).toEqual([
      ['text a', false, 'Ana', null],
      ['text c', true, 'Ben', null],
      ['text d', false, 'Claire', null],
    ]);
    expect(JSON.stringify(ben)).not.toContain('text b');
    expect(ana?.silence).toEqual({ ideas: 2, people: 2 });
    expect(participantBoard(board, { kind: 'persona', silent: false }, 'shown', 'ana')?.silence).toBeNull();
  });

  test('names authors as the workshop does', () => {
    const board = content([card('a', 's1', { author: 'Ana Lopez', participantId: 'ana' })]);
    expect(texts(participantBoard(board, step, 'initials', 'ben'))).toEqual([['text a', false, 'AL', null]]);
    expect(texts(participantBoard(board, step, 'hidden', 'ben'))).toEqual([['text a', false, null, null]]);
  });

  test('shows a card’s group title when the board groups cards, and tolerates boards without groups', () => {
    const grouped = { ...card('a', 's1'), groupId: 'g1' } as Card;
    const orphan = { ...card('b', 's1'), groupId: 'gone' } as Card;
    expect(texts(participantBoard(content([grouped, orphan], [{ id: 'g1', title: 'Speed' }]), step, 'shown', 'x'))).toEqual([
      ['text a', false, null, 'Speed'],
      ['text b', false, null, null],
    ]);
    expect(texts(participantBoard(content([grouped]), step, 'shown', 'x'))).toEqual([['text a', false, null, null]]);
  });

  test('is none on a step without a board', () => {
    expect(participantBoard(content([]), { kind: 'voting', silent: false }, 'shown', 'x')).toBeNull();
  });
});
