import { describe, expect, it } from 'vitest';
import { formatDay, formatDayInput, formatDuration, formatTimeOfDay, parseDayInput } from '../../shared/domain/clock-format';
import { reportText } from '../../shared/report/text';

describe('dates, times and durations', () => {
  it('write the first of the month as "1er" in French, and the other days as numbers', () => {
    expect(formatDay('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatDay('2026-12-02', 'fr')).toBe('2 décembre 2026');
    expect(formatDay('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDay('not a date', 'fr')).toBe('not a date');
  });

  it('write a time of day on 24 hours with two-digit hours, in both languages', () => {
    const morning = new Date(2026, 11, 1, 1, 11);
    const afternoon = new Date(2026, 11, 1, 13, 5);
    expect(formatTimeOfDay(morning, 'fr')).toBe('01:11');
    expect(formatTimeOfDay(afternoon, 'fr')).toBe('13:05');
    expect(formatTimeOfDay(afternoon, 'en')).toBe('13:05');
  });

  it('write durations in hours and minutes', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(170)).toBe('2 h 50 min');
  });

  it('read a typed date day first, or as YYYY-MM-DD, and refuse dates that do not exist', () => {
    expect(parseDayInput('01/12/2026')).toBe('2026-12-01');
    expect(parseDayInput('1.12.2026')).toBe('2026-12-01');
    expect(parseDayInput('2026-12-01')).toBe('2026-12-01');
    expect(parseDayInput('31/02/2026')).toBeNull();
    expect(parseDayInput('12/31/2026')).toBeNull();
    expect(parseDayInput('tomorrow')).toBeNull();
    expect(formatDayInput('2026-12-01')).toBe('01/12/2026');
  });

  it('are the ones the PDF uses', () => {
    const text = reportText('fr');
    expect(text.day('2026-12-01')).toBe('1er décembre 2026');
    expect(text.duration(170)).toBe('2 h 50 min');
    expect(text.difference(-5)).toBe('\u22125 min');
  });
});
