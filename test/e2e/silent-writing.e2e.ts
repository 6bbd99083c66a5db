import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { SharingStatus } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { call, createPersona, createWorkshop, getBoard, openWorkshop } from './boards-api';
import { expectAccessible, joinOnPhone, screenshot, startHost, type HostProcess } from './host';
import { expectReadableFromTheBack, openProjector } from './presenter-room';

/*
 * A silent-writing round with the laptop, the projector and two phones (two browser contexts),
 * against the real browser host. Sharing binds to 127.0.0.1 only.
 */
process.env.ATELIER_SHARING_BIND = '127.0.0.1';

let host: HostProcess;
const contexts: BrowserContext[] = [];
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  await host.stop();
});

async function phone(browser: Browser, sharing: SharingStatus, name: string): Promise<Page> {
  const { context, page } = await joinOnPhone(browser, { url: sharing.urls[0]!, code: sharing.joinCode!, name });
  contexts.push(context);
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  return page;
}

async function projector(browser: Browser, width: number, height: number): Promise<Page> {
  const { context, page } = await openProjector(browser, host, [width, height]);
  contexts.push(context);
  return page;
}

async function write(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your idea').fill(text);
  await page.getByRole('button', { name: 'Add the card' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toBeVisible();
}

/** An English workshop on its silent persona step, running, shared. */
async function silentStep(): Promise<{ workshop: Workshop; sharing: SharingStatus }> {
  const created = await createWorkshop(host, 'Hotel guests — silent round');
  await createPersona(host, created, 'Lea');
  const step = created.steps.find((s) => s.kind === 'persona' && s.silent)!;
  await call(host, 'timerGoTo', { workshopId: created.id, stepId: step.id });
  const workshop = await call<Workshop>(host, 'timerCommand', { workshopId: created.id, command: 'start' });
  await call(host, 'presenterShow', { workshopId: workshop.id });
  const sharing = await call<SharingStatus>(host, 'sharingStart', { workshopId: workshop.id });
  return { workshop, sharing };
}

test('a silent round: phones write unseen, the laptop counts and peeks, the projector never shows them, reveal shows all, undo hides again', async ({ page, browser }) => {
  const { workshop, sharing } = await silentStep();
  await openWorkshop(page, host, workshop, 'Personas');
  const banner = page.getByRole('region', { name: 'Silent writing' });
  await expect(banner).toContainText('No new ideas yet');

  const ana = await phone(browser, sharing, 'Ana');
  const ben = await phone(browser, sharing, 'Ben');
  await expect(ana.getByRole('note')).toContainText('Only you see your cards');
  await write(ana, 'Book a room in two clicks');
  await write(ben, 'Breakfast before seven');
  await write(ana, 'Pay at the desk');

  // The laptop: counts and names, not the cards.
  await expect(banner).toContainText('3 ideas from 2 people so far');
  await expect(banner).toContainText('Written so far: Ana, Ben');
  await expect(page.getByText('Breakfast before seven')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'laptop-silent');

  // The projector: the count, large; never a hidden card, even while the laptop peeks.
  const wall = await projector(browser, 1920, 1080);
  await expect(wall.getByText('3 ideas from 2 people so far')).toBeVisible();
  await expect(wall.getByText('Ana', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Peek' }).click();
  await expect(page.getByRole('button', { name: 'Peek' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Breakfast before seven')).toBeVisible();
  await expect(page.getByText('Hidden', { exact: true }).first()).toBeVisible();
  await screenshot(page, 'laptop-peek');
  await expect(wall.getByText('3 ideas from 2 people so far')).toBeVisible();
  await expect(wall.getByText('Breakfast before seven')).toHaveCount(0);
  await expectReadableFromTheBack(wall, 'projector, silent');
  await expectAccessible(wall);
  await screenshot(wall, 'projector-1920-silent');
  const small = await projector(browser, 1024, 768);
  await expect(small.getByText('3 ideas from 2 people so far')).toBeVisible();
  await screenshot(small, 'projector-1024-silent');

  // Each phone sees its own cards only, and may edit and delete them.
  await ana.getByRole('tab', { name: 'Board' }).click();
  await expect(ana.getByText('Book a room in two clicks')).toBeVisible();
  await expect(ana.getByText('Breakfast before seven')).toHaveCount(0);
  await expectAccessible(ana);
  await screenshot(ana, 'phone-board-silent');
  await ana.getByRole('tab', { name: 'Add a card' }).click();
  await ana.getByRole('button', { name: 'Edit “Pay at the desk”' }).click();
  await ana.getByLabel('Your card’s text').fill('Pay at the front desk, not online');
  await ana.getByRole('button', { name: 'Save' }).click();
  await expect(ana.getByText('Pay at the front desk, not online')).toBeVisible();
  await ana.getByRole('button', { name: 'Delete “Book a room in two clicks”' }).click();
  await expect(ana.getByText('Book a room in two clicks')).toHaveCount(0);
  await expectAccessible(ana);
  await screenshot(ana, 'phone-own-cards-silent');
  await expect(page.getByText('Pay at the front desk, not online')).toBeVisible();
  await expect(banner).toContainText('2 ideas from 2 people so far');

  // Reveal: one undoable edit; everyone sees every card at its place.
  await page.getByRole('button', { name: 'Peek' }).click();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 ideas revealed' })).toBeVisible();
  // The step still runs in silence: what is written from now on waits for the next reveal.
  await expect(banner).toContainText('No new ideas yet');
  await expect(page.getByText('Breakfast before seven')).toBeVisible();
  await expect(page.getByText('by Ben').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'laptop-revealed');
  await expect(wall.getByText('Breakfast before seven')).toBeVisible();
  await expect(wall.getByText('by Ana')).toBeVisible();
  await expectReadableFromTheBack(wall, 'projector, revealed');
  await screenshot(wall, 'projector-1920-revealed');
  // A narrow projector pages the persona's sections: the facilitator holds it on the first page.
  await call(host, 'spotlightSet', { workshopId: workshop.id, spotlight: { stepId: workshop.currentStepId, focus: { kind: 'step' }, page: 0, instructionsCollapsed: false } });
  await expect(small.getByText('Breakfast before seven')).toBeVisible();
  await expect(small.getByText('Writing in silence')).toHaveCount(0);
  await expectReadableFromTheBack(small, 'small projector, revealed');
  await screenshot(small, 'projector-1024-revealed');
  await ana.getByRole('tab', { name: 'Board' }).click();
  await expect(ana.getByText('Breakfast before seven')).toBeVisible();
  await expect(ana.getByText('by Ben')).toBeVisible();
  await screenshot(ana, 'phone-board-revealed');

  // Undo hides them again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(banner).toContainText('2 ideas from 2 people so far');
  await expect(page.getByText('Breakfast before seven')).toHaveCount(0);
  await expect(wall.getByText('Breakfast before seven')).toHaveCount(0);
  await expect(ana.getByText('Breakfast before seven')).toHaveCount(0);
  const board = await getBoard(host, workshop);
  expect(board.personas[0]!.sections.flatMap((s) => s.cards).map((c) => [c.text, c.hidden, c.author])).toEqual([
    ['Breakfast before seven', true, 'Ben'],
    ['Pay at the front desk, not online', true, 'Ana'],
  ]);
});

test('silence starts live from the board, by keyboard: a card typed then stays off the projector until reveal, and the banner ends it', async ({ page, browser }) => {
  const created = await createWorkshop(host, 'Hotel guests — live silence');
  const persona = await createPersona(host, created, 'Lea');
  const step = created.steps.find((s) => s.kind === 'persona' && !s.silent)!;
  await call(host, 'timerGoTo', { workshopId: created.id, stepId: step.id });
  const workshop = await call<Workshop>(host, 'timerCommand', { workshopId: created.id, command: 'start' });
  await call(host, 'presenterShow', { workshopId: workshop.id });
  const needs = persona.sections.find((s) => s.title === 'Needs')!;
  await call(host, 'cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId: needs.id }, text: 'Quiet rooms' });
  // The projector pages the persona's sections on its own clock: the facilitator holds it on the first page, with Needs.
  await call(host, 'spotlightSet', { workshopId: workshop.id, spotlight: { stepId: step.id, focus: { kind: 'step' }, page: 0, instructionsCollapsed: false } });
  const silentNow = async (): Promise<boolean | undefined> => (await call<Workshop>(host, 'workshopGet', { id: workshop.id })).steps.find((s) => s.id === step.id)?.silent;

  await openWorkshop(page, host, workshop, 'Personas');
  const wall = await projector(browser, 1920, 1080);
  await expect(wall.getByText('Quiet rooms')).toBeVisible();
  const banner = page.getByRole('region', { name: 'Silent writing' });
  await expect(banner).toHaveCount(0);
  const start = page.getByRole('button', { name: 'Write in silence' });
  await expect(start).toHaveAccessibleDescription(/new cards stay hidden from the projector/);
  await expectAccessible(page);
  await screenshot(page, 'laptop-silence-offer');

  // The keyboard starts it; the button that ends it takes the focus.
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(banner).toContainText('No new ideas yet');
  await expect(page.getByRole('button', { name: 'End silence' })).toBeFocused();
  await expect(start).toHaveCount(0);
  expect(await silentNow()).toBe(true);

  const field = page.getByRole('textbox', { name: 'Add a card to Needs' });
  await field.fill('Late checkout without asking');
  await field.press('Enter');
  await expect(banner).toContainText('1 idea from 1 person so far');
  // The laptop sees its own card, marked hidden; the projector only the count.
  await expect(page.getByText('Late checkout without asking')).toBeVisible();
  await expect(page.getByText('Hidden', { exact: true })).toBeVisible();
  await expect(wall.getByText('1 idea from 1 person so far')).toBeVisible();
  await expect(wall.getByText('Late checkout without asking')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'laptop-silence-started-live');
  await screenshot(wall, 'projector-1920-silence-started-live');

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 idea revealed. Undo hides it again.' })).toBeVisible();
  await expect(wall.getByText('Late checkout without asking')).toBeVisible();
  await expect(wall.getByText('Quiet rooms')).toBeVisible();

  // Ending it from the banner gives the focus back to the button that starts it again.
  await page.getByRole('button', { name: 'End silence' }).focus();
  await page.keyboard.press('Enter');
  await expect(banner).toHaveCount(0);
  await expect(start).toBeFocused();
  expect(await silentNow()).toBe(false);

  // Undoing the reveal hides the card again: the banner waits for a reveal, and offers silence again from there.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  const waiting = page.getByRole('region', { name: 'Ideas waiting to be revealed' });
  await expect(waiting).toContainText('1 idea from 1 person so far');
  await expect(wall.getByText('Late checkout without asking')).toHaveCount(0);
  await waiting.getByRole('button', { name: 'Write in silence' }).click();
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: 'End silence' })).toBeFocused();
  expect(await silentNow()).toBe(true);
});

test('in French, the board offers to write in silence', async ({ page }) => {
  const created = await createWorkshop(host, 'Clients de l’hôtel', 'cx-discovery', 'fr');
  await createPersona(host, created, 'Léa');
  const step = created.steps.find((s) => s.kind === 'persona' && !s.silent)!;
  await call(host, 'timerGoTo', { workshopId: created.id, stepId: step.id });
  const workshop = await call<Workshop>(host, 'timerCommand', { workshopId: created.id, command: 'start' });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await openWorkshop(page, host, workshop, 'Personas');
  await expect(page.getByRole('button', { name: 'Écrire en silence' })).toHaveAccessibleDescription(/restent masquées au projecteur/);
  await screenshot(page, 'laptop-silence-offer-fr');
  await page.getByRole('button', { name: 'Écrire en silence' }).click();
  await expect(page.getByRole('region', { name: 'Écriture en silence' })).toContainText('Aucune nouvelle idée pour l’instant');
  await expect(page.getByRole('button', { name: 'Finir le silence' })).toBeFocused();
  await expectAccessible(page);
  await screenshot(page, 'laptop-silence-started-live-fr');
});

test('the agenda runs a board step in silence, and the details name authors by initials on the laptop', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Agenda switches');
  const persona = await createPersona(host, workshop, 'Lea');
  await call(host, 'cardCreate', { workshopId: workshop.id, container: { kind: 'section', sectionId: persona.sections[0]!.id }, text: 'Fast check-in', author: 'Ana Lopez' });
  await openWorkshop(page, host, workshop);
  const complete = workshop.steps.find((s) => s.kind === 'persona' && !s.silent)!;
  const toggle = page.getByRole('checkbox', { name: `In silence — ${complete.title}` });
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  expect((await call<Workshop>(host, 'workshopGet', { id: workshop.id })).steps.find((s) => s.id === complete.id)?.silent).toBe(true);
  await expectAccessible(page);
  await screenshot(page, 'laptop-agenda-silent-toggle');

  await page.getByRole('button', { name: 'Details' }).click();
  await page.getByLabel('Card authors').selectOption({ label: 'Initials' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('tab', { name: 'Personas' }).click();
  await expect(page.getByText('by AL')).toBeVisible();
});

test('in French, on a journey step: the count with French plurals, the laptop’s own card, a phone browsing stages and lanes', async ({ page, browser }) => {
  const created = await createWorkshop(host, 'Parcours — écriture en silence', 'cx-discovery', 'fr');
  const persona = await createPersona(host, created, 'Léa');
  const map = await call<{ id: string; stages: { id: string; title: string }[]; lanes: { id: string; kind: string }[] }>(host, 'journeyCreate', { workshopId: created.id, personaId: persona.id });
  const step = created.steps.find((s) => s.kind === 'journey' && s.silent)!;
  await call(host, 'timerGoTo', { workshopId: created.id, stepId: step.id });
  const workshop = await call<Workshop>(host, 'timerCommand', { workshopId: created.id, command: 'start' });
  await call(host, 'presenterShow', { workshopId: workshop.id });
  const sharing = await call<SharingStatus>(host, 'sharingStart', { workshopId: workshop.id });
  const pains = map.lanes.find((l) => l.kind === 'painPoints')!;
  await call(host, 'cardCreate', { workshopId: workshop.id, container: { kind: 'cell', mapId: map.id, stageId: map.stages[2]!.id, laneId: pains.id }, text: 'Le paiement échoue sur mobile' });

  const { context, page: lea } = await joinOnPhone(
    browser,
    { url: sharing.urls[0]!, code: sharing.joinCode!, name: 'Léa' },
    { code: 'Code d’accès', name: 'Votre prénom (facultatif)', join: 'Rejoindre' },
  );
  contexts.push(context);
  await lea.getByLabel('Phase du parcours').selectOption({ label: 'Achat' });
  await lea.getByLabel('Votre idée').fill('Trop d’étapes pour réserver');
  await lea.getByRole('button', { name: 'Ajouter la carte' }).click();
  await expect(lea.getByRole('status').filter({ hasText: 'Ajoutée dans' })).toBeVisible();

  const wall = await projector(browser, 1920, 1080);
  await expect(wall.getByText('2 idées de 2 personnes pour l’instant')).toBeVisible();
  await screenshot(wall, 'projector-1920-silent-fr');

  await openWorkshop(page, host, workshop, 'Journey map');
  // The laptop speaks the app's language (English here), the room the workshop's.
  const banner = page.getByRole('region', { name: 'Silent writing' });
  await expect(banner).toContainText('2 ideas from 2 people so far');
  // The facilitator's own card shows on the laptop (marked hidden); Léa's only when peeking.
  await expect(page.getByText('Le paiement échoue sur mobile')).toBeVisible();
  await expect(page.getByText('Trop d’étapes pour réserver')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'laptop-journey-silent');

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByText('Trop d’étapes pour réserver')).toBeVisible();
  // The projector is back on the map (paged by stages on its own clock).
  await expect(wall.getByRole('article', { name: 'Parcours — Léa' })).toBeVisible();
  await expect(wall.getByText('Écriture en silence', { exact: true })).toHaveCount(0);
  await screenshot(wall, 'projector-1920-revealed-fr');

  // The phone browses the map one stage at a time, lanes within.
  await lea.getByRole('tab', { name: 'Tableau' }).click();
  await expect(lea.getByText('1 sur 7')).toBeVisible();
  await lea.getByRole('button', { name: 'Colonne suivante' }).click();
  await lea.getByRole('button', { name: 'Colonne suivante' }).click();
  await expect(lea.getByText('3 sur 7')).toBeVisible();
  await expect(lea.getByRole('region', { name: 'Irritants' })).toContainText('Trop d’étapes pour réserver');
  await expect(lea.getByRole('region', { name: 'Irritants' })).toContainText('Le paiement échoue sur mobile');
  await expectAccessible(lea);
  await screenshot(lea, 'phone-journey-revealed-fr');
});
