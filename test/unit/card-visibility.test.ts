import { describe, expect, test } from 'vitest';
import { translate } from '../../shared/i18n';
import { silentCountLine } from '../../shared/i18n/silent-count';
import { authorLabel, canSee, indexAmongAll, initialsOf, isSilentStep, loudBoardStep, silentTally, visibleCards, type CardViewer } from '../../shared/domain/card-visibility';

const card = (id: string, hidden: boolean, participantId: string | null, author: string | null = null, createdAt = id) => ({
  id,
  hidden,
  participantId,
  author,
  createdAt,
});

const cards = [card('a', false, 'p1', 'Ana'), card('b', true, 'p1', 'Ana'), card('c', true, 'p2', 'Ben'), card('d', true, null), card('e', true, 'p3')];
const ids = (viewer: CardViewer) => visibleCards(cards, viewer).map((c) => c.id);

describe('who sees which card', () => {
  test('a revealed card is seen by everyone', () => {
    for (const viewer of [{ kind: 'laptop' }, { kind: 'laptopPeek' }, { kind: 'projector' }, { kind: 'participant', participantId: 'p9' }] as const) {
      expect(canSee(cards[0]!, viewer)).toBe(true);
    }
  });

  test('the projector never sees a hidden card', () => {
    expect(ids({ kind: 'projector' })).toEqual(['a']);
  });

  test('a phone sees its own hidden cards and no one else’s', () => {
    expect(ids({ kind: 'participant', participantId: 'p1' })).toEqual(['a', 'b']);
    expect(ids({ kind: 'participant', participantId: 'p2' })).toEqual(['a', 'c']);
  });

  test('the laptop sees the hidden cards typed on it, and all of them only when peeking', () => {
    expect(ids({ kind: 'laptop' })).toEqual(['a', 'd']);
    expect(ids({ kind: 'laptopPeek' })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('naming authors', () => {
  test('shown, as initials, or not at all', () => {
    expect(authorLabel({ author: 'Ana Lopez' }, 'shown')).toBe('Ana Lopez');
    expect(authorLabel({ author: 'Ana Lopez' }, 'initials')).toBe('AL');
    expect(authorLabel({ author: 'Ana Lopez' }, 'hidden')).toBeNull();
  });

  test('an anonymous card stays anonymous whatever the setting', () => {
    for (const display of ['shown', 'initials', 'hidden'] as const) {
      expect(authorLabel({ author: null }, display)).toBeNull();
      expect(authorLabel({ author: '   ' }, display)).toBeNull();
    }
  });

  test('initials take the first letter of up to three words, hyphens and apostrophes included', () => {
    expect(initialsOf('jean-pierre')).toBe('JP');
    expect(initialsOf('Élodie d’Arc')).toBe('ÉDA');
    expect(initialsOf('  ana  ')).toBe('A');
    expect(initialsOf('Anne Marie Louise Dupont')).toBe('AML');
  });
});

describe('what the room is told during silence', () => {
  test('counts hidden ideas and distinct writers (the laptop once), and names only those with a name', () => {
    expect(silentTally(cards, 'shown')).toEqual({ ideas: 4, people: 4, writers: ['Ana', 'Ben'] });
    expect(silentTally(cards, 'initials').writers).toEqual(['A', 'B']);
    expect(silentTally(cards, 'hidden')).toEqual({ ideas: 4, people: 4, writers: [] });
  });

  test('writers are listed in the order they first wrote', () => {
    const later = [card('x', true, 'p2', 'Ben', '2'), card('y', true, 'p1', 'Ana', '1'), card('z', true, 'p2', 'Ben', '3')];
    expect(silentTally(later, 'shown')).toEqual({ ideas: 3, people: 2, writers: ['Ana', 'Ben'] });
  });

  test('only a board step can be silent', () => {
    expect(isSilentStep({ kind: 'persona', silent: true })).toBe(true);
    expect(isSilentStep({ kind: 'journey', silent: true })).toBe(true);
    expect(isSilentStep({ kind: 'voting', silent: true })).toBe(false);
    expect(isSilentStep({ kind: 'persona', silent: false })).toBe(false);
    expect(isSilentStep(null)).toBe(false);
  });

  test('silence can be switched on live for the current board step only, when it runs aloud', () => {
    const steps = [
      { id: 'p', kind: 'persona', silent: false },
      { id: 'j', kind: 'journey', silent: true },
      { id: 'v', kind: 'voting', silent: false },
    ] as const;
    expect(loudBoardStep({ currentStepId: 'p', steps })?.id).toBe('p');
    expect(loudBoardStep({ currentStepId: 'j', steps })).toBeUndefined();
    expect(loudBoardStep({ currentStepId: 'v', steps })).toBeUndefined();
    expect(loudBoardStep({ currentStepId: null, steps })).toBeUndefined();
  });
});

describe('the count line', () => {
  const line = (lang: 'fr' | 'en', ideas: number, people: number) => silentCountLine((key, params) => translate(lang, key, params), lang, ideas, people);

  test('in English, only 1 is singular', () => {
    expect(line('en', 23, 9)).toBe('23 ideas from 9 people so far');
    expect(line('en', 1, 1)).toBe('1 idea from 1 person so far');
    expect(line('en', 3, 1)).toBe('3 ideas from 1 person so far');
    expect(line('en', 0, 0)).toBe('No new ideas yet');
  });

  test('in French, with its own singular and elision', () => {
    expect(line('fr', 23, 9)).toBe('23 idées de 9 personnes pour l’instant');
    expect(line('fr', 1, 1)).toBe('1 idée d’une personne pour l’instant');
    expect(line('fr', 2, 1)).toBe('2 idées d’une personne pour l’instant');
    expect(line('fr', 0, 0)).toBe('Aucune nouvelle idée pour l’instant');
  });
});

describe('a drop among the cards a viewer sees', () => {
  const inCell = [card('a', false, null), card('h1', true, 'p2'), card('b', false, null), card('h2', true, 'p2')];
  const laptop = { kind: 'laptop' } as const;

  test('lands right after the visible card it follows, hidden ones keeping their place', () => {
    // The laptop sees a, b: dropping at 1 means "after a", before the hidden h1.
    expect(indexAmongAll(inCell, 0, laptop)).toBe(0);
    expect(indexAmongAll(inCell, 1, laptop)).toBe(1);
    expect(indexAmongAll(inCell, 2, laptop)).toBe(3);
    expect(indexAmongAll(inCell, 9, laptop)).toBe(3);
  });

  test('is the same index for a viewer who sees every card', () => {
    expect([0, 1, 2, 3, 4].map((i) => indexAmongAll(inCell, i, { kind: 'laptopPeek' }))).toEqual([0, 1, 2, 3, 4]);
  });
});
