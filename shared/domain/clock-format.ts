import type { Language } from './settings';

/*
 * Dates, times of day and durations as every screen and the PDF write them, in the language
 * given (the interface's, or the workshop's for the PDF) whatever the machine's locale:
 * "1er décembre 2026" / "1 December 2026", "13:05" (24-hour in both languages, so a time column
 * never mixes "1:11" and "13:05"), "2 h 50 min". A countdown is formatClock (shared/domain/timer).
 */

const LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/*
 * One formatter per language and kind, made on first use: building an Intl.DateTimeFormat costs
 * far more than formatting with it, and the timer and the workshop header format on every render.
 */
const dayFormats: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const timeFormats: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const dayFormat = (lang: Language): Intl.DateTimeFormat =>
  (dayFormats[lang] ??= new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }));
const timeFormat = (lang: Language): Intl.DateTimeFormat =>
  (timeFormats[lang] ??= new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));

/** A YYYY-MM-DD date (read without time-zone drift) or an ISO timestamp, as a Date; null if neither. */
export function parseDay(value: string): Date | null {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "1er décembre 2026", "2 décembre 2026" / "1 December 2026"; the input itself when it is not a date. */
export function formatDay(value: string, lang: Language): string {
  const date = parseDay(value);
  if (!date) return value;
  const parts = dayFormat(lang).formatToParts(date);
  // French writes the first of the month as an ordinal: "1er".
  return parts.map((part) => (part.type === 'day' && lang === 'fr' && part.value === '1' ? '1er' : part.value)).join('');
}

/** "13:05", in this machine's time zone (where the workshop runs). */
export function formatTimeOfDay(date: Date, lang: Language): string {
  if (Number.isNaN(date.getTime())) return '';
  return timeFormat(lang).format(date);
}

/** "45 min", "2 h", "2 h 50 min" (the same in both languages). */
export function formatDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A YYYY-MM-DD date as a date field shows it: "01/12/2026" (day first in both languages). */
export function formatDayInput(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/**
 * What was typed in a date field, as YYYY-MM-DD: day, month, year separated by "/", "." or "-"
 * ("1/12/2026", "01.12.2026"), or already YYYY-MM-DD. Null when it is not a real date.
 */
export function parseDayInput(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(year, month - 1, day);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
