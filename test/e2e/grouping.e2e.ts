import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Card, CardGroup, PersonaSection } from '../../shared/domain/board';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cardsIn, cellOf, createMap, createPersona, createWorkshop, getBoard, openWorkshop, tokenOf } from './boards-api';
import { shot } from './board-seed';
import { expectAccessible, startHost, type HostProcess } from './host';
import { pickUpWithKeyboard } from './keyboard-drag';
import { roomFloor } from './presenter-room';

/*
 * Affinity grouping on the laptop's boards, by mouse and by keyboard, and the groups on the
 * projector: drop a card onto another to make a group, onto a group to join it, name it in place,
 * collapse it, take a card out, dissolve, merge a duplicate, and undo.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const NEEDS = ['Fast check-in, even late at night', 'Check-in without a queue', 'Quiet room to work', 'Reliable Wi-Fi', 'Wi-Fi that works in the room'];

async function seed(h: HostProcess): Promise<{ workshop: Workshop; needs: PersonaSection; cards: Card[] }> {
  const workshop = await createWorkshop(h, 'Grouping the needs', 'persona');
  await createPersona(h, workshop, 'Léa Martin');
  const needs = (await getBoard(h, workshop)).personas[0]!.sections.find((s) => s.title === 'Needs')!;
  const cards: Card[] = [];
  for (const text of NEEDS) cards.push(await addCard(h, workshop, { kind: 'section', sectionId: needs.id }, text));
  return { workshop, needs, cards };
}

const said = (page: Page, text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
const groupNamed = (page: Page, name: RegExp | string) => page.getByRole('group', { name });
const handleOf = (page: Page, text: string) => page.getByRole('button', { name: `Move card “${text}”`, exact: true });

/** Presses the mouse on a card's handle and carries it, in steps, to a point of `target`. */
async function dragTo(page: Page, handle: Locator, target: Locator, where: (box: { x: number; y: number; width: number; height: number }) => { x: number; y: number }) {
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
  const to = where((await target.boundingBox())!);
  await page.mouse.move(to.x, to.y, { steps: 12 });
}
const middle = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

async function groupsOf(h: HostProcess, workshop: Workshop): Promise<{ groups: CardGroup[]; cards: Card[] }> {
  const section = (await getBoard(h, workshop)).personas[0]!.sections.find((s) => s.title === 'Needs')!;
  return { groups: section.groups, cards: [...section.cards].sort((a, b) => a.position - b.position) };
}

