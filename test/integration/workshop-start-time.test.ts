import { describe, expect, test } from 'vitest';
import { startTestCore } from '../helpers/core';

describe("a workshop's start time", () => {
  test('is none at first, can be set to HH:MM and cleared, and survives a duplicate', async () => {
    const t = await startTestCore();
    const workshop = await t.call('workshopCreate', { templateId: 'persona', meta: { title: 'Matinée', date: '2025-06-02', language: 'fr' } });
    expect(workshop.startTime).toBeNull();
    const set = await t.call('workshopUpdate', { id: workshop.id, patch: { startTime: '09:30' } });
    expect(set.startTime).toBe('09:30');
    expect((await t.call('workshopDuplicate', { id: workshop.id })).startTime).toBe('09:30');
    expect((await t.call('workshopUpdate', { id: workshop.id, patch: { startTime: null } })).startTime).toBeNull();
  });

  test('refuses a time that is not HH:MM on a 24-hour clock, changing nothing', async () => {
    const t = await startTestCore();
    const workshop = await t.call('workshopCreate', { templateId: 'persona', meta: { title: 'Matinée', date: '2025-06-02', language: 'fr' } });
    for (const startTime of ['9:30', '24:00', '09:60', 'noon', '09:30:00']) {
      expect((await t.refused('workshopUpdate', { id: workshop.id, patch: { startTime } })).code).toBe('invalid_input');
    }
    expect((await t.call('workshopGet', { id: workshop.id })).startTime).toBeNull();
  });
});
