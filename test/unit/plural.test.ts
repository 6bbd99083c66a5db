import { describe, expect, it } from 'vitest';
import { en, fr } from '../../shared/i18n/catalog';
import { pluralForm } from '../../shared/i18n/plural';
import { expectCounted } from '../helpers/plurals';

describe('counted phrases', () => {
  it('follow each language’s rule: only 1 is singular in English, 0 and 1 in French', () => {
    expect([0, 1, 2, 1000].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 1000, 1_000_000].map((n) => pluralForm('fr', n))).toEqual(['one', 'one', 'other', 'other', 'other']);
  });

  it('print the count the language’s way in the form it asks for', () => {
    expectCounted([
      ['en', 'report.count.participants', 1, '1 participant'],
      ['en', 'report.count.participants', 0, '0 participants'],
      ['en', 'report.count.dotsCast', 1, '1 dot cast'],
      ['fr', 'report.count.dotsCast', 1, '1 gommette posée'],
      ['fr', 'report.count.dotsCast', 0, '0 gommette posée'],
      ['fr', 'report.count.dots', 1200, '1\u202f200 gommettes'],
      ['en', 'report.heat.badge', 1, '1 dot · #2', { rank: 2 }],
      ['fr', 'presenter.more', 1, '+1 autre'],
      ['fr', 'presenter.more', 3, '+3 autres'],
      ['en', 'voting.presenter.more', 1, 'And 1 more item'],
      ['fr', 'voting.presenter.more', 2, 'Et 2 autres éléments'],
    ]);
  });

  it('have both forms for every counted key, each naming the count, in both languages', () => {
    for (const catalog of [en, fr]) {
      const ones = Object.keys(catalog).filter((key) => key.startsWith('report.') && key.endsWith('.one'));
      expect(ones.length).toBeGreaterThan(5);
      for (const key of ones) {
        const other = `${key.slice(0, -'.one'.length)}.other` as keyof typeof catalog;
        expect(catalog[other], other).toBeDefined();
        if (!key.startsWith('report.figure.')) expect(catalog[key as keyof typeof catalog], key).toContain('{count}');
      }
    }
  });
});
