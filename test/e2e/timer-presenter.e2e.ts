import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Workshop } from '../../shared/domain/workshop';
import { call, tokenOf } from './boards-api';
import { expectAccessible, newDataDir, screenshot, startHost, type HostProcess } from './host';

/*
 * The facilitator's timer and the projector screen, in Chromium against the real browser host.
 * Workshops are created through the host's HTTP API so these tests do not depend on the
 * creation form; everything after that goes through the UI.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

function createWorkshop(h: HostProcess, title: string, language: 'en' | 'fr' = 'en'): Promise<Workshop> {
  return call<Workshop>(h, 'workshopCreate', {
    templateId: 'persona',
    meta: { title, client: '', date: '2026-11-23', language, facilitator: '', participants: [] },
  });
}

const timerCommand = (h: HostProcess, workshop: Workshop, command: string) =>
  call<Workshop>(h, 'timerCommand', { workshopId: workshop.id, command });

async function openWorkshop(page: Page, h: HostProcess, workshop: Workshop): Promise<Locator> {
  await page.goto(`${h.origin}/workshops/${workshop.id}?token=${tokenOf(h)}`);
  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer.getByRole('timer')).toBeVisible();
  return timer;
}

async function openPresenter(page: Page, h: HostProcess): Promise<void> {
  await page.goto(`${h.origin}/present?token=${tokenOf(h)}`);
}

/** "12:34" → seconds; overtime ("+00:05") is negative. */
function seconds(clock: string): number {
  const match = /^(\+)?(?:(\d+):)?(\d{2}):(\d{2})$/.exec(clock.trim());
  if (!match) throw new Error(`not a clock: ${clock}`);
  const value = Number(match[2] ?? 0) * 3600 + Number(match[3]) * 60 + Number(match[4]);
  return match[1] ? -value : value;
}

async function clockSeconds(timer: Locator): Promise<number> {
  return seconds((await timer.getByRole('timer').textContent()) ?? '');
}

test('the facilitator runs the step timer: start counts down, pause stops it, +1 min adds a minute', async ({ page }) => {
  // The page's clock runs as usual until the test moves it on by hand.
  await page.clock.install();
  const workshop = await createWorkshop(host, 'Timer basics');
  const first = workshop.steps[0]!;
  const timer = await openWorkshop(page, host, workshop);

  await expect(timer.getByRole('heading', { name: first.title })).toBeVisible();
  await expect(timer).toContainText(`Step 1 of ${workshop.steps.length}`);
  await expect(timer.getByRole('timer')).toHaveText(`${String(first.plannedMinutes).padStart(2, '0')}:00`);
  await expect(timer.getByRole('button', { name: 'Previous step' })).toBeDisabled();

  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => clockSeconds(timer), { timeout: 3_000 }).toBeLessThan(first.plannedMinutes * 60);
  await expect(timer.getByRole('definition').filter({ hasText: /^On time$/ })).toBeVisible();

  await timer.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
  const paused = await clockSeconds(timer);
  await page.clock.runFor(5_000);
  expect(await clockSeconds(timer)).toBe(paused);

  await timer.getByRole('button', { name: '+1 min' }).click();
  await expect.poll(() => clockSeconds(timer)).toBe(paused + 60);
  await expect(timer.getByRole('definition').filter({ hasText: '1 min added' })).toBeVisible();
  await timer.getByRole('button', { name: '−1 min' }).click();
  await expect.poll(() => clockSeconds(timer)).toBe(paused);

  await expectAccessible(page);
  await screenshot(page, 'timer-workshop-paused');
  // On a narrow window the panel spans the page: dial beside the facts, controls on one line.
  await page.setViewportSize({ width: 900, height: 900 });
  await timer.scrollIntoViewIfNeeded();
  await timer.screenshot({ path: 'screenshots/timer-panel-wide.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  await timer.getByRole('button', { name: 'Reset' }).click();
  await expect(timer.getByRole('timer')).toHaveText(`${String(first.plannedMinutes).padStart(2, '0')}:00`);
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});

test('a step in overtime counts up in another colour, with an "Overtime" label', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Overtime');
  const first = workshop.steps[0]!;
  await call(host, 'stepUpdate', { workshopId: workshop.id, stepId: first.id, patch: { plannedMinutes: 1 } });
  await timerCommand(host, workshop, 'removeMinute');
  await timerCommand(host, workshop, 'start');
  const timer = await openWorkshop(page, host, workshop);

  await expect(timer.getByText('Overtime', { exact: true })).toBeVisible();
  await expect(timer.getByRole('timer')).toHaveText(/^\+00:0\d$/);
  const colour = await timer.getByRole('timer').evaluate((element) => getComputedStyle(element).color);
  expect(colour).not.toBe(await page.locator('body').evaluate((element) => getComputedStyle(element).color));
  await expectAccessible(page);
  await screenshot(page, 'timer-workshop-overtime');
});

