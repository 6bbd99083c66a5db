import { expect } from 'vitest';
import type { Language } from '../../shared/domain/settings';
import { translateCount, type CountedKey } from '../../shared/i18n/plural';

/** A counted phrase and what it must read: language, key, count, the text, and the key's other values. */
export type CountedCase = [language: Language, key: CountedKey, count: number, text: string, values?: Record<string, string | number>];

/** Every counted phrase reads as written, in the form its language gives its count. */
export function expectCounted(cases: readonly CountedCase[]): void {
  for (const [language, key, count, text, values] of cases) {
    expect(translateCount(language, key, count, values), `${language} ${key} ${count}`).toBe(text);
  }
}
