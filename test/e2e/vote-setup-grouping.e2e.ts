import { expect, test, type Page } from '@playwright/test';
import type { Board } from '../../shared/domain/board';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cellOf, createMap, createWorkshop, getBoard, tabTo, openTab } from './boards-api';
import { expectAccessible, hostForEachTest, screenshot, type HostProcess } from './host';

/*
 * Grouping in a vote's setup, in Chromium against the real browser host: a loose candidate is
 * grouped with another card or put into a group, a card taken out, a group dissolved, groups
 * suggested for a card list — by mouse and by keyboard — and the list follows each board edit.
 */
let host: HostProcess;
hostForEachTest((h) => (host = h));

const PAINS = [
  'The check-in queue is far too long',
  'Long queue at check-in after 10 pm',
  'Wi-Fi in the room keeps dropping',
  'No Wi-Fi signal in the meeting rooms',
  'Breakfast ends at 9 sharp',
];

async function setUp(page: Page): Promise<{ workshop: Workshop; form: ReturnType<Page['getByRole']> }> {
  await page.setViewportSize({ width: 1440, height: 900 });
  const workshop = await createWorkshop(host, 'Hotel stay journey');
  const map = await createMap(host, workshop, null);
  const use = cellOf(map, 'Use', 'Pain points');
  for (const text of PAINS) await addCard(host, workshop, use, text);
  // Another card list: never offered to group with these.
  await addCard(host, workshop, cellOf(map, 'Purchase', 'Pain points'), 'The payment form times out');
  const form = (await openTab(page, host, workshop, 'Voting')).getByRole('form', { name: 'New vote' });
  await expect(form.getByRole('checkbox', { name: PAINS[0], exact: true })).toBeChecked();
  return { workshop, form };
}

const groupsOf = async (workshop: Workshop): Promise<Board['journeyMaps'][number]['groups']> => (await getBoard(host, workshop)).journeyMaps[0]!.groups;
const membersOf = async (workshop: Workshop, groupId: string): Promise<string[]> =>
  (await getBoard(host, workshop)).journeyMaps[0]!.cards.filter((c) => c.groupId === groupId).map((c) => c.text);

