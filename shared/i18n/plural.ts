import type { Language } from '../domain/settings';
import { translate, type MessageKey, type Params } from './index';

/**
 * The one plural rule of the app: a counted message has two keys, `<key>.one` and `<key>.other`,
 * and the count picks one by the language's own rule (Intl.PluralRules): in English only 1 is
 * singular ("0 votes", "1 vote"), in French 0 and 1 are ("0 vote", "1 vote", "2 votes").
 * Both forms name `{count}`, so the number is always printed by the same code.
 */
export type PluralForm = 'one' | 'other';

/** The keys that have both forms, without their suffix: 'report.count.votes' for 'report.count.votes.one' / '.other'. */
export type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

const rules: Partial<Record<Language, Intl.PluralRules>> = {};

export function pluralForm(lang: Language, count: number): PluralForm {
  rules[lang] ??= new Intl.PluralRules(lang);
  // CLDR's French "many" (1 000 000 de…) reads as the plural here.
  return rules[lang].select(count) === 'one' ? 'one' : 'other';
}

/** "1 vote" / "3 votes" / "0 vote" in French: the form the count asks for, the count written for the language. */
export function translateCount(lang: Language, key: CountedKey, count: number, params?: Params): string {
  return translate(lang, `${key}.${pluralForm(lang, count)}` as MessageKey, { count: count.toLocaleString(lang), ...params });
}
