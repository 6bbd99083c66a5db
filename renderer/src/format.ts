import { formatDay as formatDayIn, formatDuration as formatMinutes } from '../../shared/domain/clock-format';
import type { Language } from '../../shared/domain/settings';
import type { I18n } from './i18n';

/*
 * The interface's formats: thin wrappers over shared/domain/clock-format, the one home of how
 * dates, times and durations are written (the PDF uses the same functions).
 */

/** "45 min", "2 h 50 min". `t` is accepted for the callers that pass it; the format is the same in both languages. */
export function formatDuration(minutes: number, _t?: I18n['t']): string {
  return formatMinutes(minutes);
}

/** A YYYY-MM-DD date in the UI language: "1er décembre 2026" / "1 December 2026". */
export function formatDay(isoDate: string, lang: Language): string {
  return formatDayIn(isoDate, lang);
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Long card texts shortened for button names and announcements. */
export function shortText(text: string, max = 60): string {
  if (text.length <= max && !/\s\s|[\n\t]/.test(text)) return text;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
