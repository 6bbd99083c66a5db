import type { MessageKey } from './catalog';
import type { Params } from './index';

type Translate = (key: MessageKey, params?: Params) => string;

/**
 * "23 ideas from 9 people so far" / "23 idées de 9 personnes pour l’instant", with each language's
 * singular: in French 0 and 1 take the singular, in English only 1 does; no idea at all has its
 * own sentence. One home for the laptop's banner, the projector and the phones.
 */
export function silentCountLine(t: Translate, lang: 'fr' | 'en', ideas: number, people: number): string {
  if (ideas === 0) return t('silent.count.none');
  const one = (n: number) => (lang === 'fr' ? n <= 1 : n === 1);
  return t('silent.count.line', {
    ideas: t(one(ideas) ? 'silent.count.ideas.one' : 'silent.count.ideas.other', { count: ideas }),
    people: t(one(people) ? 'silent.count.people.one' : 'silent.count.people.other', { count: people }),
  });
}
