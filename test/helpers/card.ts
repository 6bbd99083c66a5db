import type { Card } from '../../shared/domain/board';

/**
 * A card built by hand for tests of pure logic: every field has a plain default (a yellow card in
 * section 's', ungrouped, visible, typed on the laptop) and `partial` sets the ones the test is about.
 * Its text is its id unless given.
 */
export function cardOf(partial: Partial<Card> = {}): Card {
  const id = partial.id ?? 'card';
  return {
    id,
    container: { kind: 'section', sectionId: 's' },
    position: 0,
    text: id,
    color: 'yellow',
    author: null,
    severity: null,
    momentOfTruthId: null,
    measureType: null,
    groupId: null,
    mergedFrom: [],
    participantId: null,
    hidden: false,
    createdAt: 't',
    updatedAt: 't',
    ...partial,
  };
}
