import { describe, expect, it } from 'vitest';
import { en, fr } from '../../shared/i18n/catalog';
import { translateCount, type CountedKey } from '../../shared/i18n/plural';

/** The counts of the phone's vote and the voting screens, each through the one plural rule. */
const COUNTED: CountedKey[] = [
  'participant.vote.rules',
  'participant.vote.left',
  'participant.vote.count',
  'participant.vote.resultVotes',
  'participant.vote.voters',
  'voting.setup.count',
  'voting.groupItem.count',
  'voting.rules.summary',
  'voting.items.count',
  'voting.turnout.waiting',
  'voting.voted',
  'voting.voted.noTotal',
  'voting.votes',
  'voting.dots.count',
  'voting.dots.left',
  'voting.dots.itemFull',
  'voting.laptop.rules',
  'voting.laptop.unused',
  'voting.results.voters',
  'voting.results.dots',
  'voting.heat.badge',
];

describe('counted phrases of the vote', () => {
  it('say “1 dot”, never “1 dots”, on the phone’s results and the voting screens', () => {
    expect(translateCount('en', 'participant.vote.resultVotes', 1)).toBe('1 dot');
    expect(translateCount('en', 'participant.vote.resultVotes', 2)).toBe('2 dots');
    expect(translateCount('en', 'participant.vote.resultVotes', 0)).toBe('0 dots');
    expect(translateCount('fr', 'participant.vote.resultVotes', 0)).toBe('0 gommette');
    expect(translateCount('fr', 'participant.vote.resultVotes', 1)).toBe('1 gommette');
    expect(translateCount('fr', 'participant.vote.resultVotes', 3)).toBe('3 gommettes');
    expect(translateCount('en', 'participant.vote.voters', 1)).toBe('1 person voted');
    expect(translateCount('fr', 'participant.vote.voters', 2)).toBe('2 personnes ont voté');
    expect(translateCount('en', 'participant.vote.rules', 1, { max: 1 })).toBe('1 dot to place, at most 1 on one item.');
    expect(translateCount('fr', 'participant.vote.left', 1)).toBe('Il reste 1 gommette');
    expect(translateCount('en', 'participant.vote.count', 1, { item: 'Queue' })).toBe('1 dot on “Queue”');
    expect(translateCount('en', 'voting.voted', 1, { total: 4 })).toBe('1 of 4 has voted');
    expect(translateCount('en', 'voting.voted', 3, { total: 4 })).toBe('3 of 4 have voted');
    expect(translateCount('fr', 'voting.groupItem.count', 2)).toBe('regroupement · 2 cartes');
    expect(translateCount('en', 'voting.heat.badge', 1, { rank: 2 })).toBe('1 dot · #2');
    expect(translateCount('en', 'voting.results.voters', 1)).toBe('1 person voted');
    expect(translateCount('en', 'voting.results.dots', 12)).toBe('12 dots');
    expect(translateCount('fr', 'voting.dots.itemFull', 1)).toBe('Maximum atteint : 1 gommette sur un élément');
    expect(translateCount('en', 'voting.laptop.rules', 1, { max: 1 })).toBe('You have 1 dot. Put at most 1 on the same item.');
  });

  it('have both forms in both languages, each naming the count, and no ad-hoc singular left', () => {
    for (const catalog of [en, fr]) {
      for (const key of COUNTED) {
        for (const form of ['one', 'other'] as const) {
          const text = catalog[`${key}.${form}` as keyof typeof catalog];
          expect(text, `${key}.${form}`).toContain('{count}');
        }
      }
      const adHoc = Object.keys(catalog).filter((key) => /^(voting|participant\.vote)\..*(One|oneNoTotal)$/.test(key));
      expect(adHoc).toEqual([]);
    }
  });
});
