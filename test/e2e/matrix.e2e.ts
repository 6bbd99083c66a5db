import { expect, test, type Locator, type Page } from '@playwright/test';
import type { WorkshopMatrices } from '../../shared/domain/matrix';
import type { NextStep } from '../../shared/domain/next-steps';
import type { VotingSessionView } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { call, createWorkshop, openTab } from './boards-api';
import { expectAccessible, hostForEachTest, joinOnPhone, screenshot, type HostProcess } from './host';
import { brokenWords, openProjector, PROJECTOR_SIZES, roomFloor, smallText } from './presenter-room';

/*
 * The prioritisation matrix as the facilitator uses it, in Chromium against the real browser
 * host: the vote is seeded through the API, the matrix is built, placed and acted on in the UI.
 */

// Phones join over 127.0.0.1 here, never the LAN (the spawned host inherits this).
process.env.ATELIER_SHARING_BIND = '127.0.0.1';

let host: HostProcess;
hostForEachTest((started) => (host = started));

/** A pain-point voting workshop whose vote is revealed: 6, 4, 4 and 2 dots. */
async function revealedVote(): Promise<Workshop> {
  const workshop = await createWorkshop(host, 'Hotel pain points', 'voting');
  const created = await call<VotingSessionView>(host, 'votingSessionCreate', {
    workshopId: workshop.id,
    title: 'Top pain points',
    typedItems: ['Late check-in', 'Slow wifi', 'Noisy rooms', 'Cold breakfast'],
  });
  await call(host, 'votingPhaseSet', { sessionId: created.id, action: 'open' });
  const id = (text: string) => created.items.find((item) => item.text === text)!.id;
  const ballots: [string, [string, number][]][] = [
    ['Ana', [['Late check-in', 3], ['Slow wifi', 2]]],
    ['Bruno', [['Late check-in', 3], ['Noisy rooms', 2]]],
    ['Chloé', [['Slow wifi', 2], ['Noisy rooms', 2], ['Cold breakfast', 1]]],
    ['Dan', [['Cold breakfast', 1]]],
  ];
  for (const [name, dots] of ballots) {
    await call(host, 'votingProxyBallot', { sessionId: created.id, name, dots: dots.map(([text, count]) => ({ itemId: id(text), count })) });
  }
  await call(host, 'votingPhaseSet', { sessionId: created.id, action: 'reveal' });
  return workshop;
}

async function openPrioritisation(page: Page, workshop: Workshop): Promise<Locator> {
  const panel = await openTab(page, host, workshop, 'Prioritisation');
  await expect(panel.getByRole('heading', { level: 2, name: 'Prioritisation' })).toBeVisible();
  return panel;
}

const chip = (scope: Locator, text: string) => scope.getByRole('button', { name: new RegExp(`^${text}:`) });
const placements = async (workshop: Workshop) =>
  (await call<WorkshopMatrices>(host, 'matricesList', { workshopId: workshop.id })).matrices[0]?.items.map((item) => [item.text, item.placement]);

