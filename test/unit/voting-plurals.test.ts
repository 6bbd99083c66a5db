import { describe, expect, it } from 'vitest';
import { en, fr } from '../../shared/i18n/catalog';
import type { CountedKey } from '../../shared/i18n/plural';
import { expectCounted } from '../helpers/plurals';

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
    expectCounted([
      ['en', 'participant.vote.resultVotes', 1, '1 dot'],
      ['en', 'participant.vote.resultVotes', 2, '2 dots'],
      ['en', 'participant.vote.resultVotes', 0, '0 dots'],
      ['fr', 'participant.vote.resultVotes', 0, '0 gommette'],
      ['fr', 'participant.vote.resultVotes', 1, '1 gommette'],
      ['fr', 'participant.vote.resultVotes', 3, '3 gommettes'],
      ['en', 'participant.vote.voters', 1, '1 person voted'],
      ['fr', 'participant.vote.voters', 2, '2 personnes ont voté'],
      ['en', 'participant.vote.rules', 1, '1 dot to place, at most 1 on one item.', { max: 1 }],
      ['fr', 'participant.vote.left', 1, 'Il reste 1 gommette'],
      ['en', 'participant.vote.count', 1, '1 dot on “Queue”', { item: 'Queue' }],
      ['en', 'voting.voted', 1, '1 of 4 has voted', { total: 4 }],
      ['en', 'voting.voted', 3, '3 of 4 have voted', { total: 4 }],
      ['fr', 'voting.groupItem.count', 2, 'regroupement · 2 cartes'],
      ['en', 'voting.heat.badge', 1, '1 dot · #2', { rank: 2 }],
      ['en', 'voting.results.voters', 1, '1 person voted'],
      ['en', 'voting.results.dots', 12, '12 dots'],
      ['fr', 'voting.dots.itemFull', 1, 'Maximum atteint : 1 gommette sur un élément'],
      ['en', 'voting.laptop.rules', 1, 'You have 1 dot. Put at most 1 on the same item.', { max: 1 }],
    ]);
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
