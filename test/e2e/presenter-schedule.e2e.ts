import { expect, test } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { hostForEachTest, screenshot, type HostProcess } from './host';
import { call, tokenOf } from './boards-api';

/*
 * The schedule as the client sees it: durations set from the timer in one click, steps skipped
 * by "Make current" called skipped (and banking no time), a start time giving every step a clock time.
 */

let host: HostProcess;
hostForEachTest((started) => (host = started));

test('presets set the step duration; skipped steps read "Skipped" and bank no time; a start time gives clock times', async ({ page }) => {
  const workshop = await call<Workshop>(host, 'workshopCreate', {
    templateId: 'persona',
    meta: { title: 'Schedule', client: '', date: '2026-11-23', language: 'en', facilitator: '', participants: [] },
  });
  await page.goto(`${host.origin}/workshops/${workshop.id}?token=${tokenOf(host)}`);
  const timer = page.getByRole('region', { name: 'Timer' });
  const durations = timer.getByRole('group', { name: 'Duration' });

  await durations.getByRole('button', { name: '10 min' }).click();
  await expect(timer.getByRole('timer')).toHaveText('10:00');
  await expect(durations.getByRole('button', { name: '10 min' })).toHaveAttribute('aria-pressed', 'true');
  await durations.getByRole('button', { name: 'Add 5 min to the plan' }).click();
  await expect(timer.getByRole('timer')).toHaveText('15:00');
  await durations.getByRole('button', { name: '3 min' }).click();
  await expect(timer.getByRole('timer')).toHaveText('03:00');

  // Run the first step, then jump ahead: the steps in between were skipped, not done.
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // A running workshop's agenda opens as the run of show; "Make current" is in the editor.
  await page.getByRole('group', { name: 'How the agenda is shown' }).getByRole('button', { name: 'Edit', exact: true }).click();
  const agenda = page.getByRole('list', { name: 'Agenda' });
  await agenda.getByRole('listitem').nth(3).getByRole('button', { name: 'Make current' }).click();
  await expect(agenda.getByRole('listitem').nth(3).getByText('Now')).toBeVisible();
  await expect(agenda.getByRole('listitem').nth(0).getByText('Done', { exact: true })).toBeVisible();
  for (const index of [1, 2]) await expect(agenda.getByRole('listitem').nth(index).getByText('Skipped', { exact: true })).toBeVisible();
  // Only the first step's unused minutes count: the skipped ones bank nothing.
  await expect(timer.getByRole('definition').filter({ hasText: /^3 min ahead$/ })).toBeVisible();

  // A start time: every step gets its clock time, skipped steps taking none.
  await page.getByRole('button', { name: 'Details' }).click();
  await page.getByLabel('Start time').fill('09:00');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(agenda.getByRole('listitem').nth(0)).toContainText('at 09:00');
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('at 09:03');
  await expect(agenda.getByRole('listitem').nth(3)).toContainText('at 09:03');
  await screenshot(page, 'schedule-laptop-agenda');
});
