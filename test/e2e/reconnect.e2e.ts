import { expect, test, type Page } from '@playwright/test';
import type { Persona } from '../../shared/domain/board';
import type { VotingSessionView } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cardsIn, cellOf, createMap, createPersona, createWorkshop, openWorkshop, tokenOf } from './boards-api';
import { startHost, type HostProcess } from './host';
import { linkSwitch } from './link-switch';

/*
 * Every screen catches up after its event link was lost: the link is cut, another client (the
 * HTTP API, as another window would) changes what the screen shows, the link comes back, and the
 * screen shows the change within 3 s — without a reload.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

/** How long a screen may take to show what changed once its link is back. */
const CATCH_UP_MS = 3_000;

/** The page's event socket through a switch the test holds (see linkSwitch). */
async function eventLink(page: Page) {
  const link = await linkSwitch(page, /\/events$/);
  return {
    async cut(): Promise<void> {
      await link.cut();
      await expect(page.getByRole('status').filter({ hasText: 'Lost contact with Atelier' })).toBeVisible();
    },
    /** Brings the link back; answers how much of CATCH_UP_MS, counted from now, is left. */
    restore(): () => number {
      link.restore();
      const deadline = Date.now() + CATCH_UP_MS;
      return () => Math.max(1, deadline - Date.now());
    },
    /** The page says the link is back (checked once the change is shown). */
    async expectBack(): Promise<void> {
      await expect(page.getByRole('status').filter({ hasText: 'Lost contact with Atelier' })).toHaveCount(0);
    },
  };
}

/** Marks the page, so the test can tell it was never reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
}
async function expectNotReloaded(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

test('the home list catches up after a lost link: a rename and a new workshop', async ({ page }) => {
  const first = await createWorkshop(host, 'Spring workshop');
  const link = await eventLink(page);
  await page.goto(`${host.origin}/?token=${tokenOf(host)}`);
  await expect(page.getByRole('heading', { level: 3, name: 'Spring workshop' })).toBeVisible();
  await markPage(page);

  await link.cut();
  await call(host, 'workshopUpdate', { id: first.id, patch: { title: 'Summer workshop' } });
  await createWorkshop(host, 'Autumn workshop');
  const left = link.restore();

  await expect(page.getByRole('heading', { level: 3, name: 'Summer workshop' })).toBeVisible({ timeout: left() });
  await expect(page.getByRole('heading', { level: 3, name: 'Autumn workshop' })).toBeVisible({ timeout: left() });
  await link.expectBack();
  await expectNotReloaded(page);
});

test('the workshop screen catches up after a lost link: its title', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Before the break');
  const link = await eventLink(page);
  await openWorkshop(page, host, workshop);
  await markPage(page);

  await link.cut();
  await call(host, 'workshopUpdate', { id: workshop.id, patch: { title: 'After the break' } });
  const left = link.restore();

  await expect(page.getByRole('heading', { level: 1, name: 'After the break' })).toBeVisible({ timeout: left() });
  await link.expectBack();
  await expectNotReloaded(page);
});

test('the persona board catches up after a lost link, then follows pushes again', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Personas', 'persona');
  const lea = await createPersona(host, workshop, 'Léa');
  const needs = sectionOf(lea, 'Needs');
  await addCard(host, workshop, needs, 'Save time in the morning');
  const link = await eventLink(page);
  await openWorkshop(page, host, workshop, 'Personas');
  await expect(cardsIn(page, 'Needs').getByText('Save time in the morning')).toBeVisible();
  await markPage(page);

  await link.cut();
  await addCard(host, workshop, needs, 'Pay without a card');
  const left = link.restore();

  await expect(cardsIn(page, 'Needs').getByText('Pay without a card')).toBeVisible({ timeout: left() });
  // The board read again is at the host's revision: the next push applies on top of it.
  await addCard(host, workshop, needs, 'Breakfast before seven');
  await expect(cardsIn(page, 'Needs').getByText('Breakfast before seven')).toBeVisible();
  await link.expectBack();
  await expectNotReloaded(page);
});

test('the journey map catches up after a lost link', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Journeys', 'journey');
  const map = await createMap(host, workshop, null);
  const link = await eventLink(page);
  await openWorkshop(page, host, workshop, 'Journey map');
  await markPage(page);

  await link.cut();
  await addCard(host, workshop, cellOf(map, 'Research', 'Pain points'), 'Prices are hidden until the last page');
  const left = link.restore();

  await expect(cardsIn(page, 'Research · Pain points').getByText('Prices are hidden until the last page')).toBeVisible({ timeout: left() });
  await link.expectBack();
  await expectNotReloaded(page);
});

test('the voting screen catches up after a lost link: who has voted', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Votes', 'voting');
  const created = await call<VotingSessionView>(host, 'votingSessionCreate', { workshopId: workshop.id, typedItems: ['Parking', 'Room keys'] });
  const session = await call<VotingSessionView>(host, 'votingPhaseSet', { sessionId: created.id, action: 'open' });
  const link = await eventLink(page);
  await openWorkshop(page, host, workshop);
  await page.getByRole('tab', { name: 'Voting' }).click();
  const turnout = page.getByRole('tabpanel', { name: 'Voting' }).getByRole('region', { name: 'Turnout' });
  await expect(turnout).toContainText('Nobody has voted yet');
  await markPage(page);

  await link.cut();
  await call(host, 'votingProxyBallot', { sessionId: session.id, name: 'Denise', dots: [{ itemId: session.items[0]!.id, count: 2 }] });
  const left = link.restore();

  await expect(turnout).toContainText('1 person has voted', { timeout: left() });
  await link.expectBack();
  await expectNotReloaded(page);
});

test('the presenter screen catches up after a lost link: the next step', async ({ page }) => {
  const workshop = await createWorkshop(host, 'On the projector');
  await call(host, 'presenterShow', { workshopId: workshop.id });
  const link = await eventLink(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  await expect(page.getByRole('heading', { level: 1, name: workshop.steps[0]!.title })).toBeVisible();
  await markPage(page);

  await link.cut();
  await call<Workshop>(host, 'timerCommand', { workshopId: workshop.id, command: 'next' });
  const left = link.restore();

  await expect(page.getByRole('heading', { level: 1, name: workshop.steps[1]!.title })).toBeVisible({ timeout: left() });
  await link.expectBack();
  await expectNotReloaded(page);
});

test('the deliverable catches up after a lost link: a next step and a persona', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Deliverable');
  const link = await eventLink(page);
  await page.goto(`${host.origin}/workshops/${workshop.id}/deliverable?token=${tokenOf(host)}`);
  const preview = page.getByRole('region', { name: 'Preview of the deliverable' });
  await expect(preview).toBeVisible();
  await markPage(page);

  await link.cut();
  await call(host, 'nextStepAdd', { workshopId: workshop.id, step: { text: 'Train the night team', owner: 'Karim', dueDate: null, domain: 'culture' } });
  await createPersona(host, workshop, 'Noémie');
  const left = link.restore();

  await expect(preview).toContainText('Train the night team', { timeout: left() });
  await expect(preview).toContainText('Noémie', { timeout: left() });
  await expect(page.getByRole('textbox', { name: 'Edit “Train the night team”' })).toBeVisible({ timeout: left() });
  await link.expectBack();
  await expectNotReloaded(page);
});

function sectionOf(persona: Persona, title: string) {
  const section = persona.sections.find((s) => s.title === title);
  if (!section) throw new Error(`no section ${title}`);
  return { kind: 'section' as const, sectionId: section.id };
}
