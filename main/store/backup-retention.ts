import type { BackupContent } from '../../shared/domain/app-status';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

/**
 * How backups thin out with age. Every backup of the last day (the newest RECENT_KEPT of them, so
 * a day of many short sessions cannot fill the disk), then the newest of each day for a week, then
 * the newest of each week for five weeks; older ones go. Whatever its age, the newest backup that
 * holds the most workshops (then the most cards) is kept: a run of sessions on an emptied or new
 * database must never push the last copy of the user's workshops out.
 */
export const RETENTION = {
  recentMs: DAY_MS,
  recentKept: 10,
  dailyUntilMs: 7 * DAY_MS,
  weeklyUntilMs: 35 * DAY_MS,
} as const;

export interface RetentionCandidate {
  name: string;
  createdAt: string;
  content: BackupContent | null;
}

/** The names to keep among our own backups (files copied in by hand are not candidates). */
export function backupsToKeep(candidates: readonly RetentionCandidate[], now: Date): Set<string> {
  const newestFirst = [...candidates].sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
  const keep = new Set<string>();
  const best = richest(newestFirst);
  if (best) keep.add(best.name);

  let recent = 0;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const backup of newestFirst) {
    const time = Date.parse(backup.createdAt);
    const age = now.getTime() - time;
    // Buckets are fixed on the calendar (UTC days, weeks since the epoch), so a backup kept for its
    // day stays kept until its day leaves the window, whatever time the next pruning runs.
    if (age < RETENTION.recentMs) {
      if (recent < RETENTION.recentKept) keep.add(backup.name);
      recent += 1;
    } else if (age < RETENTION.dailyUntilMs) {
      const day = Math.floor(time / DAY_MS);
      if (!days.has(day)) keep.add(backup.name);
      days.add(day);
    } else if (age < RETENTION.weeklyUntilMs) {
      const week = Math.floor(time / WEEK_MS);
      if (!weeks.has(week)) keep.add(backup.name);
      weeks.add(week);
    }
  }
  return keep;
}

/** The newest of the backups holding the most: workshops first, then cards. */
function richest(newestFirst: readonly RetentionCandidate[]): RetentionCandidate | undefined {
  let best: RetentionCandidate | undefined;
  for (const backup of newestFirst) {
    if (!backup.content) continue;
    if (!best?.content || compareContent(backup.content, best.content) > 0) best = backup;
  }
  return best;
}

export function compareContent(a: BackupContent, b: BackupContent): number {
  return a.workshops - b.workshops || a.cards - b.cards;
}