test('the remaining time survives a restart of the app, paused or running', async ({ page }) => {
  const dataDir = newDataDir();
  await host.stop();
  host = await startHost(dataDir);
  const paused = await createWorkshop(host, 'Paused across a restart');
  const running = await createWorkshop(host, 'Running across a restart');
  await timerCommand(host, paused, 'start');
  await timerCommand(host, running, 'start');
  // A remaining time no fresh timer shows, so that a reset could not pass for a kept one.
  await timerCommand(host, paused, 'removeMinute');
  await timerCommand(host, paused, 'pause');

  let timer = await openWorkshop(page, host, paused);
  const pausedBefore = await clockSeconds(timer);
  timer = await openWorkshop(page, host, running);
  const runningBefore = await clockSeconds(timer);
  const readAt = Date.now();

  await host.stop();
  host = await startHost(dataDir);

  timer = await openWorkshop(page, host, paused);
  await expect(timer.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
  expect(pausedBefore).toBeLessThan(paused.steps[0]!.plannedMinutes * 60 - 59);
  expect(Math.abs((await clockSeconds(timer)) - pausedBefore)).toBeLessThanOrEqual(1);

  timer = await openWorkshop(page, host, running);
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  const expected = runningBefore - (Date.now() - readAt) / 1000;
  expect(Math.abs((await clockSeconds(timer)) - expected)).toBeLessThanOrEqual(1);
});

test('the presenter follows the facilitator within 200 ms', async ({ page, context }) => {
  const workshop = await createWorkshop(host, 'Presenter speed');
  const timer = await openWorkshop(page, host, workshop); // opening it on the facilitator presents it
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await openPresenter(presenter, host);
  await expect(presenter.getByRole('heading', { level: 1, name: workshop.steps[0]!.title })).toBeVisible();

  // Same browser, so performance.timeOrigin + now() is one clock for both pages.
  await page.evaluate(() => {
    document.addEventListener(
      'click',
      () => Object.assign(window, { clickedAt: performance.timeOrigin + performance.now() }),
      { capture: true },
    );
  });
  const delays: number[] = [];
  for (const step of workshop.steps.slice(1, 4)) {
    const shown = presenter.waitForFunction(
      (title): number | false => {
        const heading = document.querySelector('h1');
        return heading?.textContent === title ? performance.timeOrigin + performance.now() : false;
      },
      step.title,
      { polling: 'raf', timeout: 5_000 },
    );
    await timer.getByRole('button', { name: 'Next step' }).click();
    const shownAt = Number(await (await shown).jsonValue());
    const clickedAt = await page.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
    delays.push(shownAt - clickedAt);
    await expect(timer.getByRole('heading', { name: step.title })).toBeVisible();
  }
  console.log(`presenter delays (ms): ${delays.map((d) => d.toFixed(0)).join(', ')}`);
  for (const delay of delays) expect(delay).toBeLessThan(200);

  // The timer, too: starting on the facilitator starts the projector's clock.
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(presenter.getByText('Time left', { exact: true })).toBeVisible({ timeout: 1_000 });
});

test('the presenter is readable from the back of the room and has nothing to click', async ({ context }) => {
  const workshop = await createWorkshop(host, 'Projector check');
  await timerCommand(host, workshop, 'next');
  await timerCommand(host, workshop, 'start');
  await call(host, 'presenterShow', { workshopId: workshop.id });

  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await openPresenter(presenter, host);
  const second = workshop.steps[1]!;
  await expect(presenter.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
  await expect(presenter.getByText(`Step 2 of ${workshop.steps.length}`)).toBeVisible();
  await expect(presenter.getByText(`Next: ${workshop.steps[2]!.title}`)).toBeVisible();
  await expect(presenter.getByText('Time left', { exact: true })).toBeVisible();
  await expect(presenter.getByRole('progressbar')).toBeVisible();
  await expect(presenter).toHaveTitle(/Projector check/);

  const sizes = await presenter.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    const digits = document.querySelector('[role="timer"]')!;
    return {
      instructions: px('.ptop__instructions'),
      timerFont: px('[role="timer"]'),
      numeric: getComputedStyle(digits).fontVariantNumeric,
      height: window.innerHeight,
    };
  });
  expect(sizes.instructions).toBeGreaterThanOrEqual(32);
  // Inter's digits are ~0.73 em tall: the clock's digits must be at least 22 % of the height.
  expect(sizes.timerFont * 0.72).toBeGreaterThanOrEqual(0.22 * sizes.height);
  expect(sizes.numeric).toContain('tabular-nums');
  await expect(presenter.locator('button, a, input, select, textarea, [tabindex]')).toHaveCount(0);

  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-running-1920');

  await call(host, 'stepUpdate', { workshopId: workshop.id, stepId: second.id, patch: { plannedMinutes: 1 } });
  await timerCommand(host, workshop, 'removeMinute');
  await expect(presenter.getByText('Overtime', { exact: true })).toBeVisible();
  await expect(presenter.getByRole('timer')).toHaveText(/^\+/);
  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-overtime-1920');
});

