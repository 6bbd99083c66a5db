import { describe, expect, test } from 'vitest';
import { backupsToKeep, RETENTION, type RetentionCandidate } from '../../main/store/backup-retention';

const NOW = Date.parse('2025-06-30T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function backup(hoursAgo: number, workshops = 2, cards = 40): RetentionCandidate {
  const createdAt = new Date(NOW - hoursAgo * HOUR).toISOString();
  return { name: `b-${createdAt}`, createdAt, content: { workshops, cards } };
}

function kept(candidates: RetentionCandidate[]): number[] {
  const keep = backupsToKeep(candidates, new Date(NOW));
  return candidates.filter((c) => keep.has(c.name)).map((c) => Math.round((NOW - Date.parse(c.createdAt)) / HOUR));
}

describe('which backups are kept', () => {
  test(`every backup of the last day, up to the newest ${RETENTION.recentKept}`, () => {
    const hourly = Array.from({ length: 20 }, (_, i) => backup(i));
    expect(kept(hourly)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('then the newest of each day for a week, then the newest of each week for five weeks, then none', () => {
    // One backup every six hours for sixty days.
    const all = Array.from({ length: 60 * 4 }, (_, i) => backup(i * 6));
    const ages = kept(all);

    expect(ages.filter((age) => age < 24)).toEqual([0, 6, 12, 18]);
    const daily = ages.filter((age) => age >= 24 && age < 7 * 24);
    expect(new Set(daily.map((age) => Math.floor((NOW - age * HOUR) / DAY))).size).toBe(daily.length);
    expect(daily.length).toBeGreaterThanOrEqual(6);
    expect(daily.length).toBeLessThanOrEqual(7);
    const weekly = ages.filter((age) => age >= 7 * 24 && age < 35 * 24);
    expect(weekly.length).toBeGreaterThanOrEqual(4);
    expect(weekly.length).toBeLessThanOrEqual(5);
    expect(ages.filter((age) => age >= 35 * 24)).toEqual([]);
    expect(ages.length).toBeLessThan(20);
  });

  test('the newest backup holding the most workshops is kept whatever its age and however many came after', () => {
    const good = backup(90 * 24, 3, 120);
    const emptyOnes = Array.from({ length: 20 }, (_, i) => backup(i, 0, 0));
    const older = backup(100 * 24, 3, 120);
    expect(kept([...emptyOnes, good, older])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 90 * 24]);
  });

  test('workshops count before cards: a backup with more workshops beats one with more cards', () => {
    const fewCardsMoreWorkshops = backup(60 * 24, 4, 10);
    const manyCards = backup(50 * 24, 1, 900);
    expect(kept([manyCards, fewCardsMoreWorkshops])).toEqual([60 * 24]);
  });

  test('a backup whose content cannot be read is never the one protected', () => {
    const unreadable: RetentionCandidate = { ...backup(80 * 24), content: null };
    const readable = backup(70 * 24, 0, 0);
    expect(kept([unreadable, readable])).toEqual([70 * 24]);
  });
});
