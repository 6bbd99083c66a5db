import { expect, test, type Page } from '@playwright/test';
import type { SharingStatus, VotingCandidate, VotingSessionView, WorkshopVoting } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { call, createMap, createPersona, createWorkshop, getBoard } from './boards-api';
import { expectAccessible, PHONE, screenshot, startHost, type HostProcess } from './host';
import { linkSwitch } from './link-switch';

/*
 * The participant page on a phone-sized screen, against the real browser host. The facilitator's
 * side is driven through the host's HTTP API; the phone only through its page. Sharing binds to
 * 127.0.0.1 here (never the LAN) through ATELIER_SHARING_BIND, which the spawned host inherits.
 */
process.env.ATELIER_SHARING_BIND = '127.0.0.1';

test.use(PHONE);

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

/** A French workshop on its journey step, with a persona, a map and one pain point already there. */
async function sharedWorkshop(h: HostProcess): Promise<{ workshop: Workshop; sharing: SharingStatus }> {
  const created = await createWorkshop(h, 'Parcours client — Hôtel Lumière', 'cx-discovery', 'fr');
  const persona = await createPersona(h, created, 'Léa');
  const map = await createMap(h, created, persona.id);
  const lane = map.lanes.find((l) => l.kind === 'painPoints')!;
  await call(h, 'cardCreate', {
    workshopId: created.id,
    container: { kind: 'cell', mapId: map.id, stageId: map.stages[1]!.id, laneId: lane.id },
    text: 'Comparer les offres prend des heures',
  });
  const journey = created.steps.find((s) => s.kind === 'journey')!;
  await call(h, 'timerGoTo', { workshopId: created.id, stepId: journey.id });
  const workshop = await call<Workshop>(h, 'timerCommand', { workshopId: created.id, command: 'start' });
  const sharing = await call<SharingStatus>(h, 'sharingStart', { workshopId: workshop.id });
  return { workshop, sharing };
}

async function joinAs(page: Page, sharing: SharingStatus, name: string): Promise<void> {
  await page.goto(sharing.urls[0]!);
  await page.getByLabel('Code d’accès').fill(sharing.joinCode!.toLowerCase());
  await page.getByLabel('Votre prénom (facultatif)').fill(name);
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(page.getByText(`Connecté en tant que ${name}`)).toBeVisible();
}