test('the presenter speaks the workshop’s language and waits calmly when nothing is presented', async ({ page, context }) => {
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await openPresenter(presenter, host);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Waiting for the facilitator…' })).toBeVisible();
  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-waiting-1920');

  const workshop = await createWorkshop(host, 'Atelier en français', 'fr');
  await openWorkshop(page, host, workshop); // the facilitator's UI stays in English
  await expect(presenter.getByRole('heading', { level: 1, name: workshop.steps[0]!.title })).toBeVisible();
  await expect(presenter.getByText(`Étape 1 sur ${workshop.steps.length}`)).toBeVisible();
  await expect(presenter.getByText('Pas encore lancé', { exact: true })).toBeVisible();
  await expect(presenter.locator('main')).toHaveAttribute('lang', 'fr');
  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-fr-1920');

  await call(host, 'presenterShow', { workshopId: null });
  await expect(presenter.getByRole('heading', { level: 1, name: 'Waiting for the facilitator…' })).toBeVisible();
});

test('keyboard shortcuts: Space starts and pauses, N and P move, ? opens the help', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Shortcuts');
  const timer = await openWorkshop(page, host, workshop);
  await page.getByRole('heading', { level: 1, name: 'Shortcuts' }).click(); // focus on nothing in particular

  await page.keyboard.press('Space');
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(timer.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();

  await page.keyboard.press('n');
  await expect(timer.getByRole('heading', { name: workshop.steps[1]!.title })).toBeVisible();
  await page.keyboard.press('p');
  await expect(timer.getByRole('heading', { name: workshop.steps[0]!.title })).toBeVisible();

  const before = await clockSeconds(timer);
  await page.keyboard.press('+');
  await expect.poll(() => clockSeconds(timer)).toBe(before + 60);
  await page.keyboard.press('-');
  await expect.poll(() => clockSeconds(timer)).toBe(before);

  // A modifier means the shortcut is someone else's.
  await page.keyboard.press('Control+n');
  await expect(timer.getByRole('heading', { name: workshop.steps[0]!.title })).toBeVisible();

  const help = timer.getByRole('button', { name: 'Keyboard shortcuts' });
  await help.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog).toContainText('Start or pause the timer');
  // While the help is open, the keys belong to it.
  await page.keyboard.press('n');
  await expect(timer.getByRole('heading', { name: workshop.steps[0]!.title })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'timer-shortcuts-help');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(help).toBeFocused();

  await page.keyboard.press('m');
  await expect(timer.getByRole('button', { name: 'Mute chime' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('m');
  await expect(timer.getByRole('button', { name: 'Mute chime' })).toHaveAttribute('aria-pressed', 'false');
});

test('the chime rings at one minute left and at the end, never when muted', async ({ page }) => {
  // The page's clock runs as usual until the test moves it on by hand.
  await page.clock.install();
  await page.addInitScript(() => {
    const played: number[] = [];
    Object.assign(window, { chimesPlayed: played });
    HTMLMediaElement.prototype.play = function play() {
      played.push(Date.now());
      return Promise.resolve();
    };
  });
  const plays = () => page.evaluate(() => (window as unknown as { chimesPlayed: number[] }).chimesPlayed.length);
  const workshop = await createWorkshop(host, 'Chime');
  const first = workshop.steps[0]!;
  await call(host, 'stepUpdate', { workshopId: workshop.id, stepId: first.id, patch: { plannedMinutes: 2 } });
  const timer = await openWorkshop(page, host, workshop);
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  expect(await plays()).toBe(0);

  await timer.getByRole('button', { name: '−1 min' }).click(); // 1:59 → 0:59: one minute left
  await expect.poll(plays).toBe(1);
  await timer.getByRole('button', { name: '−1 min' }).click(); // → time is up: rings twice
  await expect.poll(plays, { timeout: 3_000 }).toBe(3);

  await timer.getByRole('button', { name: 'Mute chime' }).click();
  await expect(timer.getByRole('button', { name: 'Mute chime' })).toHaveAttribute('aria-pressed', 'true');
  await timer.getByRole('button', { name: 'Reset' }).click();
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await timer.getByRole('button', { name: '−1 min' }).click();
  await timer.getByRole('button', { name: '−1 min' }).click();
  await expect(timer.getByText('Overtime', { exact: true })).toBeVisible();
  // Several of the screen's clock ticks later, the crossing into overtime has been seen, in silence.
  await page.clock.runFor(2_000);
  expect(await plays()).toBe(3);
  await timer.getByRole('button', { name: 'Mute chime' }).click(); // leave the setting as found
});

test('after the last step the timer says the workshop is complete', async ({ page }) => {
  const workshop = await createWorkshop(host, 'The end');
  for (let i = 0; i < workshop.steps.length; i += 1) await timerCommand(host, workshop, 'next');
  const timer = page.getByRole('region', { name: 'Timer' });
  await page.goto(`${host.origin}/workshops/${workshop.id}?token=${tokenOf(host)}`);
  await expect(timer.getByRole('heading', { name: 'Workshop complete' })).toBeVisible();
  // Its check mark is drawn (in the "ok" colour), not an empty gap above the heading.
  const stroke = await timer.locator('.timer-panel__check').evaluate((element) => getComputedStyle(element).stroke);
  expect(stroke).toMatch(/^rgb\(/);
  await expectAccessible(page);
  await screenshot(page, 'timer-workshop-complete');
  await timer.getByRole('button', { name: 'Back to the last step' }).click();
  await expect(timer.getByRole('heading', { name: workshop.steps.at(-1)!.title })).toBeVisible();
});
