import type { Language } from '../domain/settings';
import { translate, type MessageKey, type Params } from '../i18n';

/** The report's strings and formats, always in the workshop's language (not the interface's). */
export interface ReportText {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
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
  const duration = (minutes: number): string => {
    const whole = Math.max(0, Math.round(minutes));
    if (whole < 60) return t('common.minutes', { count: whole });
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    return rest === 0 ? `${hours} h` : t('common.hoursMinutes', { hours, minutes: rest });
  };
  return {
    lang,
    t,
    day: (value) => {
      const options = { day: 'numeric', month: 'long', year: 'numeric' } as const;
      const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(lang, options);
    },
    time: (iso) => {
      const date = new Date(iso);
      // 24-hour in both languages: "13:07 – 13:22" fits the agenda's time column, "01:07 PM – …" does not.
      return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    },
    duration,
    difference: (minutes) => {
      const whole = Math.round(minutes);
      if (whole === 0) return '±0';
      // U+2212 MINUS SIGN: a hyphen looks like a dash in a table of figures.
      return `${whole > 0 ? '+' : '\u2212'}${duration(Math.abs(whole))}`;
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
