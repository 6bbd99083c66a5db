import { expect, test } from '@playwright/test';
import type { Board, CardGroup } from '../../shared/domain/board';
import type { SharingStatus, VotingSessionView } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cellOf, createMap, createWorkshop, getBoard, openWorkshop, openTab, tokenOf } from './boards-api';
import { expectAccessible, hostForEachTest, joinOnPhone, screenshot, type HostProcess } from './host';

/*
 * Suggested groups and votes on groups, in Chromium against the real browser host: the
 * facilitator accepts a suggestion on a journey cell, then the room votes on the groups — the
 * laptop sets the vote up, a phone votes, the reveal shows the group with its cards on the
 * projector and the phone. Seeded through the host's HTTP API; what is under test goes through
 * the pages. Sharing binds to 127.0.0.1 (never the LAN).
 */
process.env.ATELIER_SHARING_BIND = '127.0.0.1';

let host: HostProcess;
hostForEachTest((started) => (host = started));

const USE_PAINS = [
  'The check-in queue is far too long',
  'Wi-Fi in the room keeps dropping',
  'Long queue at check-in after 10 pm',
  'No Wi-Fi signal in the meeting rooms',
  'Breakfast ends at 9 sharp',
];

/** A journey map whose Use · Pain points cell holds USE_PAINS, in that order. */
async function journeyWithPains() {
  const workshop = await createWorkshop(host, 'Hotel stay journey');
  const map = await createMap(host, workshop, null);
  const use = cellOf(map, 'Use', 'Pain points');
  const cards = [];
  for (const text of USE_PAINS) cards.push(await addCard(host, workshop, use, text));
  return { workshop, map, cards };
}

