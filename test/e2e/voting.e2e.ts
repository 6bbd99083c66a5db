import { expect, test, type Locator, type Page } from '@playwright/test';
import WebSocket from 'ws';
import type { BallotDot, SharingStatus, VotingSessionView, WorkshopVoting } from '../../shared/domain/voting';
import type { JoinAnswer, ServerMessage } from '../../shared/participant/protocol';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cellOf, createMap, createWorkshop, openTab, tokenOf } from './boards-api';
import { expectAccessible, screenshot, startHost, type HostProcess } from './host';

/*
 * Pain-point voting as the facilitator and the projector see it, in Chromium against the real
 * browser host. Boards and sessions are seeded through the host's HTTP API; what is under test
 * goes through the UI.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const PAIN_POINTS = {
  research: 'Prices are hidden until the last page',
  purchase: 'The payment form times out',
  use: 'Nobody answers the support line after 6 pm',
};

/** A workshop whose journey map holds three pain points in three stages. */
async function workshopWithPainPoints(title: string): Promise<Workshop> {
  const workshop = await createWorkshop(host, title, 'cx-discovery');
  const map = await createMap(host, workshop, null);
  await addCard(host, workshop, cellOf(map, 'Research', 'Pain points'), PAIN_POINTS.research);
  await addCard(host, workshop, cellOf(map, 'Purchase', 'Pain points'), PAIN_POINTS.purchase);
  await addCard(host, workshop, cellOf(map, 'Use', 'Pain points'), PAIN_POINTS.use);
  return workshop;
}

/** An open vote on typed items, created through the API. */
async function openVote(workshop: Workshop, items: string[], anonymous = false): Promise<VotingSessionView> {
  const session = await call<VotingSessionView>(host, 'votingSessionCreate', {
    workshopId: workshop.id,
    typedItems: items,
    rules: { dotsPerVoter: 5, maxPerItem: 3, anonymous },
  });
  return call<VotingSessionView>(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' });
}

async function openVotingTab(page: Page, workshop: Workshop): Promise<Locator> {
  const tab = await openTab(page, host, workshop, 'Voting');
  await expect(tab.getByRole('heading', { level: 2, name: 'Pain-point voting' })).toBeVisible();
  return tab;
}

const addDot = (scope: Locator | Page, text: string): Promise<void> => scope.getByRole('button', { name: `Add a dot to “${text}”` }).click();
/** Clicks a capped add button anyway: it stays focusable (aria-disabled) and must do nothing. */
const tryDot = (scope: Locator | Page, text: string): Promise<void> =>
  scope.getByRole('button', { name: `Add a dot to “${text}”` }).click({ force: true });
const dotsOn = (scope: Locator | Page, text: string): Locator => scope.getByRole('button', { name: `Add a dot to “${text}”` });

/** Waits until every CSS animation on the page has finished (the reveal's bars). */
async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished' || a.playState === 'idle'));
}

test('the facilitator creates a vote from pain-point cards and a typed item, then opens it', async ({ page }) => {
  const workshop = await workshopWithPainPoints('Hotel booking journey');
  const tab = await openVotingTab(page, workshop);

  const form = tab.getByRole('form', { name: 'New vote' });
  // Every pain point of the journey map is offered, grouped by stage, and picked by default.
  for (const text of Object.values(PAIN_POINTS)) await expect(form.getByRole('checkbox', { name: text })).toBeChecked();
  await expect(form.getByRole('group', { name: /Research$/ }).getByRole('checkbox')).toHaveCount(1);
  await form.getByRole('checkbox', { name: PAIN_POINTS.use }).uncheck();
  await form.getByRole('textbox', { name: 'New item' }).fill('Invoices arrive by post, weeks later');
  await form.getByRole('button', { name: 'Add item' }).click();
  await expect(form.getByText('3 items to vote on')).toBeVisible();
  await expect(form.getByRole('spinbutton', { name: 'Dots per participant' })).toHaveValue('5');
  await expect(form.getByRole('spinbutton', { name: 'Most dots on one item' })).toHaveValue('3');
  await expect(form.getByRole('radio', { name: /^Named/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'I (the facilitator) stay out of the vote' })).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'voting-setup');

  await form.getByRole('button', { name: 'Create the vote' }).click();
  const session = tab.getByRole('article', { name: 'Pain-point vote' });
  const phase = session.getByRole('list', { name: 'Phase of the vote' }).locator('[aria-current="step"]');
  await expect(phase).toHaveText('Setup');
  const items = session.getByRole('region', { name: 'Items' }).getByRole('listitem');
  await expect(items).toHaveText([
    new RegExp(PAIN_POINTS.research),
    new RegExp(PAIN_POINTS.purchase),
    /Invoices arrive by post, weeks later.*Added on the spot/,
  ]);

  await session.getByRole('button', { name: 'Open voting' }).click();
  await expect(phase).toHaveText('Open');
  await expect(session.getByRole('region', { name: 'Turnout' })).toContainText('Nobody has voted yet');
  await expect(session.getByRole('button', { name: 'Start pass-the-laptop' })).toBeVisible();

  const stored = await call<WorkshopVoting>(host, 'votingSessionsList', { workshopId: workshop.id });
  expect(stored.sessions).toHaveLength(1);
  expect(stored.sessions[0]!.phase).toBe('open');
  expect(stored.sessions[0]!.items.map((i) => i.source)).toEqual(['painPoint', 'painPoint', 'typed']);
  await expectAccessible(page);
  await screenshot(page, 'voting-open');
});

