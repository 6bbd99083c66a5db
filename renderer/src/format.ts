import type { I18n } from './i18n';

export function formatDuration(minutes: number, t: I18n['t']): string {
  if (minutes < 60) return t('common.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : t('common.hoursMinutes', { hours, minutes: rest });
}

/** A YYYY-MM-DD date in the UI language, without time-zone drift. */
export function formatDay(isoDate: string, lang: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Date(y, m - 1, d).toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