test('groups cards by mouse: onto a card makes a group named in place, onto a group joins it; collapse, and undo', async ({ page }) => {
  const { workshop } = await seed(host);
  await openWorkshop(page, host, workshop, 'Personas');
  const needs = cardsIn(page, 'Needs');

  // Onto the middle of another card: a ring says "Make a group", not the insertion bar.
  await dragTo(page, handleOf(page, NEEDS[1]!), needs.getByRole('listitem').filter({ hasText: NEEDS[0]! }), middle);
  await expect(page.locator('.drop-indicator--onto')).toBeVisible();
  await expect(page.locator('.drop-indicator--onto')).toHaveAttribute('data-label', 'Make a group');
  await expect(page.locator('.drop-indicator--bar')).toBeHidden();
  await shot(page, 'grouping-laptop-drop-onto');
  await page.mouse.up();
  await said(page, `Card “${NEEDS[1]}” grouped with card “${NEEDS[0]}” in Needs.`);

  // The new group's title has the focus: type, Enter.
  const title = page.getByRole('textbox', { name: 'Group title' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Arrival');
  await page.keyboard.press('Enter');
  const arrival = groupNamed(page, 'Group “Arrival”, 2 cards');
  await expect(arrival).toBeVisible();
  await expect.poll(async () => (await groupsOf(host, workshop)).groups.map((g) => g.title)).toEqual(['Arrival']);
  await expect(arrival.getByRole('list', { name: 'Cards in group “Arrival”' }).getByRole('listitem')).toHaveText([NEEDS[0]!, NEEDS[1]!]);

  // Between two cards is still a move: the bar, no ring.
  await dragTo(page, handleOf(page, NEEDS[4]!), needs.getByRole('listitem').filter({ hasText: NEEDS[3]! }), (box) => ({ x: box.x + box.width / 2, y: box.y + 3 }));
  await expect(page.locator('.drop-indicator--bar')).toBeVisible();
  await expect(page.locator('.drop-indicator--onto')).toBeHidden();
  await shot(page, 'grouping-laptop-drop-between');
  await page.mouse.up();
  await expect.poll(async () => (await groupsOf(host, workshop)).cards.map((c) => c.text)).toEqual([NEEDS[0], NEEDS[1], NEEDS[2], NEEDS[4], NEEDS[3]]);

  // Onto the group: the card joins it, after its cards.
  await dragTo(page, handleOf(page, NEEDS[2]!), arrival, middle);
  await expect(page.locator('.drop-indicator--onto')).toHaveAttribute('data-label', 'Add to group');
  await page.mouse.up();
  await said(page, `Card “${NEEDS[2]}” added to group “Arrival” in Needs.`);
  await expect(groupNamed(page, 'Group “Arrival”, 3 cards')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'grouping-laptop-group');

  // Collapsed to its title and count; expanded again.
  await page.getByRole('button', { name: 'Collapse group “Arrival”' }).click();
  const collapsed = page.getByRole('button', { name: 'Expand group “Arrival” (3 cards)' });
  await expect(collapsed).toHaveAttribute('aria-expanded', 'false');
  await expect(needs.getByText(NEEDS[0]!)).toHaveCount(0);
  await expect(groupNamed(page, 'Group “Arrival”, 3 cards')).toContainText('3');
  await expectAccessible(page);
  await shot(page, 'grouping-laptop-collapsed');
  await collapsed.click();
  await expect(needs.getByText(NEEDS[0]!)).toBeVisible();

  // Undo, one edit at a time: the expand, the collapse, then the join.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Expand group “Arrival” (3 cards)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(groupNamed(page, 'Group “Arrival”, 2 cards')).toBeVisible();
  await expect.poll(async () => (await groupsOf(host, workshop)).cards.filter((c) => c.groupId).length).toBe(2);
});

test('groups by keyboard: a drop onto a card, then onto the group; takes a card out, dissolves, merges a duplicate, undoes', async ({ page }) => {
  const { workshop } = await seed(host);
  await openWorkshop(page, host, workshop, 'Personas');
  const needs = cardsIn(page, 'Needs');

  // Space on the handle, Down onto the next card, Space: a group of the two.
  await pickUpWithKeyboard(handleOf(page, NEEDS[3]!));
  await said(page, `Picked up card “${NEEDS[3]}” in Needs, position 4 of 5.`);
  await page.keyboard.press('ArrowDown');
  await said(page, `Card “${NEEDS[3]}” is on card “${NEEDS[4]}” in Needs. Drop it to make a group of the two.`);
  await page.keyboard.press('Space');
  await said(page, `Card “${NEEDS[3]}” grouped with card “${NEEDS[4]}” in Needs.`);
  await expect(page.getByRole('textbox', { name: 'Group title' })).toBeFocused();
  await page.keyboard.type('Connectivity');
  await page.keyboard.press('Enter');
  await expect(groupNamed(page, 'Group “Connectivity”, 2 cards')).toBeVisible();

  // The third card: Up is between the cards, Down from its place is onto the group; Space: it joins.
  await pickUpWithKeyboard(handleOf(page, NEEDS[2]!));
  await page.keyboard.press('ArrowUp');
  await said(page, `Card “${NEEDS[2]}” is on card “${NEEDS[1]}” in Needs. Drop it to make a group of the two.`);
  await page.keyboard.press('ArrowDown');
  await said(page, `Card “${NEEDS[2]}” is over Needs, position 3 of 5.`);
  await page.keyboard.press('ArrowDown');
  await said(page, `Card “${NEEDS[2]}” is on group “Connectivity” (2 cards) in Needs. Drop it to add it to the group.`);
  await page.keyboard.press('Space');
  await said(page, `Card “${NEEDS[2]}” added to group “Connectivity” in Needs.`);
  await expect(groupNamed(page, 'Group “Connectivity”, 3 cards')).toBeVisible();
  // The focus follows the card into its group.
  await expect(page.getByRole('button', { name: `Card “${NEEDS[2]}” — press Enter to edit` })).toBeFocused();

  // Taken out from its options: it stays in Needs, right after the group.
  await page.getByRole('button', { name: `Options for card “${NEEDS[2]}”` }).click();
  await page.getByRole('button', { name: 'Take out of the group' }).click();
  await said(page, `Card “${NEEDS[2]}” taken out of its group.`);
  await expect(page.getByRole('button', { name: `Card “${NEEDS[2]}” — press Enter to edit` })).toBeFocused();
  await expect(groupNamed(page, 'Group “Connectivity”, 2 cards')).toBeVisible();
  await expect.poll(async () => (await groupsOf(host, workshop)).cards.map((c) => `${c.text}${c.groupId ? ' (grouped)' : ''}`)).toEqual([
    NEEDS[0],
    NEEDS[1],
    // Dropped onto Wi-Fi in the room, Reliable Wi-Fi follows it in the group.
    `${NEEDS[4]} (grouped)`,
    `${NEEDS[3]} (grouped)`,
    NEEDS[2],
  ]);

  // "Group with…" from a card's options, by keyboard only: Tab to the choice, then its button.
  await page.getByRole('button', { name: `Options for card “${NEEDS[1]}”` }).click();
  const groupWith = page.getByRole('combobox', { name: 'Group with…' });
  await groupWith.selectOption({ label: `Card “${NEEDS[0]}”` });
  await page.getByRole('button', { name: 'Group', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Group title' }).first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Untitled group, 2 cards' })).toBeVisible();
  await expectAccessible(page);

  // Dissolved from the group's menu: its cards stay, ungrouped.
  await page.getByRole('button', { name: 'Actions for group “Connectivity”' }).click();
  await page.getByRole('button', { name: 'Dissolve the group (keep its cards)' }).click();
  await said(page, 'Group “Connectivity” dissolved; its cards stay.');
  await expect(groupNamed(page, /Connectivity/)).toHaveCount(0);
  await expect(needs.getByText(NEEDS[3]!)).toBeVisible();

  // A duplicate merged into the card it repeats: one card left, which says so.
  await page.getByRole('button', { name: `Options for card “${NEEDS[4]}”` }).click();
  await page.getByRole('combobox', { name: 'Merge as duplicate into…' }).selectOption({ label: NEEDS[3]! });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await said(page, `Card “${NEEDS[4]}” merged into “${NEEDS[3]}” as a duplicate.`);
  await expect(needs.getByText(NEEDS[4]!, { exact: true })).toHaveCount(0);
  await expect(needs.getByRole('listitem').filter({ hasText: NEEDS[3]! })).toContainText('Duplicates merged in: 1');
  const merged = (await groupsOf(host, workshop)).cards.find((c) => c.text === NEEDS[3])!;
  expect(merged.mergedFrom.map((m) => m.text)).toEqual([NEEDS[4]]);
  await shot(page, 'grouping-laptop-merged');

  // Undo brings the duplicate back, then the group.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(needs.getByText(NEEDS[4]!, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(groupNamed(page, 'Group “Connectivity”, 2 cards')).toBeVisible();

  // Two groups of one list merge from the menu: one group of four.
  await page.getByRole('button', { name: 'Actions for group “Untitled group”' }).click();
  await page.getByRole('button', { name: 'Merge into “Connectivity”' }).click();
  await said(page, 'Group “Untitled group” merged into “Connectivity”.');
  await expect(groupNamed(page, 'Group “Connectivity”, 4 cards')).toBeVisible();
  await expect(groupNamed(page, 'Untitled group, 2 cards')).toHaveCount(0);
  await expectAccessible(page);
});

test('a journey cell groups by mouse too, and the projector shows framed stacks with title and count at room size', async ({ page, context }) => {
  const workshop = await createWorkshop(host, 'Journey groups', 'cx-discovery');
  const lea = await createPersona(host, workshop, 'Léa Martin');
  const sections = (await getBoard(host, workshop)).personas[0]!.sections;
  const needs = sections.find((s) => s.title === 'Needs')!;
  const desires = sections.find((s) => s.title === 'Desires')!;
  const cards: Card[] = [];
  for (const [index, text] of NEEDS.entries()) cards.push(await addCard(host, workshop, { kind: 'section', sectionId: (index < 3 ? needs : desires).id }, text));
  const arrival = await call<CardGroup>(host, 'groupCreate', { workshopId: workshop.id, cardId: cards[1]!.id, targetCardId: cards[0]!.id, title: 'Arrival without waiting' });
  const wifi = await call<CardGroup>(host, 'groupCreate', { workshopId: workshop.id, cardId: cards[4]!.id, targetCardId: cards[3]!.id, title: 'Connectivity' });
  await call(host, 'groupCollapse', { workshopId: workshop.id, groupId: wifi.id, collapsed: true });
  // A group taller than its column: still shown, with the cards that fit and a count of the others.
  const constraints = sections.find((s) => s.title === 'Constraints')!;
  const policy: Card[] = [];
  for (const text of ['Company travel policy caps the nightly rate', 'Books at the last minute, often from the train', 'Needs an invoice in the company name', 'Approval needed above the cap', 'Prefers hotels her colleagues know', 'Loyalty points go to the company account'])
    policy.push(await addCard(host, workshop, { kind: 'section', sectionId: constraints.id }, text));
  const rules = await call<CardGroup>(host, 'groupCreate', { workshopId: workshop.id, cardId: policy[1]!.id, targetCardId: policy[0]!.id, title: 'Company rules' });
  for (const card of policy.slice(2)) await call(host, 'groupJoin', { workshopId: workshop.id, cardId: card.id, groupId: rules.id });

  const map = await createMap(host, workshop, lea.id);
  const stages = [...map.stages].sort((a, b) => a.position - b.position).map((s) => s.title);
  const pains = ['Queue at the desk, one clerk at night', 'Twenty minutes to get a key', 'Invoice arrives by post'];
  const painCards: Card[] = [];
  for (const text of pains) painCards.push(await addCard(host, workshop, cellOf(map, stages[1]!, 'Pain points'), text, 'pink'));

  // Laptop: onto a card in a journey cell.
  await openWorkshop(page, host, workshop, 'Journey map');
  const cell = cardsIn(page, `${stages[1]} · Pain points`);
  await dragTo(page, handleOf(page, pains[1]!), cell.getByRole('listitem').filter({ hasText: pains[0]! }), middle);
  await expect(page.locator('.drop-indicator--onto')).toBeVisible();
  await page.mouse.up();
  await said(page, `Card “${pains[1]}” grouped with card “${pains[0]}” in ${stages[1]} · Pain points.`);
  await expect(page.getByRole('textbox', { name: 'Group title' })).toBeFocused();
  await page.keyboard.type('Waiting at arrival');
  await page.keyboard.press('Enter');
  await expect(groupNamed(page, 'Group “Waiting at arrival”, 2 cards')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'grouping-laptop-journey');

  // Projector: persona step, then journey step, at 1920×1080 and 1024×768.
  const personaStep = workshop.steps.find((s) => s.kind === 'persona')!;
  const journeyStep = workshop.steps.find((s) => s.kind === 'journey')!;
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: personaStep.id });
  await call(host, 'presenterShow', { workshopId: workshop.id });
  const presenter = await context.newPage();
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: personaStep.id });
    await presenter.setViewportSize(size);
    await presenter.goto(`${host.origin}/present?token=${tokenOf(host)}`);
    const stack = presenter.getByRole('region', { name: 'Group “Arrival without waiting”, 2 cards' });
    await expect(stack).toBeVisible();
    await expect(stack.getByRole('heading', { name: 'Arrival without waiting' })).toBeVisible();
    await expect(stack).toContainText('2 cards');
    await expect(stack.getByRole('listitem')).toHaveText([NEEDS[0]!, NEEDS[1]!]);
    // Collapsed: its title and count only.
    const collapsedStack = presenter.getByRole('region', { name: 'Group “Connectivity”, 2 cards' });
    await expect(collapsedStack).toContainText('2 cards');
    await expect(collapsedStack.getByRole('listitem')).toHaveCount(0);
    const floor = await roomFloor(presenter);
    for (const selector of ['.pgroup__title', '.pgroup__count', '.pcard__text']) {
      const size = await stack.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(size, selector).toBeGreaterThanOrEqual(floor);
    }
    const tall = presenter.getByRole('region', { name: 'Group “Company rules”, 6 cards' });
    await expect(tall).toBeVisible();
    const tallBox = (await tall.boundingBox())!;
    expect(tallBox.y + tallBox.height).toBeLessThanOrEqual(size.height);
    if (size.width === 1024) await expect(tall.locator('.pgroup__more')).toBeVisible();
    await expectAccessible(presenter);
    await shot(presenter, `grouping-projector-persona-${size.width}`);

    await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: journeyStep.id });
    const journeyStack = presenter.getByRole('region', { name: 'Group “Waiting at arrival”, 2 cards' });
    await expect(journeyStack).toBeVisible();
    const box = (await journeyStack.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    await expectAccessible(presenter);
    await shot(presenter, `grouping-projector-journey-${size.width}`);
  }
  expect(arrival.title).toBe('Arrival without waiting');
});