test('pass-the-laptop: three voters in turn, each on a clean screen, and the facilitator sees only how many voted', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Laptop round', 'voting');
  const items = ['Long queues at check-in', 'Wi-Fi password on a sticker', 'Breakfast ends at 9'];
  const session = await openVote(workshop, items);
  const tab = await openVotingTab(page, workshop);
  await tab.getByRole('button', { name: 'Start pass-the-laptop' }).click();
  const laptop = page.getByRole('dialog');

  const voters: [string, [string, number][]][] = [
    ['Alice', [[items[0]!, 3], [items[1]!, 2]]],
    ['Bruno', [[items[1]!, 3], [items[2]!, 1]]],
    ['Chloé', [[items[0]!, 1]]],
  ];
  for (const [index, [name, dots]] of voters.entries()) {
    await expect(laptop.getByRole('heading', { level: 1, name: 'Your turn to vote' })).toBeFocused();
    const nameField = laptop.getByRole('combobox', { name: 'Your name' });
    await expect(nameField).toHaveValue(''); // nothing left from the previous voter
    await nameField.fill(name);
    await laptop.getByRole('button', { name: 'Start voting' }).click();
    await expect(laptop.getByRole('heading', { level: 1, name: `${name}, place your dots` })).toBeVisible();

    // A clean screen: no dot placed, every dot left.
    await expect(laptop.getByRole('status').filter({ hasText: 'dots left' })).toHaveText('5 of 5 dots left');
    for (const text of items) await expect(dotsOn(laptop, text)).toHaveAccessibleDescription('0 dots placed');

    for (const [text, count] of dots) for (let i = 0; i < count; i += 1) await addDot(laptop, text);
    if (index === 0) {
      // The fourth dot on one item is refused on screen, before main would refuse it.
      await tryDot(laptop, items[0]!);
      await expect(dotsOn(laptop, items[0]!)).toHaveAccessibleDescription('3 dots placed');
      await expect(dotsOn(laptop, items[0]!)).toContainText('Maximum reached: 3 dots on one item');
      await expect(laptop.getByRole('status').filter({ hasText: 'dots left' })).toHaveText('0 of 5 dots left');
      await expectAccessible(page);
      await screenshot(page, 'voting-laptop-vote');
      // The minus takes one back.
      await laptop.getByRole('button', { name: `Take a dot off “${items[1]}”` }).click();
      await expect(laptop.getByRole('status').filter({ hasText: 'dots left' })).toHaveText('1 of 5 dots left');
      await addDot(laptop, items[1]!);
    }
    await laptop.getByRole('button', { name: 'Confirm my vote' }).click();
    await expect(laptop.getByRole('heading', { level: 1, name: `Thank you ${name}, your vote is recorded` })).toBeVisible();
    await expect(laptop).toContainText('Pass the laptop to the next person.');
    // The hand-off screen shows no dot at all.
    await expect(laptop.getByRole('button', { name: /Add a dot/ })).toHaveCount(0);
    if (index === 0) {
      await expectAccessible(page);
      await screenshot(page, 'voting-laptop-handoff');
    }
    if (index < voters.length - 1) await laptop.getByRole('button', { name: 'I am the next voter' }).click();
  }
  await laptop.getByRole('button', { name: 'Everyone has voted' }).click();
  await expect(laptop).toBeHidden();

  const turnout = tab.getByRole('region', { name: 'Turnout' });
  await expect(turnout).toContainText('3 have voted');
  // Until the reveal, no tally anywhere: not on screen, not in what main sends the facilitator.
  await expect(tab.getByRole('region', { name: 'Results' })).toHaveCount(0);
  const stored = await call<WorkshopVoting>(host, 'votingSessionsList', { workshopId: workshop.id });
  expect(stored.sessions[0]!.results).toBeNull();
  expect(stored.sessions[0]!.voters.map((v) => [v.name, v.kind, v.hasVoted])).toEqual([
    ['Alice', 'laptop', true],
    ['Bruno', 'laptop', true],
    ['Chloé', 'laptop', true],
  ]);

  const revealed = await call<VotingSessionView>(host, 'votingPhaseSet', { sessionId: session.id, action: 'reveal' });
  expect(revealed.results!.items.map((r) => [r.text, r.votes])).toEqual([
    [items[1], 5],
    [items[0], 4],
    [items[2], 1],
  ]);
});

