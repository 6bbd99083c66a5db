import { expect, test, type Page } from '@playwright/test';
import type { CardGroup } from '../../shared/domain/board';
import type { WorkshopMatrices } from '../../shared/domain/matrix';
import type { NextStep } from '../../shared/domain/next-steps';
import type { VotingSessionView } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, createMap, createPersona, createWorkshop, openTab } from './boards-api';
import { expectAccessible, hostForEachTest, joinOnPhone, screenshot, type HostProcess } from './host';
import { brokenWords, openProjector, PROJECTOR_SIZES, roomFloor, smallText } from './presenter-room';

/*
 * The matrix with card groups, by touch, and with many items on the projector, in Chromium
 * against the real browser host.
 */

process.env.ATELIER_SHARING_BIND = '127.0.0.1';

/** The projector's page clock (PAGE_MS in renderer/src/presenter/paging.tsx). */
const PAGE_MS = 12_000;

let host: HostProcess;
hostForEachTest((started) => (host = started));

const QUEUE_CARDS = ['Queue at the front desk', 'Nobody at reception after 10 pm', 'Key cards not ready'];

/** A CX discovery workshop whose journey has four pain points, three grouped as "Waiting". */
async function workshopWithGroup(): Promise<{ workshop: Workshop; group: CardGroup; step: Workshop['steps'][number] }> {
  const workshop = await createWorkshop(host, 'Hotel journey');
  const persona = await createPersona(host, workshop, 'Léa');
  const map = await createMap(host, workshop, persona.id);
  const lane = map.lanes.find((l) => l.kind === 'painPoints')!;
  const cell = { kind: 'cell' as const, mapId: map.id, stageId: map.stages[0]!.id, laneId: lane.id };
  const cards = [];
  for (const text of [...QUEUE_CARDS, 'Slow Wi-Fi']) cards.push(await addCard(host, workshop, cell, text));
  const group = await call<CardGroup>(host, 'groupFromCards', { workshopId: workshop.id, cardIds: cards.slice(0, 3).map((c) => c.id), title: 'Waiting' });
  const step = workshop.steps.find((s) => s.kind === 'prioritisation')!;
  return { workshop, group, step };
}

const centre = async (page: Page, selector: ReturnType<Page['locator']>) => {
  const box = (await selector.boundingBox())!;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
};

test('a group added by hand shows its cards, is placed by a finger from the tray into a cell, and an action made from it can be undone', async ({ browser }) => {
  const { workshop, step } = await workshopWithGroup();
  await call(host, 'matrixCreate', { workshopId: workshop.id, stepId: step.id });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, hasTouch: true });
  const page = await context.newPage();
  const panel = await openTab(page, host, workshop, 'Prioritisation');

  // The group is offered once under its title; its cards are not offered on their own.
  const add = panel.getByLabel('Add a card');
  await expect(add.getByRole('option', { name: 'Queue at the front desk' })).toHaveCount(0);
  await add.selectOption({ label: 'Group: Waiting' });
  await panel.getByRole('button', { name: 'Add to the tray' }).click();
  const tray = panel.getByRole('group', { name: 'Not placed yet' });
  const chip = tray.getByRole('button', { name: /^Waiting:/ });
  await expect(chip).toBeVisible();
  const priorities = panel.getByRole('region', { name: 'Priorities to act on' });
  await expect(priorities.getByRole('list', { name: 'Cards of “Waiting”' }).getByRole('listitem')).toHaveText(QUEUE_CARDS);

  // A finger presses the item and drags it into impact 4, effort 2.
  const target = panel.getByRole('group', { name: 'Impact 4, effort 2 — Quick wins' });
  const from = await centre(page, chip);
  const to = await centre(page, target);
  const touch = await context.newCDPSession(page);
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
  for (let step = 1; step <= 12; step += 1) {
    const x = Math.round(from.x + ((to.x - from.x) * step) / 12);
    const y = Math.round(from.y + ((to.y - from.y) * step) / 12);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y, id: 1 }] });
    // Lifted on the first steps: the item follows the finger.
    if (step === 2) await expect(chip).toHaveClass(/is-dragging/);
  }
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

  await expect(target.getByRole('button', { name: /^Waiting:/ })).toBeVisible();
  await expect
    .poll(async () => (await call<WorkshopMatrices>(host, 'matricesList', { workshopId: workshop.id })).matrices[0]?.items.map((i) => [i.text, i.placement, i.members]))
    .toEqual([['Waiting', { impact: 4, effort: 2 }, QUEUE_CARDS]]);
  await screenshot(page, 'laptop-group-1440x900');

  // An action made from the quick win; its notice offers to take it back, and does.
  await priorities.getByRole('button', { name: 'Make an action: Waiting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make an action from “Waiting”' });
  await dialog.getByLabel('CX domain').selectOption({ label: 'Governance' });
  await dialog.getByRole('button', { name: 'Create the action' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Action created: “Waiting”.' });
  await expect(notice).toBeVisible();
  await expect(priorities.getByRole('listitem').first()).toContainText('1 action');
  expect(await call<NextStep[]>(host, 'nextStepsList', { workshopId: workshop.id })).toHaveLength(1);
  await expectAccessible(page);
  await screenshot(page, 'laptop-action-notice');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(priorities.getByRole('listitem').first()).toContainText('No action yet');
  expect(await call<NextStep[]>(host, 'nextStepsList', { workshopId: workshop.id })).toEqual([]);
  // The matrix itself is untouched: the item stays where the finger put it.
  await expect(target.getByRole('button', { name: /^Waiting:/ })).toBeVisible();
  await context.close();
});

