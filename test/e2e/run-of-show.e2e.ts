import { expect, test, type Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { call } from './boards-api';
import { expectAccessible, screenshot, startHost, type HostProcess } from './host';
import { tokenOf } from './boards-api';

/*
 * The facilitator's workspace while a workshop runs: the agenda as a run of show, the mini timer
 * on one line, sticky layers that never cover the timer, an unmistakable pause, French formats,
 * and what an open tab says when the browser host restarts.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

async function runningWorkshop(h: HostProcess, language: 'fr' | 'en'): Promise<Workshop> {
  await call(h, 'settingsUpdate', { language });
  const created = await call<Workshop>(h, 'workshopCreate', {
    templateId: 'cx-discovery',
    meta: { title: language === 'fr' ? 'Découverte CX' : 'CX discovery', client: 'Horizon', date: '2026-12-01', language, facilitator: 'Camille', participants: ['Ana', 'Bo'] },
  });
  await call(h, 'timerCommand', { workshopId: created.id, command: 'start' });
  return call<Workshop>(h, 'timerCommand', { workshopId: created.id, command: 'next' });
}

async function open(page: Page, h: HostProcess, workshop: Workshop, hash = ''): Promise<void> {
  await page.goto(`${h.origin}/workshops/${workshop.id}?token=${tokenOf(h)}${hash}`);
  await expect(page.getByRole('timer').first()).toBeVisible();
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a running workshop opens on the run of show, the current step highlighted, with editing one click away', async ({ page }) => {
      const workshop = await runningWorkshop(host, 'fr');
      await open(page, host, workshop);
      const list = page.getByRole('list', { name: 'Conducteur' });
      await expect(list).toBeVisible();
      await expect(page.getByRole('button', { name: 'Conducteur' })).toHaveAttribute('aria-pressed', 'true');
      const current = list.locator('[aria-current="step"]');
      await expect(current).toHaveCount(1);
      await expect(current).toContainText(workshop.steps[1]!.title);
      await expect(current).toContainText(workshop.steps[1]!.instructions.slice(0, 40));
      // Clock times on 24 hours with two-digit hours, never "1:11".
      await expect(list.locator('.run-line__time').first()).toHaveText(/^\d{2}:\d{2}/);
      // More steps fit than the three of the editor.
      const inView = await list.locator('li').evaluateAll((items) => items.filter((li) => li.getBoundingClientRect().bottom <= window.innerHeight).length);
      expect(inView).toBeGreaterThanOrEqual(4);
      await expectAccessible(page);
      await screenshot(page, `run-of-show-fr-${viewport.width}`);

      const third = workshop.steps[2]!;
      await list.getByRole('button', { name: `Modifier « ${third.title} »` }).click();
      await expect(page.getByRole('button', { name: 'Modifier', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByLabel(`Titre de l’étape — Étape 3`)).toBeFocused();
      // Instructions are shown whole: the field grows with its text.
      const field = page.getByLabel(`Consignes affichées à la salle — ${third.title}`);
      await expect(field).toHaveValue(third.instructions);
      const fits = await field.evaluate((el) => el.scrollHeight <= el.clientHeight + 2);
      expect(fits).toBe(true);
      await expectAccessible(page);
    });

    test('the mini timer keeps one line in the tab row, and the sticky tab bar never covers the timer panel', async ({ page }) => {
      const workshop = await runningWorkshop(host, 'fr');
      await open(page, host, workshop, '#journey');
      const strip = page.getByRole('group', { name: 'Minuteur de l’étape' });
      await expect(strip).toBeVisible();
      const next = strip.getByRole('button', { name: 'Étape suivante' });
      const lineHeights = await Promise.all([strip, next, strip.getByRole('button', { name: 'Mettre en pause' })].map((l) => l.boundingBox()));
      expect(lineHeights[0]!.height).toBeLessThanOrEqual(44);
      expect(lineHeights[1]!.height).toBeLessThanOrEqual(34);
      expect(lineHeights[2]!.height).toBeLessThanOrEqual(34);
      await expect(strip.locator('.timer-strip__title')).toHaveAttribute('title', workshop.steps[1]!.title);
      await screenshot(page, `mini-timer-fr-${viewport.width}`);

      await page.getByRole('tab', { name: 'Déroulé' }).click();
      await page.mouse.wheel(0, 600);
      const timer = page.getByRole('region', { name: 'Minuteur' });
      await expect
        .poll(async () => {
          const bar = await page.locator('.workshop-tabs__bar').boundingBox();
          const panel = await timer.boundingBox();
          return bar && panel ? panel.y - (bar.y + bar.height) : -1;
        })
        .toBeGreaterThanOrEqual(0);
      await expect(timer.getByText('Étape 2 sur 19')).toBeVisible();
    });
  });
}

test('paused is unmistakable: a PAUSED band and dimmed digits that blink, still without motion when asked', async ({ page }) => {
  const workshop = await runningWorkshop(host, 'en');
  await call(host, 'timerCommand', { workshopId: workshop.id, command: 'pause' });
  await open(page, host, workshop);
  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer.locator('.timer-dial__state--paused')).toHaveText('Paused');
  const clock = timer.getByRole('timer');
  expect(await clock.evaluate((el) => getComputedStyle(el).animationName)).toBe('timer-paused-blink');
  await screenshot(page, 'timer-paused-en');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await clock.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(Number(await clock.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
});

test('dates follow the interface language whatever the browser locale, with the French ordinal', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const workshop = await runningWorkshop(host, 'fr');
  await open(page, host, workshop);
  await expect(page.getByText('Horizon · 1er décembre 2026 · Camille')).toBeVisible();
  await page.getByRole('button', { name: 'Détails' }).click();
  const date = page.getByRole('dialog').getByLabel('Date');
  await expect(date).toHaveValue('01/12/2026');
  await expect(date).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  await date.fill('31/02/2026');
  await date.blur();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('jour/mois/année');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await screenshot(page, 'details-date-fr');
  await context.close();
});

test('the app has an icon, and the toast region says nothing until it has something to say', async ({ page }) => {
  const workshop = await runningWorkshop(host, 'fr');
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await open(page, host, workshop);
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /favicon/);
  const icon = await page.request.get(`${host.origin}/favicon.ico`);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  expect((await page.request.get(`${host.origin}/favicon.svg`)).status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Un problème est survenu' })).toHaveCount(0);
  expect(missing).toEqual([]);
});

test('after the browser host restarts with a new key, an open tab says what happened and what to do, away from the Pause button', async ({ page }) => {
  const workshop = await runningWorkshop(host, 'en');
  await open(page, host, workshop);
  const port = Number(new URL(host.origin).port);
  await host.stop();
  await expect(page.getByText('Lost contact with Atelier. Reconnecting…')).toBeVisible();
  host = await startHost(host.dataDir, port);

  const message = page.getByRole('alert').filter({ hasText: 'Atelier was restarted' });
  await expect(message).toBeVisible({ timeout: 15_000 });
  await expect(message).toContainText('Open the new address Atelier printed');
  await expect(page.getByText('Reconnecting…')).toHaveCount(0);
  const toast = await message.boundingBox();
  const pause = await page.getByRole('region', { name: 'Timer' }).getByRole('button', { name: 'Pause', exact: true }).boundingBox();
  expect(toast && pause).toBeTruthy();
  const overlaps = toast!.x < pause!.x + pause!.width && pause!.x < toast!.x + toast!.width && toast!.y < pause!.y + pause!.height && pause!.y < toast!.y + toast!.height;
  expect(overlaps).toBe(false);
  await expectAccessible(page);
  await screenshot(page, 'host-restarted-en');
});