test('a proxy vote for someone without a phone: same caps, a clear dots-left counter, replaced by name; then a second round', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Proxy votes', 'voting');
  const items = ['Parking is hard to find', 'Room keys stop working'];
  await openVote(workshop, items);
  const tab = await openVotingTab(page, workshop);

  const turnout = tab.getByRole('region', { name: 'Turnout' });
  await turnout.getByRole('textbox', { name: 'Expect someone else' }).fill('Denise');
  await turnout.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(turnout.getByRole('list', { name: 'Not voted yet' })).toHaveText(['Denise']);
  await expect(turnout).toContainText('0 of 1 have voted');

  const proxy = tab.getByRole('form', { name: 'Vote for someone without a phone' });
  await proxy.getByRole('combobox', { name: 'Their name' }).fill('Denise');
  await expect(proxy.getByRole('status').filter({ hasText: 'dots left' })).toHaveText('5 of 5 dots left');
  for (let i = 0; i < 3; i += 1) await addDot(proxy, items[0]!);
  await tryDot(proxy, items[0]!);
  await expect(dotsOn(proxy, items[0]!)).toHaveAccessibleDescription('3 dots placed');
  await addDot(proxy, items[1]!);
  await expect(proxy.getByRole('status').filter({ hasText: 'dots left' })).toHaveText('1 of 5 dots left');
  await expectAccessible(page);
  await screenshot(page, 'voting-proxy');
  await proxy.getByRole('button', { name: 'Record dots for Denise' }).click();
  await expect(proxy.getByRole('status').filter({ hasText: 'recorded' })).toHaveText('Dots recorded for Denise.');
  await expect(proxy.getByRole('status').filter({ hasText: 'dots left' })).toHaveText('5 of 5 dots left');
  await expect(turnout).toContainText('1 person has voted');
  await expect(turnout.getByRole('list', { name: 'Not voted yet' })).toHaveCount(0);

  // Denise changes her mind: the same name replaces her ballot rather than adding a second one.
  await proxy.getByRole('combobox', { name: 'Their name' }).fill('denise');
  await addDot(proxy, items[1]!);
  await proxy.getByRole('button', { name: 'Record dots for denise' }).click();
  await expect(proxy.getByRole('status').filter({ hasText: 'recorded' })).toBeVisible();
  await expect(turnout).toContainText('1 person has voted');
  const stored = await call<WorkshopVoting>(host, 'votingSessionsList', { workshopId: workshop.id });
  const revealed = await call<VotingSessionView>(host, 'votingPhaseSet', { sessionId: stored.sessions[0]!.id, action: 'reveal' });
  expect(revealed.results!.items.map((r) => [r.text, r.votes])).toEqual([
    [items[1], 1],
    [items[0], 0],
  ]);

  // A second round on the top item only: a new vote in setup, round 2.
  await tab.getByRole('spinbutton', { name: 'Keep the top' }).fill('1');
  await tab.getByRole('button', { name: 'Prepare a second round on the top 1' }).click();
  const second = tab.getByRole('article', { name: /round 2/ });
  await expect(second.getByRole('list', { name: 'Phase of the vote' }).locator('[aria-current="step"]')).toHaveText('Setup');
  await expect(second.getByRole('region', { name: 'Items' }).getByRole('listitem')).toHaveText([new RegExp(items[1]!)]);
  await expect(tab.getByRole('navigation', { name: 'Votes of this workshop' }).getByRole('button')).toHaveCount(2);
});

