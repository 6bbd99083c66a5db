import { formatDay, formatDuration, formatTimeOfDay } from '../domain/clock-format';
import type { Language } from '../domain/settings';
import { translate, type MessageKey, type Params } from '../i18n';
import { translateCount, type CountedKey } from '../i18n/plural';

/** The report's strings and formats, always in the workshop's language (not the interface's). */
export interface ReportText {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  /** A counted phrase in the form its count asks for: "1 participant", "3 participants". */
  count: (key: CountedKey, count: number, params?: Params) => string;
  /** "4 June 2025" / "4 juin 2025" for a YYYY-MM-DD date (no time-zone drift) or an ISO timestamp. */
  day: (isoDate: string) => string;
  /** "14:05" for an ISO timestamp, in this machine's time zone (where the workshop ran). */
  time: (iso: string) => string;
  /** "45 min", "1 h 30 min". */
  duration: (minutes: number) => string;
  /** "+5 min", "−3 min", "±0". */
  difference: (minutes: number) => string;
  /** Locale-aware integer. */
  number: (value: number) => string;
}

export function reportText(lang: Language): ReportText {
  const t = (key: MessageKey, params?: Params): string => translate(lang, key, params);
  return {
    lang,
    t,
    count: (key, count, params) => translateCount(lang, key, count, params),
    day: (value) => formatDay(value, lang),
    // 24-hour in both languages: "13:07 – 13:22" fits the agenda's time column, "01:07 PM – …" does not.
    time: (iso) => formatTimeOfDay(new Date(iso), lang),
    duration: formatDuration,
    difference: (minutes) => {
      const whole = Math.round(minutes);
      if (whole === 0) return '±0';
      // U+2212 MINUS SIGN: a hyphen looks like a dash in a table of figures.
      return `${whole > 0 ? '+' : '\u2212'}${formatDuration(Math.abs(whole))}`;
    },
    number: (value) => value.toLocaleString(lang),
  };
}

/** The initials shown when a persona has no picture: "Claire Dubois" → "CD". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}