test('groups by touch: a finger carries a card onto another, with the same ring and words as the mouse', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const { workshop } = await seed(host);
  // The interface in French (the workshop's own sections keep their English titles).
  await call(host, 'settingsUpdate', { language: 'fr' });
  await openWorkshop(page, host, workshop);
  await page.getByRole('tab', { name: 'Personas' }).click();
  await expect(page.locator('[aria-busy="true"], .card-list__pending')).toHaveCount(0);
  const from = (await page.getByRole('button', { name: `Déplacer la carte « ${NEEDS[2]} »` }).boundingBox())!;
  const to = (await page.getByRole('list', { name: 'Cartes de Needs' }).getByRole('listitem').filter({ hasText: NEEDS[3]! }).boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await touch('touchStart', start.x, start.y);
  for (let step = 1; step <= 12; step += 1) await touch('touchMove', start.x + ((end.x - start.x) * step) / 12, start.y + ((end.y - start.y) * step) / 12);
  await expect(page.locator('.drop-indicator--onto')).toHaveAttribute('data-label', 'Former un regroupement');
  await touch('touchEnd');
  await said(page, `Carte « ${NEEDS[2]} » regroupée avec la carte « ${NEEDS[3]} » dans Needs.`);
  await expect(page.getByRole('group', { name: 'Regroupement sans titre, 2 cartes' })).toBeVisible();
  await expect.poll(async () => (await groupsOf(host, workshop)).groups.length).toBe(1);
  await context.close();
});