test('the presenter counts votes, then reveals the ranked results with ties sharing a rank', async ({ page, context }) => {
  const workshop = await workshopWithPainPoints('Reveal on the projector');
  const candidates = await call<{ cardId: string; text: string }[]>(host, 'votingCandidates', { workshopId: workshop.id });
  const session = await call<VotingSessionView>(host, 'votingSessionCreate', {
    workshopId: workshop.id,
    cardIds: candidates.map((c) => c.cardId),
    typedItems: ['Late check-out is never confirmed'],
  });
  await call(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' });
  const [research, purchase, use] = session.items; // the fourth, typed, gets no dot
  const ballot = (...dots: [typeof research, number][]) => dots.map(([item, count]) => ({ itemId: item!.id, count }));
  // research 5, purchase 3, use 3 (a tie for second), typed 0
  await call(host, 'votingLaptopBallot', { sessionId: session.id, name: 'Ana', dots: ballot([research, 3], [purchase, 2]) });
  await call(host, 'votingLaptopBallot', { sessionId: session.id, name: 'Ben', dots: ballot([research, 2], [use, 3]) });
  await call(host, 'votingLaptopBallot', { sessionId: session.id, name: 'Cy', dots: ballot([purchase, 1]) });
  const votingStep = workshop.steps.find((s) => s.kind === 'voting')!;
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: votingStep.id });

  const tab = await openVotingTab(page, workshop); // opening it presents it
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  await expect(presenter.getByRole('heading', { level: 1, name: votingStep.title })).toBeVisible();
  await expect(presenter.getByRole('status')).toHaveText('3 have voted');
  await expect(presenter.getByText('Voting is open')).toBeVisible();
  await screenshot(presenter, 'presenter-voting-count');

  await tab.getByRole('button', { name: 'Reveal results' }).click();
  const ranking = presenter.getByRole('list', { name: 'Results' });
  await expect(ranking.getByRole('listitem')).toHaveCount(4);
  await expect(ranking.getByRole('listitem')).toHaveText([
    new RegExp(`^Rank 1${PAIN_POINTS.research}5 dots$`),
    new RegExp(`^Rank 2tie${PAIN_POINTS.purchase}3 dots$`),
    new RegExp(`^Rank 2tie${PAIN_POINTS.use}3 dots$`),
    /^Rank 4Late check-out is never confirmed0 dots$/,
  ]);
  await expect(presenter.getByText('3 people voted · 11 dots')).toBeVisible();
  await animationsDone(presenter);
  const sizes = await presenter.evaluate(() => {
    const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    return { text: px('.pv-row__text'), votes: px('.pv-row__votes') };
  });
  expect(sizes.text).toBeGreaterThanOrEqual(36);
  expect(sizes.votes).toBeGreaterThanOrEqual(56);
  await expect(presenter.locator('button, a, input, select, textarea, [tabindex]')).toHaveCount(0);
  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-voting-results');

  // With "reduce motion" asked for, the results appear without any animation.
  const still = await context.newPage();
  await still.emulateMedia({ reducedMotion: 'reduce' });
  await still.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  await expect(still.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(4);
  expect(await still.evaluate(() => document.getAnimations().length)).toBe(0);
  await still.close();

  // The facilitator's tab: the same ranking, comments, and per-stage results.
  const results = tab.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('list', { name: 'Ranking' }).getByRole('listitem').first()).toContainText(PAIN_POINTS.research);
  await results.getByRole('textbox', { name: `Comment on “${PAIN_POINTS.research}”` }).fill('Show prices on the first page');
  await results.getByRole('textbox', { name: `Comment on “${PAIN_POINTS.research}”` }).press('Enter');
  await expect
    .poll(async () => (await call<WorkshopVoting>(host, 'votingSessionsList', { workshopId: workshop.id })).sessions[0]!.results!.items[0]!.comment)
    .toBe('Show prices on the first page');
  await page.mouse.move(1, 1);
  await expectAccessible(page);
  await screenshot(page, 'voting-results');
  await results.getByRole('button', { name: 'By journey stage' }).click();
  await expect(results.getByRole('region', { name: /· Purchase$/ })).toContainText('3 dots');
  await expectAccessible(page);
  await screenshot(page, 'voting-results-by-stage');

  // The journey map shows the votes as heat on its pain-point cards.
  await page.getByRole('tab', { name: 'Journey map' }).click();
  await expect(page.locator('.card', { hasText: PAIN_POINTS.research }).getByText('5 dots · #1')).toBeVisible();
  await expect(page.locator('.card', { hasText: PAIN_POINTS.use }).getByText('3 dots · #2')).toBeVisible();
  await page.locator('.card', { hasText: PAIN_POINTS.research }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await screenshot(page, 'voting-journey-heat');
});

