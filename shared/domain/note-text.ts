import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { eng, fra } from 'stopword';
import type { Language } from './settings';

/**
 * A note's words as the group suggestions compare them: tokenised, stop words removed and each word
 * reduced to its Snowball stem, in the note's own language. Stop words and stemmers come from two
 * maintained libraries (`stopword`, `snowball-stemmers`); this file only chooses and combines them.
 */

/**
 * Words the libraries' lists keep but that say nothing of what a workshop note is about: the
 * intensifiers and negations people put in front of every frustration ("trop long", "never works").
 */
const EXTRA_STOP_WORDS: Record<Language, readonly string[]> = {
  fr: ['trop', 'très', 'plus', 'peu', 'jamais', 'toujours', 'rien', 'beaucoup', 'bien', 'vraiment', 'aussi', 'fait', 'chaque', 'tout', 'tous', 'toute', 'toutes', 'quand', 'sans', 'lors'],
  en: ['not', 'always', 'really', 'no', 'cannot', 'don', 'doesn', 'just', 'every', 'too', 'very', 'never'],
};

const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  fr: new Set([...fra, ...EXTRA_STOP_WORDS.fr]),
  en: new Set([...eng, ...EXTRA_STOP_WORDS.en]),
};

const STEMMER_NAMES: Record<Language, string> = { fr: 'french', en: 'english' };
const stemmers = new Map<Language, Stemmer>();

function stemmerFor(language: Language): Stemmer {
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = newStemmer(STEMMER_NAMES[language]);
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/** One kept word of a note: its stem (compared) and the word as written, lower-cased (shown in titles). */
export interface NoteTerm {
  stem: string;
  surface: string;
}

/**
 * Words of letters and digits; apostrophes split ("l'accueil" → "l", "accueil"), hyphens join
 * ("wi-fi", "check-in" stay one word, as people read them).
 */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The note's language: the one whose stop words it uses more ("le wifi ne marche pas" is French,
 * "the wifi is down" English); a note with as many of each, or none ("Wifi HS"), is taken to be in
 * the workshop's language.
 */
export function noteLanguage(tokens: readonly string[], workshopLanguage: Language): Language {
  let fr = 0;
  let en = 0;
  for (const token of tokens) {
    if (STOP_WORDS.fr.has(token)) fr += 1;
    if (STOP_WORDS.en.has(token)) en += 1;
  }
  if (fr === en) return workshopLanguage;
  return fr > en ? 'fr' : 'en';
}

/**
 * The note's terms in order. Dropped: stop words of its language, one-letter words (elided "l'",
 * "d'") and plain numbers ("20 minutes" is about the minutes). Stems lose their accents, so a
 * missing accent on a phone keyboard ("reception", "réception") mostly still matches — not always:
 * Snowball reads some endings by their accent ("accès" → "acces", "acces" → "acce").
 */
export function noteTerms(text: string, workshopLanguage: Language): NoteTerm[] {
  const tokens = tokenize(text);
  const language = noteLanguage(tokens, workshopLanguage);
  const stop = STOP_WORDS[language];
  const stemmer = stemmerFor(language);
  const terms: NoteTerm[] = [];
  for (const token of tokens) {
    if (token.length < 2 || stop.has(token) || /^[\p{N}\-‐]+$/u.test(token)) continue;
    // A compound is stemmed without its hyphen, so "wi-fi" and "wifi" are one word.
    const stem = stripAccents(stemmer.stem(token.replace(/[-‐]/g, '')));
    if (stem.length > 0) terms.push({ stem, surface: token });
  }
  return terms;
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{Diacritic}/gu, '');
}
