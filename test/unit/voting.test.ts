import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VOTING_RULES,
  JOIN_CODE_ALPHABET,
  joinCodeSchema,
  nextPhase,
  rankItems,
  tally,
  topItems,
  validateBallot,
  votingRulesSchema,
  type VotingRules,
} from '../../shared/domain/voting';

const items = [{ id: 'item-a' }, { id: 'item-b' }, { id: 'item-c' }];
const rules: VotingRules = { dotsPerVoter: 5, maxPerItem: 3, anonymous: false };

describe('a ballot', () => {
  test('within the dots and the per-item cap is accepted, with its total', () => {
    expect(validateBallot(rules, items, [{ itemId: 'item-a', count: 3 }, { itemId: 'item-b', count: 2 }])).toEqual({ ok: true, total: 5 });
  });

  test('using fewer dots than allowed is accepted', () => {
    expect(validateBallot(rules, items, [{ itemId: 'item-c', count: 1 }])).toEqual({ ok: true, total: 1 });
  });

  test.each([
    ['no dot at all', [], 'empty'],
    ['more dots than the voter has', [{ itemId: 'item-a', count: 3 }, { itemId: 'item-b', count: 3 }], 'too_many_dots'],
    ['more than the cap on one item', [{ itemId: 'item-a', count: 4 }], 'over_item_limit'],
    ['an item that is not in the vote', [{ itemId: 'item-z', count: 1 }], 'unknown_item'],
    ['the same item twice (a way round the cap)', [{ itemId: 'item-a', count: 2 }, { itemId: 'item-a', count: 2 }], 'duplicate_item'],
    ['a zero count', [{ itemId: 'item-a', count: 0 }], 'bad_count'],
    ['a fractional count', [{ itemId: 'item-a', count: 1.5 }], 'bad_count'],
  ])('with %s is refused', (_what, dots, reason) => {
    const check = validateBallot(rules, items, dots);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toBe(reason);
  });

  test('is held to the session’s own rules', () => {
    const strict: VotingRules = { dotsPerVoter: 2, maxPerItem: 1, anonymous: true };
    expect(validateBallot(strict, items, [{ itemId: 'item-a', count: 2 }]).ok).toBe(false);
    expect(validateBallot(strict, items, [{ itemId: 'item-a', count: 1 }, { itemId: 'item-b', count: 1 }]).ok).toBe(true);
  });
});

describe('tallying', () => {
  test('sums every ballot per item and counts the voters behind each item', () => {
    const t = tally(
      [
        [{ itemId: 'item-a', count: 3 }, { itemId: 'item-b', count: 2 }],
        [{ itemId: 'item-a', count: 1 }],
      ],
      ['item-a', 'item-b', 'item-c'],
    );
    expect(t).toEqual([
      { itemId: 'item-a', votes: 4, voterCount: 2 },
      { itemId: 'item-b', votes: 2, voterCount: 1 },
      { itemId: 'item-c', votes: 0, voterCount: 0 },
    ]);
  });

  test('of no ballot gives every listed item zero', () => {
    expect(tally([], ['item-a']).map((x) => x.votes)).toEqual([0]);
  });
});

describe('ranking', () => {
  test('puts the most votes first', () => {
    const ranked = rankItems([
      { id: 'a', votes: 2 },
      { id: 'b', votes: 9 },
      { id: 'c', votes: 5 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });

  test('gives ties the same rank and skips the ranks they fill (1, 1, 3)', () => {
    const ranked = rankItems([
      { id: 'a', votes: 7 },
      { id: 'b', votes: 7 },
      { id: 'c', votes: 3 },
      { id: 'd', votes: 3 },
      { id: 'e', votes: 3 },
      { id: 'f', votes: 0 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3, 3, 3, 6]);
  });

  test('keeps tied items in their original order, so the same votes always read the same', () => {
    const ranked = rankItems([
      { id: 'x', votes: 1 },
      { id: 'y', votes: 4 },
      { id: 'z', votes: 1 },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['y', 'x', 'z']);
  });

  test('of nothing is empty', () => {
    expect(rankItems([])).toEqual([]);
  });

  test('a second round on the top 2 keeps every item tied at the cut', () => {
    const ranked = rankItems([
      { id: 'a', votes: 8 },
      { id: 'b', votes: 5 },
      { id: 'c', votes: 5 },
      { id: 'd', votes: 1 },
    ]);
    expect(topItems(ranked, 2).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(topItems(ranked, 1).map((r) => r.id)).toEqual(['a']);
  });
});

describe('phases', () => {
  test('go setup → open → closed → revealed', () => {
    expect(nextPhase('setup', 'open')).toBe('open');
    expect(nextPhase('open', 'close')).toBe('closed');
    expect(nextPhase('closed', 'reveal')).toBe('revealed');
  });

  test('let the facilitator reveal straight from open, and reopen a closed or revealed vote', () => {
    expect(nextPhase('open', 'reveal')).toBe('revealed');
    expect(nextPhase('closed', 'reopen')).toBe('open');
    expect(nextPhase('revealed', 'reopen')).toBe('open');
  });

  test.each([
    ['setup', 'close'],
    ['setup', 'reveal'],
    ['setup', 'reopen'],
    ['open', 'open'],
    ['open', 'reopen'],
    ['closed', 'open'],
    ['revealed', 'close'],
    ['revealed', 'reveal'],
  ] as const)('refuse %s → %s', (from, action) => {
    expect(nextPhase(from, action)).toBeNull();
  });
});

describe('rules and join codes', () => {
  test('rules default to 5 dots, 3 per item, named', () => {
    expect(votingRulesSchema.parse({})).toEqual(DEFAULT_VOTING_RULES);
  });

  test.each([{ dotsPerVoter: 0 }, { dotsPerVoter: 21 }, { maxPerItem: 11 }, { maxPerItem: 2.5 }])('rules %o are refused', (input) => {
    expect(votingRulesSchema.safeParse(input).success).toBe(false);
  });

  test('the join code alphabet has no I, O, 0 or 1', () => {
    for (const ambiguous of ['I', 'O', '0', '1']) expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
  });

  test('a typed code is trimmed and upper-cased; ambiguous or short codes are refused', () => {
    expect(joinCodeSchema.parse(' k7m2qx ')).toBe('K7M2QX');
    expect(joinCodeSchema.safeParse('K7M2Q0').success).toBe(false);
    expect(joinCodeSchema.safeParse('K7M2Q').success).toBe(false);
  });
});