test('sharing: the join address, code and QR code on the facilitator tab and huge on the presenter', async ({ page, context }) => {
  const workshop = await createWorkshop(host, 'Phones welcome', 'voting');
  const votingStep = workshop.steps.find((s) => s.kind === 'voting')!;
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: votingStep.id });
  const tab = await openVotingTab(page, workshop);
  const sharing = tab.getByRole('region', { name: 'Participants’ phones' });
  const toggle = sharing.getByRole('switch', { name: 'Let participants join' });
  await expect(toggle).not.toBeChecked();

  await sharing.getByRole('textbox', { name: 'Port' }).fill('80');
  await expect(sharing.getByText('A whole number from 1024 to 65535, or empty.')).toBeVisible();
  await expect(toggle).toBeDisabled();
  await sharing.getByRole('textbox', { name: 'Port' }).fill('');
  await toggle.click();
  await expect(toggle).toBeChecked();
  const status = await call<{ joinCode: string; urls: string[]; port: number }>(host, 'sharingStatus', {});
  await expect(sharing.getByText(`${status.joinCode.slice(0, 3)} ${status.joinCode.slice(3)}`)).toBeVisible();
  await expect(sharing.getByRole('img', { name: /^QR code to join/ })).toBeVisible();
  expect(await sharing.locator('svg.qr rect').count()).toBeGreaterThan(20);
  await expect(sharing).toContainText('Nobody has joined yet.');
  await expectAccessible(page);
  await screenshot(page, 'voting-sharing');

  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  await expect(presenter.getByText('Join on your phone')).toBeVisible();
  await expect(presenter.getByText(`${status.joinCode.slice(0, 3)} ${status.joinCode.slice(3)}`)).toBeVisible();
  await expect(presenter.getByText(status.urls[0]!.replace(/^http:\/\//, '').replace(/\/$/, ''))).toBeVisible();
  const codeHeight = await presenter.getByText(`${status.joinCode.slice(0, 3)} ${status.joinCode.slice(3)}`).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(codeHeight).toBeGreaterThanOrEqual(140);
  await expectAccessible(presenter);
  await screenshot(presenter, 'presenter-voting-join');

  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(presenter.getByText('Join on your phone')).toBeHidden();
  expect((await call<{ active: boolean }>(host, 'sharingStatus', {})).active).toBe(false);
});

test('turnout counts the workshop’s participants from the start, and the absent ones can be taken off', async ({ page }) => {
  const created = await createWorkshop(host, 'Expected voters', 'voting');
  await call(host, 'workshopUpdate', { id: created.id, patch: { participants: ['Ana', 'Bruno', 'Chloé', 'Driss'] } });
  await openVote(created, ['Parking is hard to find', 'Room keys stop working']);
  const tab = await openVotingTab(page, created);

  const turnout = tab.getByRole('region', { name: 'Turnout' });
  await expect(turnout).toContainText('0 of 4 have voted');
  await expect(turnout.getByRole('list', { name: 'Not voted yet' }).getByRole('listitem')).toHaveText(['Ana', 'Bruno', 'Chloé', 'Driss']);
  await expectAccessible(page);
  await turnout.getByRole('button', { name: 'Absent: do not count Driss' }).click();
  await expect(turnout).toContainText('0 of 3 have voted');
  await expect(turnout.getByRole('list', { name: 'Not voted yet' }).getByRole('listitem')).toHaveText(['Ana', 'Bruno', 'Chloé']);
  await screenshot(page, 'voting-turnout-expected');
});

/** A phone as the participant page drives it: joins with the code, signs in on /ws, votes. */
async function phoneVoter(sharing: SharingStatus, name: string): Promise<{ vote(sessionId: string, dots: BallotDot[]): Promise<ServerMessage>; close(): void }> {
  const origin = new URL(sharing.urls[0]!).origin;
  const response = await fetch(`${origin}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ code: sharing.joinCode, name }),
  });
  const joined = (await response.json()) as { ok: boolean; value: JoinAnswer };
  expect(joined.ok).toBe(true);
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/ws`, { origin });
  const answers = new Map<number, (m: ServerMessage) => void>();
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', token: joined.value.token })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.type === 'welcome') resolve();
      else if ((message.type === 'ack' || message.type === 'error') && message.requestId !== null) answers.get(message.requestId)?.(message);
    });
    socket.once('error', reject);
  });
  let requestId = 0;
  return {
    vote: (sessionId, dots) =>
      new Promise((resolve) => {
        requestId += 1;
        answers.set(requestId, resolve);
        socket.send(JSON.stringify({ type: 'vote', requestId, sessionId, dots }));
      }),
    close: () => socket.close(),
  };
}