test('the facilitator builds the matrix from the vote, places items by keyboard and by mouse, undoes, and makes an action from a quick win', async ({ page }) => {
  const workshop = await revealedVote();
  const panel = await openPrioritisation(page, workshop);

  await panel.getByLabel('How many top items').fill('2');
  await panel.getByRole('button', { name: 'Create the matrix' }).click();
  // The tie at the cut comes along: three items wait in the tray with their dots.
  const tray = panel.getByRole('group', { name: 'Not placed yet' });
  await expect(chip(tray, 'Late check-in')).toBeVisible();
  await expect(chip(tray, 'Slow wifi')).toBeVisible();
  await expect(chip(tray, 'Noisy rooms')).toBeVisible();
  await expect(chip(tray, 'Cold breakfast')).toHaveCount(0);
  await expect(chip(tray, 'Late check-in')).toContainText('6');
  await expectAccessible(page);

  // Keyboard: from the tray an arrow brings it to the middle, then one step per press.
  await chip(tray, 'Late check-in').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'Late check-in: impact 3, effort 3 — Major projects' })).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('status').filter({ hasText: 'Late check-in: impact 4, effort 2 — Quick wins' })).toBeAttached();
  await expect(panel.getByRole('group', { name: 'Impact 4, effort 2 — Quick wins' }).getByRole('button', { name: /^Late check-in:/ })).toBeFocused();
  await expect.poll(() => placements(workshop)).toContainEqual(['Late check-in', { impact: 4, effort: 2 }]);

  // Mouse: drag a chip from the tray onto a cell.
  const target = panel.getByRole('group', { name: 'Impact 2, effort 5 — Time sinks' });
  const from = (await chip(tray, 'Slow wifi').boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(target.getByRole('button', { name: /^Slow wifi:/ })).toBeVisible();
  await expect.poll(() => placements(workshop)).toContainEqual(['Slow wifi', { impact: 2, effort: 5 }]);

  // Ctrl+Z takes the drop back to the tray; Ctrl+Shift+Z puts it back.
  await panel.getByRole('heading', { level: 2, name: 'Prioritisation' }).click();
  await page.keyboard.press('Control+z');
  await expect(chip(tray, 'Slow wifi')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(target.getByRole('button', { name: /^Slow wifi:/ })).toBeVisible();
  await screenshot(page, 'laptop-1440x900');

  // Quick wins are offered first; the action made from one shows the link on both sides.
  const priorities = panel.getByRole('region', { name: 'Priorities to act on' });
  await expect(priorities.getByRole('listitem').first()).toContainText('Quick wins');
  await expect(priorities.getByRole('listitem').first()).toContainText('Late check-in');
  await priorities.getByRole('button', { name: 'Make an action: Late check-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make an action from “Late check-in”' });
  await expect(dialog.getByLabel('Action')).toHaveValue('Late check-in');
  await dialog.getByLabel('Action').fill('Open a night desk for late arrivals');
  await dialog.getByLabel('CX domain').selectOption({ label: 'Governance' });
  await dialog.getByLabel('Owner').fill('Claire');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Create the action' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(priorities.getByRole('listitem').first()).toContainText('1 action');
  await expect(priorities.getByRole('listitem').first()).toContainText('Open a night desk for late arrivals');

  const steps = await call<NextStep[]>(host, 'nextStepsList', { workshopId: workshop.id });
  expect(steps).toMatchObject([{ text: 'Open a night desk for late arrivals', domain: 'governance', owner: 'Claire', source: { kind: 'matrixItem', text: 'Late check-in' } }]);

  // The same from the vote's results: the matrix item it came from shows it too.
  await page.getByRole('tab', { name: 'Voting' }).click();
  await page.getByRole('button', { name: 'Make an action: Noisy rooms' }).click();
  const fromVote = page.getByRole('dialog', { name: 'Make an action from “Noisy rooms”' });
  await fromVote.getByLabel('CX domain').selectOption({ label: 'Company culture' });
  await fromVote.getByRole('button', { name: 'Create the action' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Action created: “Noisy rooms”.' })).toBeVisible();
  await page.getByRole('tab', { name: 'Prioritisation' }).click();
  await expect(priorities.getByRole('listitem').filter({ hasText: 'Not placed yetNoisy rooms' })).toContainText('4 dots · 1 action');

  // The action plan says where each action came from, and which priorities have none yet.
  await page.getByRole('button', { name: 'Action plan' }).click();
  const plan = page.getByRole('dialog', { name: 'Action plan' });
  await expect(plan.getByText('From the priority “Late check-in”')).toBeVisible();
  await expect(plan.getByText('From the vote result “Noisy rooms”')).toBeVisible();
  const uncovered = plan.getByRole('region', { name: 'Priorities without an action' });
  await expect(uncovered.getByRole('listitem')).toHaveText([/Slow wifi/]);
  await expectAccessible(page);
  await screenshot(page, 'laptop-action-plan');
});

test('the projector shows the sample matrix large at 1920×1080 and 1024×768, and phones see it read-only', async ({ browser }) => {
  const sample = await call<Workshop>(host, 'sampleWorkshopCreate', { language: 'en' });
  await call(host, 'workshopUpdate', { id: sample.id, patch: { state: 'active' } });
  const step = sample.steps.find((s) => s.kind === 'prioritisation')!;
  await call(host, 'timerGoTo', { workshopId: sample.id, stepId: step.id });
  await call(host, 'presenterShow', { workshopId: sample.id });

  for (const [width, height] of PROJECTOR_SIZES) {
    const { context, page } = await openProjector(browser, host, [width, height]);
    const matrix = page.getByRole('figure', { name: 'Impact × Effort matrix' });
    await expect(matrix).toBeVisible();
    for (const name of ['Quick wins', 'Major projects', 'Fill-ins', 'Time sinks']) await expect(page.getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'The late arrival' })).toContainText('Quick wins · 12 dots');
    // Everything fits the screen: the projector never scrolls.
    const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    // From the back of the room: no text under the room's floor (quadrant names and numbers in the grid included), no word cut.
    const floor = await roomFloor(page);
    expect(await smallText(page, floor)).toEqual([]);
    expect(await brokenWords(page)).toEqual([]);
    const names = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.matrix-chart__name, .pmatrix__pin')].map((el) => parseFloat(getComputedStyle(el).fontSize))));
    expect(names).toBeGreaterThanOrEqual(floor - 0.01);
    await expectAccessible(page);
    await screenshot(page, `projector-${width}x${height}`);
    await context.close();
  }

  const sharing = await call<{ urls: string[]; joinCode: string }>(host, 'sharingStart', { workshopId: sample.id });
  const { context: phone, page } = await joinOnPhone(browser, { url: sharing.urls[0]!, code: sharing.joinCode.toLowerCase() });
  const card = page.getByRole('region', { name: 'Prioritisation' });
  await expect(card.getByRole('figure', { name: 'Impact × Effort matrix' })).toBeVisible();
  await expect(card.getByText('Quick wins', { exact: true })).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: 'The late arrival' })).toContainText('Quick wins · 12 dots');
  // Read-only: nothing to press on the matrix.
  await expect(card.getByRole('button')).toHaveCount(0);
  // A placement made on the laptop reaches the phone.
  const { matrices } = await call<WorkshopMatrices>(host, 'matricesList', { workshopId: sample.id });
  const survey = matrices[0]!.items.find((item) => item.text === 'Satisfaction survey far too long')!;
  await call(host, 'matrixItemPlace', { workshopId: sample.id, matrixId: matrices[0]!.id, itemId: survey.id, placement: null });
  await expect(card.getByRole('heading', { name: 'Not placed yet' })).toBeVisible();
  await expectAccessible(page);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-390x844');
  await phone.close();
});