test('by mouse: group two candidates, put a third in, dissolve; the list and the count follow the board', async ({ page }) => {
  const { workshop, form } = await setUp(page);
  await expect(form.getByText('6 items to vote on')).toBeVisible();

  await form.getByRole('button', { name: `Group “${PAINS[0]}” with…` }).click();
  const choices = form.getByRole('group', { name: `Group “${PAINS[0]}” with…` });
  await expect(choices.getByRole('button')).toHaveText([...PAINS.slice(1).map((text) => `Card “${text}”`), 'Cancel']);
  await expectAccessible(page);
  await choices.getByRole('button', { name: `Card “${PAINS[1]}”` }).click();

  // As on the board: the card joins the one it is grouped with, which keeps its place and comes first.
  const group = form.getByRole('checkbox', { name: new RegExp(`^${PAINS[1]} · ${PAINS[0]}`) });
  await expect(group).toBeChecked();
  await expect(form.getByRole('checkbox', { name: PAINS[1], exact: true })).toHaveCount(0);
  await expect(form.getByText('5 items to vote on')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Card “${PAINS[0]}” grouped with card “${PAINS[1]}”` })).toBeAttached();
  const [made] = await groupsOf(workshop);
  expect(await membersOf(workshop, made!.id)).toEqual([PAINS[1], PAINS[0]]);

  // Into the group, from a card below it.
  await form.getByRole('button', { name: `Group “${PAINS[2]}” with…` }).click();
  // An unnamed group goes by its cards' texts, shortened.
  await form.getByRole('button', { name: new RegExp(`^Group “${PAINS[1]} · The check-in queue is .*” \\(2 cards\\)`) }).click();
  await expect(form.getByRole('checkbox', { name: new RegExp(`group · 3 cards$`) })).toBeVisible();
  expect(await membersOf(workshop, made!.id)).toEqual([PAINS[1], PAINS[0], PAINS[2]]);

  await form.getByRole('button', { name: /^Dissolve group / }).click();
  await expect(form.getByRole('checkbox', { name: PAINS[2], exact: true })).toBeChecked();
  await expect(form.getByText('6 items to vote on')).toBeVisible();
  expect(await groupsOf(workshop)).toEqual([]);
});

test('by keyboard: group with, take out and dissolve, the focus following the card; Escape closes the choices', async ({ page }) => {
  const { workshop, form } = await setUp(page);

  await tabTo(page, form.getByRole('button', { name: `Group “${PAINS[3]}” with…` }));
  await page.keyboard.press('Enter');
  // The first choice takes the focus; Escape gives it back to the opener.
  await expect(form.getByRole('button', { name: `Card “${PAINS[0]}”` })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form.getByRole('group', { name: `Group “${PAINS[3]}” with…` })).toHaveCount(0);
  await expect(form.getByRole('button', { name: `Group “${PAINS[3]}” with…` })).toBeFocused();

  await page.keyboard.press('Enter');
  await tabTo(page, form.getByRole('button', { name: `Card “${PAINS[2]}”` }));
  await page.keyboard.press('Enter');
  const group = form.getByRole('checkbox', { name: new RegExp(`^${PAINS[2]} · ${PAINS[3]}`) });
  await expect(group).toBeFocused();
  const [made] = await groupsOf(workshop);
  expect(await membersOf(workshop, made!.id)).toEqual([PAINS[2], PAINS[3]]);

  await tabTo(page, form.getByRole('button', { name: `Group “${PAINS[4]}” with…` }));
  await page.keyboard.press('Enter');
  await tabTo(page, form.getByRole('button', { name: /^Group “Wi-Fi in the room keeps dropping · / }));
  await page.keyboard.press('Enter');
  await expect(group).toBeFocused();
  expect(await membersOf(workshop, made!.id)).toEqual([PAINS[2], PAINS[3], PAINS[4]]);

  await tabTo(page, form.getByRole('button', { name: new RegExp(`^Take “${PAINS[4]}” out of group`) }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('checkbox', { name: PAINS[4], exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Card “${PAINS[4]}” taken out of its group.` })).toBeAttached();
  expect(await membersOf(workshop, made!.id)).toEqual([PAINS[2], PAINS[3]]);

  await tabTo(page, form.getByRole('button', { name: /^Dissolve group / }));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('checkbox', { name: PAINS[2], exact: true })).toBeFocused();
  expect(await groupsOf(workshop)).toEqual([]);

  // Each was one board edit: undo brings the group back, and the setup list shows it.
  await call<Board>(host, 'boardUndo', { workshopId: workshop.id });
  await expect(form.getByRole('checkbox', { name: new RegExp(`^${PAINS[2]} · ${PAINS[3]}`) })).toBeVisible();
});

test('suggested groups for a card list, accepted from the setup, become a candidate group', async ({ page }) => {
  const { workshop, form } = await setUp(page);
  const fromBoard = form.getByRole('group', { name: 'From the board' });
  // Only a list with enough loose cards offers suggestions.
  await expect(form.getByRole('button', { name: /^Suggest groups in / })).toHaveCount(1);
  await fromBoard.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'vote-setup-loose-1440');
  await form.getByRole('button', { name: /^Suggest groups in / }).click();
  const dialog = page.getByRole('dialog', { name: /^Suggested groups · / });
  await expect(dialog.getByText('Suggestion 1 of 2')).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept' }).click();
  await expect(dialog.getByText('Suggestion 2 of 2')).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept' }).click();
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toHaveCount(0);

  expect((await groupsOf(workshop)).map((g) => g.title).sort()).toEqual(['Check-in, queue', 'Wi-fi, room']);
  await expect(form.getByRole('checkbox', { name: /^Check-in, queue/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^Wi-fi, room/ })).toBeChecked();
  await expect(form.getByText('4 items to vote on')).toBeVisible();
  await page.mouse.move(1, 1);
  await expectAccessible(page);
  await form.getByRole('button', { name: `Group “${PAINS[4]}” with…` }).click();
  await expectAccessible(page);
  await fromBoard.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'vote-setup-grouping-1440');
});