test('a phone joins with the code, adds a card that lands on the facilitator’s board, then votes', async ({ page }) => {
  const { workshop, sharing } = await sharedWorkshop(host);

  await page.goto(sharing.urls[0]!);
  await expect(page.getByRole('heading', { level: 1, name: 'Rejoindre l’atelier' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByLabel('Code d’accès').fill(sharing.joinCode!.toLowerCase());
  await page.getByLabel('Votre prénom (facultatif)').fill('Ana');
  await expect(page.getByLabel('Code d’accès')).toHaveValue(sharing.joinCode!);
  await expectAccessible(page);
  await screenshot(page, 'participant-join');

  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(page.getByText('Connecté en tant que Ana')).toBeVisible();
  const step = workshop.steps.find((s) => s.id === workshop.currentStepId)!;
  await expect(page.getByRole('heading', { level: 2, name: step.title })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Ajouter une carte' })).toHaveAttribute('aria-selected', 'true');

  await page.getByLabel('Phase du parcours').selectOption({ label: 'Achat' });
  await expect(page.getByLabel('Couloir')).toHaveValue(/.+/);
  await expect(page.getByLabel('Couloir').locator('option:checked')).toHaveText('Irritants');
  await page.getByLabel('Votre idée').fill('Le paiement en ligne échoue sur mobile');
  await page.getByRole('button', { name: 'Ajouter la carte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ajoutée dans « Achat — Irritants »' })).toBeVisible();
  await expect(page.getByLabel('Votre idée')).toHaveValue('');
  await expectAccessible(page);
  await screenshot(page, 'participant-add-card');

  const board = await getBoard(host, workshop);
  const added = board.journeyMaps[0]!.cards.find((c) => c.text === 'Le paiement en ligne échoue sur mobile');
  expect(added).toMatchObject({ author: 'Ana' });
  const purchase = board.journeyMaps[0]!.stages.find((s) => s.title === 'Achat')!;
  expect(added?.container).toMatchObject({ kind: 'cell', stageId: purchase.id });

  // The step runs in silence (the template's journey step does): the card waits for the reveal,
  // and only then can it be voted on. The facilitator reveals, then opens a vote on the pain
  // points, the new card included.
  expect(added).toMatchObject({ hidden: true });
  expect((await call<VotingCandidate[]>(host, 'votingCandidates', { workshopId: workshop.id })).map((c) => c.text)).not.toContain(
    'Le paiement en ligne échoue sur mobile',
  );
  await call(host, 'boardReveal', { workshopId: workshop.id });
  const candidates = await call<VotingCandidate[]>(host, 'votingCandidates', { workshopId: workshop.id });
  expect(candidates.map((c) => c.text)).toContain('Le paiement en ligne échoue sur mobile');
  const session = await call<VotingSessionView>(host, 'votingSessionCreate', {
    workshopId: workshop.id,
    cardIds: candidates.flatMap((c) => (c.kind === 'card' ? [c.cardId] : [])),
    typedItems: ['Personne ne répond au téléphone après 18 h'],
  });
  await call(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' });

  await expect(page.getByRole('tab', { name: 'Voter — ouvert' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('5 gommettes à placer, au plus 3 sur un même point.')).toBeVisible();
  const addDot = (item: string) => page.getByRole('button', { name: `Ajouter une gommette à « ${item} »` });
  for (let i = 0; i < 3; i++) await addDot('Le paiement en ligne échoue sur mobile').click();
  await expect(addDot('Le paiement en ligne échoue sur mobile')).toBeDisabled();
  await addDot('Comparer les offres prend des heures').click();
  await expect(page.getByText('Il reste 1 gommette')).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer mon vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vote compté' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Envoyer mon vote' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'participant-vote');

  const voting = await call<WorkshopVoting>(host, 'votingSessionsList', { workshopId: workshop.id });
  expect(voting.sessions[0]).toMatchObject({ votedCount: 1, results: null });

  const revealed = await call<VotingSessionView>(host, 'votingPhaseSet', { sessionId: session.id, action: 'reveal' });
  expect(revealed.results?.items.slice(0, 2).map((r) => [r.text, r.votes, r.rank])).toEqual([
    ['Le paiement en ligne échoue sur mobile', 3, 1],
    ['Comparer les offres prend des heures', 1, 2],
  ]);
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  await expect(page.getByText('1 personne a voté')).toBeVisible();
  await screenshot(page, 'participant-results');
});

test('the QR code’s link fills the code, and a reloaded phone comes back as the same participant', async ({ page }) => {
  const { workshop, sharing } = await sharedWorkshop(host);

  await page.goto(sharing.joinUrl!);
  await expect(page.getByLabel('Code d’accès')).toHaveValue(sharing.joinCode!);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await page.getByLabel('Votre prénom (facultatif)').fill('Bruno');
  await page.getByRole('button', { name: 'Rejoindre' }).click();
  await expect(page.getByText('Connecté en tant que Bruno')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Connecté en tant que Bruno')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rejoindre l’atelier' })).toHaveCount(0);
  const participants = await call<{ name: string; connected: boolean }[]>(host, 'participantsList', { workshopId: workshop.id });
  expect(participants).toEqual([expect.objectContaining({ name: 'Bruno', connected: true })]);
});

test('a removed phone is sent back to the join screen with an explanation', async ({ page }) => {
  const { workshop, sharing } = await sharedWorkshop(host);
  await joinAs(page, sharing, 'Chloé');
  const [chloe] = await call<{ id: string }[]>(host, 'participantsList', { workshopId: workshop.id });

  await call(host, 'participantRemove', { participantId: chloe!.id });

  await expect(page.getByRole('alert')).toHaveText(/Vous avez été retiré de cet atelier/);
  await expect(page.getByRole('heading', { name: 'Rejoindre l’atelier' })).toBeVisible();
});

test('a phone whose link was lost reads everything again once it is back, within 3 s, without a reload', async ({ page }) => {
  const { workshop, sharing } = await sharedWorkshop(host);
  const link = await linkSwitch(page, /\/ws$/);
  await joinAs(page, sharing, 'Ana');
  const current = workshop.steps.find((s) => s.id === workshop.currentStepId)!;
  await expect(page.getByRole('heading', { level: 2, name: current.title })).toBeVisible();
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  await link.cut();
  await expect(page.getByRole('status').filter({ hasText: 'Connexion perdue — reconnexion…' })).toBeVisible();
  // Meanwhile the facilitator moves the room to the vote and renames the workshop.
  const votingStep = workshop.steps.find((s) => s.kind === 'voting')!;
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: votingStep.id });
  await call(host, 'workshopUpdate', { id: workshop.id, patch: { title: 'Parcours client — Hôtel Soleil' } });
  // The phone keeps trying, as a phone out of the room's Wi-Fi for a while: its next try is
  // never far off, however many have failed.
  await expect.poll(() => link.refused(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  link.restore();
  const back = Date.now();

  await expect(page.getByRole('heading', { level: 2, name: votingStep.title })).toBeVisible({ timeout: 3_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Parcours client — Hôtel Soleil' })).toBeVisible({ timeout: Math.max(1, 3_000 - (Date.now() - back)) });
  await expect(page.getByRole('status').filter({ hasText: 'Connexion perdue' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

/** The smallest font size of the page's text fields: under 16 px, iOS Safari zooms in on focus. */
const smallestFieldFont = (page: Page) =>
  page.evaluate(() => Math.min(...[...document.querySelectorAll('input, select, textarea')].map((el) => parseFloat(getComputedStyle(el).fontSize))));

test('on a 390 px phone every field is 16 px or more; a voting step waits for the vote; a finished workshop says so', async ({ page }) => {
  const { workshop, sharing } = await sharedWorkshop(host);
  await page.goto(sharing.urls[0]!);
  await expect(page.getByLabel('Code d’accès')).toBeVisible();
  expect(await smallestFieldFont(page)).toBeGreaterThanOrEqual(16);

  await joinAs(page, sharing, 'Ana');
  await expect(page.getByLabel('Votre idée')).toBeVisible();
  expect(await smallestFieldFont(page)).toBeGreaterThanOrEqual(16);

  // The room moves to the voting step before the vote is opened: the phone waits on the vote.
  const votingStep = workshop.steps.find((s) => s.kind === 'voting')!;
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: votingStep.id });
  await expect(page.getByRole('tab', { name: 'Voter' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Le vote va bientôt ouvrir. Gardez cette page ouverte')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'participant-vote-waiting');

  await call(host, 'workshopUpdate', { id: workshop.id, patch: { state: 'finished' } });
  await expect(page.getByRole('heading', { level: 2, name: 'L’atelier est terminé' })).toBeVisible();
  await expect(page.getByText('L’atelier n’a pas encore commencé.')).toHaveCount(0);
  await expect(page.getByText('Le vote va bientôt ouvrir')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'participant-finished');
});
