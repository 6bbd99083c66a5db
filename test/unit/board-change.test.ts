import { describe, expect, it } from 'vitest';
import type { Board, Card } from '../../shared/domain/board';
import { applyBoardChange, emptyBoardDiff, touchesStructure, type BoardChange, type BoardDiff } from '../../shared/domain/board-change';
import { cardOf } from '../helpers/card';

const card = (id: string, sectionId: string, position: number, text = id): Card =>
  cardOf({ id, container: { kind: 'section', sectionId }, position, text });

const persona = (id: string, sections: { id: string; cards: Card[] }[]) => ({
  id,
  workshopId: 'w',
  position: 0,
  name: id,
  avatar: { kind: 'initials' as const },
  role: '',
  ageRange: '',
  quote: '',
  bio: '',
  primary: false,
  sections: sections.map((s, position) => ({ id: s.id, title: s.id, hidden: false, position, color: null, cards: s.cards, groups: [] })),
});

function board(): Board {
  return {
    workshopId: 'w',
    canUndo: false,
    canRedo: false,
    revision: 7,
    personas: [persona('lea', [{ id: 'needs', cards: [card('a', 'needs', 0), card('b', 'needs', 1)] }, { id: 'goals', cards: [card('c', 'goals', 0)] }]), persona('marc', [])],
    journeyMaps: [],
  };
}

const none = emptyBoardDiff();
const change = (diff: Partial<BoardDiff> | null): BoardChange => ({ workshopId: 'w', revision: 8, canUndo: true, canRedo: false, diff: diff && { ...none, ...diff } });

describe('applying a pushed board change', () => {
  it('places an edited card and leaves every other list and persona the same object', () => {
    const before = board();
    const after = applyBoardChange(before, change({ cards: [card('b', 'needs', 1, 'edited')] }))!;
    expect(after.personas[0]!.sections[0]!.cards.map((c) => c.text)).toEqual(['a', 'edited']);
    expect(after.personas[0]!.sections[1]).toBe(before.personas[0]!.sections[1]);
    expect(after.personas[1]).toBe(before.personas[1]);
    expect(after).toMatchObject({ revision: 8, canUndo: true });
  });

  it('moves a card between sections and takes out a deleted one', () => {
    const after = applyBoardChange(board(), change({ cards: [card('a', 'goals', 1)], removedCards: ['b'] }))!;
    expect(after.personas[0]!.sections.map((s) => s.cards.map((c) => c.id))).toEqual([[], ['c', 'a']]);
  });

  it('replaces a persona from its shell, keeping the cards of the sections it still has', () => {
    const before = board();
    const { sections, ...rest } = before.personas[0]!;
    const { cards: _cards, ...goals } = sections[1]!;
    const shell = { ...rest, name: 'Léa', sections: [goals, { id: 'new', title: 'New', hidden: false, position: 2, color: null }] };
    const after = applyBoardChange(before, change({ personas: [shell], removedPersonas: ['marc'] }))!;
    expect(after.personas.map((p) => p.name)).toEqual(['Léa']);
    expect(after.personas[0]!.sections.map((s) => [s.id, s.cards.length])).toEqual([
      ['goals', 1],
      ['new', 0],
    ]);
  });

  it('takes a section’s new colour from its shell, keeping its cards', () => {
    const before = board();
    const { sections, ...rest } = before.personas[0]!;
    const shells = sections.map(({ cards: _cards, groups: _groups, ...section }) => (section.id === 'needs' ? { ...section, color: 'green' as const } : section));
    const after = applyBoardChange(before, change({ personas: [{ ...rest, sections: shells }] }))!;
    expect(after.personas[0]!.sections.map((s) => [s.id, s.color, s.cards.length])).toEqual([
      ['needs', 'green', 2],
      ['goals', null, 1],
    ]);
    expect(after.personas[0]!.sections[1]).toBe(before.personas[0]!.sections[1]);
  });

  it('cannot place a card in a section the board does not have: the board is read again', () => {
    expect(applyBoardChange(board(), change({ cards: [card('z', 'elsewhere', 0)] }))).toBeNull();
    expect(applyBoardChange(board(), change(null))).toBeNull();
    expect(applyBoardChange(board(), { ...change({}), workshopId: 'other' })).toBeNull();
  });

  it('tells a change of places (what phones see) from a change of cards only', () => {
    expect(touchesStructure(change({ cards: [card('a', 'needs', 0)] }))).toBe(false);
    expect(touchesStructure(change({ removedMaps: ['m'] }))).toBe(true);
    expect(touchesStructure(change(null))).toBe(true);
  });
});