test('the facilitator asks for suggested groups on a journey cell, edits one, accepts it and dismisses the other', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { workshop } = await journeyWithPains();

  await openWorkshop(page, host, workshop, 'Journey map');
  const suggest = page.getByRole('button', { name: 'Suggest groups in Use · Pain points' });
  await suggest.scrollIntoViewIfNeeded();
  // Only a cell with enough loose cards offers it.
  await expect(page.getByRole('button', { name: /^Suggest groups in / })).toHaveCount(1);
  await screenshot(page, 'suggest-cell-1440');
  await suggest.click();
  const dialog = page.getByRole('dialog', { name: 'Suggested groups · Use · Pain points' });
  await expect(dialog.getByText('Suggestion 1 of 2')).toBeVisible();
  const title = dialog.getByRole('textbox', { name: 'Name of the group' });
  await expect(title).toHaveValue('Check-in, queue');
  const inGroup = dialog.getByRole('group', { name: /Cards in the group/ }).getByRole('checkbox');
  await expect(inGroup).toHaveCount(2);
  await expect(dialog.getByRole('checkbox', { name: USE_PAINS[0] })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: USE_PAINS[2] })).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'suggest-dialog-1440');

  // Nothing is grouped before Accept.
  expect((await getBoard(host, workshop)).journeyMaps[0]!.groups).toEqual([]);
  await title.fill('Queues at check-in');
  await dialog.getByRole('button', { name: 'Accept' }).click();

  await expect(dialog.getByText('Suggestion 2 of 2')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name of the group' })).toHaveValue('Wi-fi, room');
  // Taking a card out of a two-card proposal leaves too few: Accept waits.
  await dialog.getByRole('checkbox', { name: USE_PAINS[1] }).uncheck();
  await expect(dialog.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await expect(dialog.getByText('A group needs at least two cards.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Every suggestion reviewed: 1 group made.');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toHaveCount(0);

  const board = await getBoard(host, workshop);
  const [group] = board.journeyMaps[0]!.groups;
  expect(group).toMatchObject({ title: 'Queues at check-in' });
  const members = board.journeyMaps[0]!.cards.filter((card) => card.groupId === group!.id).map((card) => card.text);
  expect(members.sort()).toEqual([USE_PAINS[0], USE_PAINS[2]].sort());
  // One accepted suggestion is one undoable edit.
  await call<Board>(host, 'boardUndo', { workshopId: workshop.id });
  expect((await getBoard(host, workshop)).journeyMaps[0]!.groups).toEqual([]);
});

test('the room votes on groups: set up on the laptop, dots from a phone, the reveal shows the group with its cards', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { workshop: created, map, cards } = await journeyWithPains();
  await addCard(host, created, cellOf(map, 'Purchase', 'Pain points'), 'The payment form times out');
  await call<CardGroup>(host, 'groupFromCards', { workshopId: created.id, cardIds: [cards[0]!.id, cards[2]!.id], title: 'Queues at check-in' });
  await call<CardGroup>(host, 'groupFromCards', { workshopId: created.id, cardIds: [cards[1]!.id, cards[3]!.id], title: 'Wi-Fi' });
  const votingStep = created.steps.find((s) => s.kind === 'voting')!;
  const workshop = await call<Workshop>(host, 'timerGoTo', { workshopId: created.id, stepId: votingStep.id });
  const sharing = await call<SharingStatus>(host, 'sharingStart', { workshopId: workshop.id });

  // The laptop: groups are offered with their cards beneath, their cards not on their own.
  const tab = await openTab(page, host, workshop, 'Voting');
  const form = tab.getByRole('form', { name: 'New vote' });
  await expect(form.getByRole('checkbox', { name: /^Queues at check-in/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^Wi-Fi/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: USE_PAINS[0] })).toHaveCount(0);
  await expect(form.getByRole('list', { name: 'Cards of the group' }).first().getByRole('listitem')).toContainText([USE_PAINS[0]!, USE_PAINS[2]!]);
  await expect(form.getByText('4 items to vote on')).toBeVisible();
  await page.mouse.move(1, 1);
  await expectAccessible(page);
  await screenshot(page, 'vote-setup-groups-1440');
  await form.getByRole('button', { name: 'Create the vote' }).click();
  const session = tab.getByRole('article', { name: 'Pain-point vote' });
  await expect(session.getByRole('region', { name: 'Items' }).getByRole('listitem').filter({ hasText: 'Queues at check-in' })).toContainText(USE_PAINS[2]!);
  await session.getByRole('button', { name: 'Open voting' }).click();

  // A phone votes on the group.
  const { context: phoneContext, page: phone } = await joinOnPhone(browser, { url: sharing.urls[0]!, code: sharing.joinCode!.toLowerCase(), name: 'Ana' });
  await expect(phone.getByText('Signed in as Ana')).toBeVisible();
  await expect(phone.getByRole('list', { name: 'Cards of the group' }).first().getByRole('listitem')).toHaveText([USE_PAINS[0]!, USE_PAINS[2]!]);
  for (let i = 0; i < 3; i++) await phone.getByRole('button', { name: 'Add a dot to “Queues at check-in”' }).click();
  await phone.getByRole('button', { name: 'Add a dot to “The payment form times out”' }).click();
  await expectAccessible(phone);
  await screenshot(phone, 'phone-vote-groups-390');
  await phone.getByRole('button', { name: 'Send my vote' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Vote counted' })).toBeVisible();

  // The projector, then the reveal.
  const presenter = await page.context().newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  await expect(presenter.getByRole('status')).toHaveText('1 person has voted');
  await tab.getByRole('button', { name: 'Reveal results' }).click();
  const ranking = presenter.getByRole('list', { name: 'Results' });
  await expect(ranking.getByRole('listitem').first()).toHaveText(new RegExp(`^Rank 1Queues at check-in${USE_PAINS[0]} · ${USE_PAINS[2]}3 dots$`));
  await presenter.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished' || a.playState === 'idle'));
  const memberSize = await presenter.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.pv-row__members')!).fontSize));
  expect(memberSize).toBeGreaterThanOrEqual(24);
  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-results-groups-1920');
  await presenter.setViewportSize({ width: 1024, height: 768 });
  await expect(ranking.getByRole('listitem').first()).toContainText('Queues at check-in');
  await screenshot(presenter, 'presenter-results-groups-1024');

  // The phone and the laptop show the group's result with its cards.
  await expect(phone.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(phone.locator('.p-result').first()).toContainText(`Queues at check-in${USE_PAINS[0]} · ${USE_PAINS[2]}`);
  await screenshot(phone, 'phone-results-groups-390');
  const results = tab.getByRole('region', { name: 'Results' });
  const top = results.getByRole('list', { name: 'Ranking' }).locator(':scope > li').first();
  await expect(top).toContainText('Queues at check-in');
  await expect(top.getByRole('list', { name: 'Cards of the group' }).getByRole('listitem')).toHaveText([USE_PAINS[0]!, USE_PAINS[2]!]);
  await page.mouse.move(1, 1);
  await expectAccessible(page);
  await screenshot(page, 'laptop-results-groups-1440');
  const revealed = (await call<{ sessions: VotingSessionView[] }>(host, 'votingSessionsList', { workshopId: workshop.id })).sessions[0]!;
  expect(revealed.results?.items[0]).toMatchObject({ text: 'Queues at check-in', votes: 3, source: 'group', memberCardIds: [cards[0]!.id, cards[2]!.id] });
  await phoneContext.close();
});