/** The API channels a page calls, counted as they go out. */
function channelsCalled(page: Page): Map<string, number> {
  const calls = new Map<string, number>();
  page.on('request', (request) => {
    const channel = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (channel) calls.set(channel, (calls.get(channel) ?? 0) + 1);
  });
  return calls;
}

test('phones vote while the voting tab and the projector watch: both count each ballot live, reading only the turnout', async ({ page, context }) => {
  const created = await createWorkshop(host, 'Live turnout', 'voting');
  await call(host, 'workshopUpdate', { id: created.id, patch: { participants: ['Ana', 'Bruno', 'Chloé'] } });
  const sharing = await call<SharingStatus>(host, 'sharingStart', { workshopId: created.id });
  const session = await openVote(created, ['Parking is hard to find', 'Room keys stop working']);
  const [parking, keys] = session.items;
  const votingStep = created.steps.find((s) => s.kind === 'voting')!;
  await call(host, 'timerGoTo', { workshopId: created.id, stepId: votingStep.id });

  const facilitatorCalls = channelsCalled(page);
  const tab = await openVotingTab(page, created);
  const turnout = tab.getByRole('region', { name: 'Turnout' });
  const presenter = await context.newPage();
  const presenterCalls = channelsCalled(presenter);
  await presenter.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  const count = presenter.getByRole('status');
  await expect(turnout).toContainText('0 of 3 have voted');
  await expect(count).toHaveText('0 of 3 have voted');
  const wholeReads = () => [facilitatorCalls.get('votingSessionsList') ?? 0, presenterCalls.get('votingSessionsList') ?? 0];
  const before = wholeReads();

  // A phone joining under an expected name is that person; one under a new name is one more voter.
  const ana = await phoneVoter(sharing, 'Ana');
  const driss = await phoneVoter(sharing, 'Driss');
  await expect(turnout).toContainText('0 of 4 have voted');
  await expect(count).toHaveText('0 of 4 have voted');

  expect(await ana.vote(session.id, [{ itemId: parking!.id, count: 3 }])).toMatchObject({ type: 'ack' });
  await expect(turnout).toContainText('1 of 4 has voted');
  await expect(count).toHaveText('1 of 4 has voted');
  await expect(turnout.getByRole('list', { name: 'Not voted yet' }).getByRole('listitem')).toHaveText(['Bruno', 'Chloé', 'Driss']);

  const bruno = await phoneVoter(sharing, 'Bruno');
  const chloe = await phoneVoter(sharing, 'Chloé');
  const acks = await Promise.all([
    bruno.vote(session.id, [{ itemId: keys!.id, count: 2 }]),
    chloe.vote(session.id, [{ itemId: parking!.id, count: 1 }, { itemId: keys!.id, count: 1 }]),
    driss.vote(session.id, [{ itemId: keys!.id, count: 3 }]),
  ]);
  expect(acks.map((a) => a.type)).toEqual(['ack', 'ack', 'ack']);
  await expect(turnout).toContainText('4 have voted');
  await expect(count).toHaveText('4 have voted');
  await screenshot(presenter, 'presenter-voting-live-count');

  // Ballots and joins were read as the turnout only: not one more whole read of the voting view.
  expect(wholeReads()).toEqual(before);
  expect(facilitatorCalls.get('votingTurnout')).toBeGreaterThan(0);
  expect(presenterCalls.get('votingTurnout')).toBeGreaterThan(0);

  // Revealing is not ballots only: both read the whole view, results included.
  await tab.getByRole('button', { name: 'Reveal results' }).click();
  await expect(presenter.getByText('4 people voted · 10 dots')).toBeVisible();
  await expect(tab.getByRole('region', { name: 'Results' })).toContainText('Room keys stop working');
  for (const phone of [ana, bruno, chloe, driss]) phone.close();
});