test('twelve items, one a group, fit the projector at 1920×1080 and 1024×768: what does not fit is counted and paged', async ({ browser }) => {
  const { workshop, group, step } = await workshopWithGroup();
  const typed = [
    'Check-in takes twenty minutes at peak',
    'Slow Wi-Fi in the rooms',
    'Noisy rooms on the street side',
    'Cold breakfast after nine',
    'Parking hard to find',
    'Hidden fees on the bill',
    'No vegetarian dinner',
    'Room not ready at three',
    'Confusing lift buttons',
    'Minibar prices',
    'Late checkout refused',
  ];
  const session = await call<VotingSessionView>(host, 'votingSessionCreate', {
    workshopId: workshop.id,
    typedItems: typed,
    groupIds: [group.id],
    rules: { dotsPerVoter: 12, maxPerItem: 3, anonymous: false },
  });
  await call(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' });
  // Every item gets dots (the matrix leaves out items nobody chose), 1 to 12 dots per voter.
  const ballots: [string, number[]][] = [
    ['Ana', [3, 3, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0]],
    ['Bruno', [3, 3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['Chloé', [0, 0, 0, 0, 0, 0, 3, 2, 2, 2, 2, 1]],
    ['Dan', [3, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]],
  ];
  for (const [name, counts] of ballots) {
    const dots = session.items.flatMap((item, i) => (counts[i] ? [{ itemId: item.id, count: counts[i] }] : []));
    await call(host, 'votingProxyBallot', { sessionId: session.id, name, dots });
  }
  await call(host, 'votingPhaseSet', { sessionId: session.id, action: 'reveal' });
  const state = await call<WorkshopMatrices>(host, 'matricesList', { workshopId: workshop.id });
  expect(state.matrices).toEqual([]);
  const created = await call<WorkshopMatrices>(host, 'matrixCreate', { workshopId: workshop.id, stepId: step.id, sessionId: session.id, topN: 12 });
  const matrix = created.matrices[0]!;
  expect(matrix.items).toHaveLength(12);
  for (const [index, item] of matrix.items.slice(0, 10).entries()) {
    await call(host, 'matrixItemPlace', { workshopId: workshop.id, matrixId: matrix.id, itemId: item.id, placement: { impact: 5 - (index % 5), effort: 1 + ((index * 2) % 5) } });
  }
  await call(host, 'workshopUpdate', { id: workshop.id, patch: { state: 'active' } });
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: step.id });
  await call(host, 'presenterShow', { workshopId: workshop.id });

  for (const [width, height] of PROJECTOR_SIZES) {
    // The projector's page clock moves only when the test says so.
    const { context, page } = await openProjector(browser, host, [width, height], (projector) => projector.clock.install());
    await expect(page.getByRole('figure', { name: 'Impact × Effort matrix' })).toBeVisible();
    const legend = page.getByRole('list', { name: 'Items on the matrix' });
    await expect(legend.getByRole('listitem').filter({ hasText: 'Waiting' })).toContainText(QUEUE_CARDS[0]!);
    // Every row shown ends inside the legend; the rest are counted, never drawn half.
    const { overflow, shown, more } = await page.evaluate(() => {
      const list = document.querySelector('.pmatrix__legend .fit-list__items')!;
      const bottom = list.getBoundingClientRect().bottom;
      const rows = [...list.querySelectorAll<HTMLElement>('.fit-list__item:not(.is-cut)')];
      const marker = document.querySelector<HTMLElement>('.pmatrix__legend .fit-list__more');
      return {
        overflow: rows.filter((row) => row.getBoundingClientRect().bottom > bottom + 1).length,
        shown: rows.length,
        more: Number(marker?.dataset.more ?? 0),
      };
    });
    expect(overflow).toBe(0);
    expect(shown + more).toBe(12);
    expect(shown).toBeGreaterThanOrEqual(width === 1920 ? 8 : 5);
    const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    expect(await smallText(page, await roomFloor(page))).toEqual([]);
    expect(await brokenWords(page)).toEqual([]);
    await expectAccessible(page);
    await screenshot(page, `projector-12-items-${width}x${height}`);

    // The next page of the legend starts with the first item not shown.
    await page.clock.runFor(PAGE_MS);
    await expect(legend.getByRole('listitem').first()).toHaveText(new RegExp(`^${shown + 1}\\D`));
    await context.close();
  }

  // Phones read the group's cards in the legend too.
  const sharing = await call<{ urls: string[]; joinCode: string }>(host, 'sharingStart', { workshopId: workshop.id });
  const { context: phone, page } = await joinOnPhone(browser, { url: sharing.urls[0]!, code: sharing.joinCode.toLowerCase() });
  const card = page.getByRole('region', { name: 'Prioritisation' });
  const waiting = card.getByRole('listitem').filter({ hasText: 'Waiting' });
  await expect(waiting.getByRole('list', { name: 'Cards of the group' }).getByRole('listitem')).toHaveText(QUEUE_CARDS);
  await expect(waiting).toContainText('Quick wins · 9 dots');
  await waiting.scrollIntoViewIfNeeded();
  await expectAccessible(page);
  await screenshot(page, 'phone-group-390x844');
  await phone.close();
});
