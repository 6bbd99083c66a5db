import { expect, test, type Browser, type Page } from '@playwright/test';
import type { WorkshopMatrices } from '../../shared/domain/matrix';
import type { SharingStatus, VotingCandidate, VotingSessionView } from '../../shared/domain/voting';
import type { Workshop } from '../../shared/domain/workshop';
import { addCard, call, cellOf, createMap, createPersona, createWorkshop, getBoard } from './boards-api';
import { mkdirSync } from 'node:fs';
import { en, fr } from '../../shared/i18n/catalog';
import path from 'node:path';
import { expectAccessible, startHost, type HostProcess } from './host';
import { linkSwitch } from './link-switch';

/*
 * A whole workshop walked on a phone, in each language: joining before the start, a silent
 * persona step, a journey step, the read-only board, a break, the vote, the matrix, a lost link,
 * sharing stopped, the end, and the host starting again. Every screen is checked at 390×844 (and
 * at 360×740 and in landscape): fields of 16 px or more (no zoom on focus in iOS Safari), targets
 * of 44 px or more, nothing wider than the screen, nothing cut, axe-core clean.
 * ATELIER_SHOTS=/tmp/phone-shots keeps a screenshot of each screen.
 */
process.env.ATELIER_SHARING_BIND = '127.0.0.1';

const PHONE = { width: 390, height: 844 };
const SIZES = [
  { width: 360, height: 740, name: '360' },
  { width: 844, height: 390, name: 'landscape' },
];

const WORDS = {
  en: {
    code: 'Join code',
    name: 'Your name (optional)',
    join: 'Join',
    signedIn: 'Signed in as Ana',
    anonymous: 'Joined without a name',
    notStarted: 'The workshop has not started yet.',
    addTab: 'Add a card',
    boardTab: 'Board',
    voteTab: 'Vote',
    voteOpenTab: 'Vote — open',
    section: 'Section',
    needs: 'Needs',
    stage: 'Stage',
    lane: 'Lane',
    idea: 'Your idea',
    submit: 'Add the card',
    added: 'Added to',
    silent: 'Silent writing',
    onlyYou: 'only you see it for now',
    edit: 'Edit “',
    delete: 'Delete “',
    editField: 'Your card’s text',
    save: 'Save',
    by: 'by Ben',
    yours: 'Yours',
    next: 'Next column',
    previous: 'Previous column',
    position: (i: number, n: number) => `${i} of ${n}`,
    noBoard: 'No board to add to during this step. Follow the shared screen.',
    voteWaiting: 'The vote opens in a moment. Keep this page open',
    rules: '5 dots to place, at most 3 on one item.',
    left1: '1 dot left',
    sendVote: 'Send my vote',
    counted: 'Vote counted',
    addDot: (item: string) => `Add a dot to “${item}”`,
    results: 'Results',
    voters: '1 person voted',
    matrix: 'Prioritisation',
    matrixFigure: 'Impact × Effort matrix',
    quickWins: 'Quick wins',
    reconnecting: 'Connection lost — reconnecting…',
    stopped: 'The facilitator has stopped sharing.',
    finished: 'The workshop is over',
    signedOut: 'Atelier no longer recognises this phone',
    keepOpen: 'Keep this page open: it follows the shared screen as soon as the workshop starts.',
    longLoss: 'If this lasts, check that you are on the room’s Wi-Fi.',
    stoppedLong: 'If the shared screen shows a QR code again and this page does not come back, scan it.',
    joinTitle: 'Join the workshop',
    timeLeft: 'Time left',
    paused: 'Paused',
    stepOf: /^Step \d+ of \d+$/,
  },
  fr: {
    code: 'Code d’accès',
    name: 'Votre prénom (facultatif)',
    join: 'Rejoindre',
    signedIn: 'Connecté en tant que Ana',
    anonymous: 'Connecté sans nom',
    notStarted: 'L’atelier n’a pas encore commencé.',
    addTab: 'Ajouter une carte',
    boardTab: 'Tableau',
    voteTab: 'Voter',
    voteOpenTab: 'Voter — ouvert',
    section: 'Rubrique',
    needs: 'Besoins',
    stage: 'Phase du parcours',
    lane: 'Couloir',
    idea: 'Votre idée',
    submit: 'Ajouter la carte',
    added: 'Ajoutée dans',
    silent: 'Écriture en silence',
    onlyYou: 'vous seul la voyez pour l’instant',
    edit: 'Modifier « ',
    delete: 'Supprimer « ',
    editField: 'Texte de votre carte',
    save: 'Enregistrer',
    by: 'par Ben',
    yours: 'La vôtre',
    next: 'Colonne suivante',
    previous: 'Colonne précédente',
    position: (i: number, n: number) => `${i} sur ${n}`,
    noBoard: 'Pas de tableau à compléter pendant cette étape. Suivez l’écran partagé.',
    voteWaiting: 'Le vote va bientôt ouvrir. Gardez cette page ouverte',
    rules: '5 gommettes à placer, au plus 3 sur un même point.',
    left1: 'Il reste 1 gommette',
    sendVote: 'Envoyer mon vote',
    counted: 'Vote compté',
    addDot: (item: string) => `Ajouter une gommette à « ${item} »`,
    results: 'Résultats',
    voters: '1 personne a voté',
    matrix: 'Priorisation',
    matrixFigure: 'Matrice Impact × Effort',
    quickWins: 'Gains rapides',
    reconnecting: 'Connexion perdue — reconnexion…',
    stopped: 'L’animateur a arrêté le partage.',
    finished: 'L’atelier est terminé',
    signedOut: 'Atelier ne reconnaît plus ce téléphone',
    keepOpen: 'Gardez cette page ouverte : elle suivra l’écran partagé dès le début de l’atelier.',
    longLoss: 'Si cela dure, vérifiez que vous êtes sur le Wi-Fi de la salle.',
    stoppedLong: 'Si l’écran partagé affiche de nouveau un QR code et que cette page ne revient pas, scannez-le.',
    joinTitle: 'Rejoindre l’atelier',
    timeLeft: 'Temps restant',
    paused: 'En pause',
    stepOf: /^Étape \d+ sur \d+$/,
  },
} as const;

type Lang = keyof typeof WORDS;

/** What a phone screen must hold to at every size: readable fields, tappable targets, nothing off-screen or cut. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('.visually-hidden');
    };
    const name = (el: Element): string => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll('input, textarea, select')) {
      if (visible(el) && parseFloat(getComputedStyle(el).fontSize) < 16) problems.push(`field under 16 px: ${name(el)}`);
    }
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="tab"]')) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.height < 44 - 0.5 || box.width < 44 - 0.5) problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${name(el)}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll('body *')) {
      if (!visible(el) || el.closest('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 0.5 || box.left < -0.5) problems.push(`off-screen: ${name(el)}`);
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && !['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1) problems.push(`cut: ${name(el)}`);
    }
    return problems;
  });
}

/**
 * Pieces of the other language's messages (10 characters or more, between placeholders) that
 * the screen shows, in its text or its labels: none should be left.
 */
const otherPieces = (lang: Lang): string[] => {
  const [mine, other] = lang === 'en' ? [en, fr] : [fr, en];
  const pieces = new Set<string>();
  for (const key of Object.keys(other) as (keyof typeof other)[]) {
    if (other[key] === mine[key]) continue;
    for (const piece of other[key].split(/\{[^}]*\}/)) {
      const trimmed = piece.trim();
      if (trimmed.length >= 10 && !mine[key].includes(trimmed)) pieces.add(trimmed);
    }
  }
  return [...pieces];
};

async function otherLanguageLeft(page: Page, lang: Lang): Promise<string[]> {
  const shown = await page.evaluate(() =>
    [document.body.innerText, ...[...document.querySelectorAll('[aria-label], [placeholder], [title]')].flatMap((el) => ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''))].join('\n'),
  );
  return otherPieces(lang).filter((piece) => shown.includes(piece));
}

/** The whole page, scrolled part included, into ATELIER_SHOTS when it is set. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.ATELIER_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  // Portrait: the whole page from its top (a sticky bar would be drawn mid-page otherwise); else what the screen shows.
  const whole = !/-(360|landscape)$/.test(name);
  if (whole) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: whole });
}

/** Checks the screen at 390×844 (axe-core too), 360×740 and landscape, with a screenshot of each. */
async function checkScreen(page: Page, lang: Lang, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  expect.soft(await layoutProblems(page), `${name} at 390×844`).toEqual([]);
  expect.soft(await otherLanguageLeft(page, lang), `${name}: words of the other language`).toEqual([]);
  await expectAccessible(page);
  await screenshot(page, `${lang}-${name}`);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect.soft(await layoutProblems(page), `${name} at ${size.width}×${size.height}`).toEqual([]);
    if (size.name === 'landscape') {
      // Sideways, what to do next (the tabs) is on the first screen (below the matrix, on its step), and the top bar does not follow the scroll.
      await page.evaluate(() => window.scrollTo(0, 0));
      const matrix = (await page.locator('.p-matrix').count()) > 0;
      const tabs = !matrix && (await page.getByRole('tablist').count()) > 0 ? await page.getByRole('tablist').boundingBox() : null;
      if (tabs) expect.soft(tabs.y + tabs.height, `${name}: tabs on the first screen`).toBeLessThanOrEqual(size.height);
      await page.evaluate(() => window.scrollTo(0, 300));
      const bar = (await page.getByRole('banner').count()) > 0 ? await page.getByRole('banner').boundingBox() : null;
      if (bar && (await page.evaluate(() => window.scrollY)) > 0) expect.soft(bar.y + bar.height, `${name}: top bar scrolled away`).toBeLessThanOrEqual(0);
    }
    await screenshot(page, `${lang}-${name}-${size.name}`);
  }
  await page.setViewportSize(PHONE);
}

async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  return context.newPage();
}

const stepOf = (workshop: Workshop, pick: (s: Workshop['steps'][number]) => boolean) => workshop.steps.find(pick)!;

async function goTo(host: HostProcess, workshop: Workshop, stepId: string): Promise<void> {
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId });
  await call(host, 'timerCommand', { workshopId: workshop.id, command: 'start' });
}

for (const lang of ['en', 'fr'] as const) {
  const w = WORDS[lang];

  test(`a whole workshop on a phone, in ${lang === 'en' ? 'English' : 'French'}`, async ({ browser }) => {
    // About 45 s on an idle machine; generous for a shared one.
    test.setTimeout(240_000);
    let host = await startHost();
    try {
      const workshop = await createWorkshop(host, lang === 'en' ? 'Hotel guests' : 'Clients de l’hôtel', 'cx-discovery', lang);
      const persona = await createPersona(host, workshop, 'Léa');
      const map = await createMap(host, workshop, persona.id);
      const sharing = await call<SharingStatus>(host, 'sharingStart', { workshopId: workshop.id });

      // Joining by the QR code's link, before the workshop starts: the code is filled in.
      const ana = await newPhone(browser);
      const link = await linkSwitch(ana, /\/ws$/);
      await ana.goto(sharing.joinUrl!);
      await expect(ana.locator('html')).toHaveAttribute('lang', lang);
      await expect(ana.getByLabel(w.code)).toHaveValue(sharing.joinCode!);
      await ana.getByLabel(w.name).fill('Ana');
      await checkScreen(ana, lang, '01-join');
      await ana.getByRole('button', { name: w.join }).click();
      await expect(ana.getByText(w.signedIn)).toBeVisible();
      await expect(ana.getByRole('heading', { level: 2, name: w.notStarted })).toBeVisible();
      await expect(ana.getByText(w.keepOpen)).toBeVisible();
      await expect(ana.getByRole('tab')).toHaveCount(0);
      await checkScreen(ana, lang, '02-waiting');

      // A second phone joins by the address and the code typed by hand, without a name.
      const ben = await newPhone(browser);
      await ben.goto(sharing.urls[0]!);
      await ben.getByLabel(w.code).fill(sharing.joinCode!.toLowerCase());
      await ben.getByRole('button', { name: w.join }).click();
      await expect(ben.getByText(w.anonymous)).toBeVisible();
      // Ben's cards are signed with a name given on the laptop's side: he writes as "Ben".
      await ben.context().close();
      const benNamed = await newPhone(browser);
      await benNamed.goto(sharing.urls[0]!);
      await benNamed.getByLabel(w.code).fill(sharing.joinCode!);
      await benNamed.getByLabel(w.name).fill('Ben');
      await benNamed.getByRole('button', { name: w.join }).click();

      // A silent persona step: each phone sees only its own cards until the reveal.
      const silentStep = stepOf(workshop, (s) => s.kind === 'persona' && s.silent);
      await goTo(host, workshop, silentStep.id);
      await expect(ana.getByRole('heading', { level: 2, name: silentStep.title })).toBeVisible();
      await expect(ana.getByText(w.stepOf)).toBeVisible();
      await expect(ana.getByText(w.timeLeft, { exact: true })).toBeVisible();
      await expect(ana.getByRole('note').getByText(w.silent)).toBeVisible();
      await ana.getByLabel(w.section).selectOption({ label: w.needs });
      await ana.getByLabel(w.idea).fill(lang === 'en' ? 'Breakfast before seven' : 'Petit-déjeuner avant sept heures');
      await ana.getByRole('button', { name: w.submit }).click();
      await expect(ana.getByRole('status').filter({ hasText: w.added })).toBeVisible();
      const benText = lang === 'en' ? 'A quiet room away from the lift' : 'Une chambre calme loin de l’ascenseur';
      await benNamed.getByLabel(w.idea).fill(benText);
      await benNamed.getByRole('button', { name: w.submit }).click();
      await expect(benNamed.getByRole('status').filter({ hasText: w.added })).toBeVisible();
      await expect(ana.getByText(w.onlyYou).first()).toBeVisible();
      await checkScreen(ana, lang, '03-silent-add');
      await ana.getByRole('tab', { name: w.boardTab }).click();
      await expect(ana.getByText(lang === 'en' ? 'Breakfast before seven' : 'Petit-déjeuner avant sept heures')).toBeVisible();
      await expect(ana.getByText(benText)).toHaveCount(0);
      // A card is as tall as its text, however short the column.
      const card = ana.locator('.p-browse__card').first();
      const [text, meta] = [await card.locator('.p-browse__text').boundingBox(), await card.locator('.p-browse__meta').boundingBox()];
      expect(meta!.y - (text!.y + text!.height)).toBeLessThan(12);
      await checkScreen(ana, lang, '04-silent-board');
      await call(host, 'boardReveal', { workshopId: workshop.id });
      await expect(ana.getByText(benText)).toBeVisible();
      await expect(ana.getByText(w.by)).toBeVisible();
      await expect(ana.getByText(w.onlyYou)).toHaveCount(0);
      await checkScreen(ana, lang, '05-revealed-board');
      await benNamed.context().close();

      // A journey step: the stage and the lane, with the laptop's own words for the lanes.
      const journeyStep = stepOf(workshop, (s) => s.kind === 'journey' && !s.silent);
      const painLane = map.lanes.find((l) => l.kind === 'painPoints')!;
      await addCard(host, workshop, cellOf(map, map.stages[0]!.title, painLane.title), lang === 'en' ? 'Prices hard to compare' : 'Prix difficiles à comparer');
      await goTo(host, workshop, journeyStep.id);
      await expect(ana.getByRole('heading', { level: 2, name: journeyStep.title })).toBeVisible();
      await ana.getByRole('tab', { name: w.addTab }).click();
      await expect(ana.getByRole('note')).toHaveCount(0);
      const laneOptions = await ana.getByLabel(w.lane, { exact: true }).locator('option').allTextContents();
      // The laptop's lanes, by their titles, but the emotion curve, which holds no cards.
      expect(laneOptions).toEqual(map.lanes.filter((l) => l.kind !== 'emotion').map((l) => l.title));
      await expect(ana.getByLabel(w.lane, { exact: true }).locator('option:checked')).toHaveText(painLane.title);
      await ana.getByLabel(w.stage, { exact: true }).selectOption({ label: map.stages[1]!.title });
      // 500 characters at most, counted next to the field.
      await ana.getByLabel(w.idea).fill('x'.repeat(520));
      await expect(ana.getByLabel(w.idea)).toHaveValue('x'.repeat(500));
      const counter = ana.getByText('500 / 500');
      await expect(counter).toBeVisible();
      const [field, count] = [await ana.getByLabel(w.idea).boundingBox(), await counter.boundingBox()];
      expect(count!.y - (field!.y + field!.height)).toBeLessThan(24);
      expect(count!.y).toBeGreaterThanOrEqual(field!.y + field!.height - 1);
      await checkScreen(ana, lang, '06-journey-limit');
      const mine = lang === 'en' ? 'Payment fails on mobile' : 'Le paiement échoue sur mobile';
      await ana.getByLabel(w.idea).fill(mine);
      await ana.getByRole('button', { name: w.submit }).click();
      await expect(ana.getByRole('status').filter({ hasText: `${w.added}` })).toContainText(`${map.stages[1]!.title} — ${painLane.title}`);
      await ana.getByLabel(w.idea).fill(lang === 'en' ? 'A card to delete' : 'Une carte à supprimer');
      await ana.getByRole('button', { name: w.submit }).click();
      await expect(ana.getByRole('button', { name: new RegExp(`^${w.delete}`) })).toHaveCount(2);
      // Edit one, delete the other.
      await ana.getByRole('button', { name: `${w.edit}${mine}${lang === 'en' ? '”' : ' »'}` }).click();
      await ana.getByLabel(w.editField).fill(`${mine}!`);
      await expect(ana.getByText(`${mine.length + 1} / 500`)).toBeVisible();
      await checkScreen(ana, lang, '07-edit');
      await ana.getByRole('button', { name: w.save }).click();
      await expect(ana.getByText(`${mine}!`)).toBeVisible();
      await ana.getByRole('button', { name: new RegExp(`^${w.delete}${lang === 'en' ? 'A card' : 'Une carte'}`) }).click();
      await expect(ana.getByRole('button', { name: new RegExp(`^${w.delete}`) })).toHaveCount(1);
      let board = await getBoard(host, workshop);
      expect(board.journeyMaps[0]!.cards.filter((c) => c.author === 'Ana').map((c) => c.text)).toEqual([`${mine}!`]);

      // The board, read-only, one stage at a time: arrows, a swipe, the group titles.
      const seeded = board.journeyMaps[0]!.cards.find((c) => c.container.kind === 'cell' && c.container.stageId === map.stages[0]!.id)!;
      const other = await addCard(host, workshop, cellOf(map, map.stages[0]!.title, painLane.title), lang === 'en' ? 'No price shown before the end' : 'Prix affiché trop tard');
      await call(host, 'groupCreate', { workshopId: workshop.id, cardId: other.id, targetCardId: seeded.id, title: lang === 'en' ? 'Prices' : 'Les prix' });
      await ana.getByRole('tab', { name: w.boardTab }).click();
      const stages = map.stages.length;
      await expect(ana.getByText(w.position(1, stages), { exact: true })).toBeVisible();
      await expect(ana.getByText(lang === 'en' ? 'Prices' : 'Les prix', { exact: true }).first()).toBeVisible();
      await checkScreen(ana, lang, '08-board-stage');
      await ana.getByRole('button', { name: w.next }).click();
      await expect(ana.getByText(w.position(2, stages), { exact: true })).toBeVisible();
      await expect(ana.getByText(`${mine}!`)).toBeVisible();
      await expect(ana.getByText(w.yours).first()).toBeVisible();
      const column = (await ana.locator('.p-browse__column').boundingBox())!;
      const y = column.y + 40;
      await ana.mouse.move(column.x + column.width - 20, y);
      await ana.mouse.down();
      await ana.mouse.move(column.x + 40, y + 5, { steps: 5 });
      await ana.mouse.up();
      await expect(ana.getByText(w.position(3, stages), { exact: true })).toBeVisible();
      await ana.getByRole('button', { name: w.previous }).click();
      await expect(ana.getByText(w.position(2, stages), { exact: true })).toBeVisible();

      // A break: nothing to add; the cards of the ended step can no longer be changed.
      const breakStep = stepOf(workshop, (s) => s.kind === 'break' && workshop.steps.indexOf(s) > workshop.steps.indexOf(journeyStep));
      await goTo(host, workshop, breakStep.id);
      await expect(ana.getByRole('heading', { level: 2, name: breakStep.title })).toBeVisible();
      await ana.getByRole('tab', { name: w.addTab }).click();
      await expect(ana.getByText(w.noBoard)).toBeVisible();
      await expect(ana.getByRole('button', { name: new RegExp(`^${w.edit}`) })).toHaveCount(0);
      await call(host, 'timerCommand', { workshopId: workshop.id, command: 'pause' });
      await expect(ana.getByText(w.paused, { exact: true })).toBeVisible();
      await checkScreen(ana, lang, '09-break');

      // The voting step: the phone waits on the vote, then votes, then reads the results.
      const voteStep = stepOf(workshop, (s) => s.kind === 'voting');
      await goTo(host, workshop, voteStep.id);
      await expect(ana.getByRole('tab', { name: w.voteTab, exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(ana.getByText(w.voteWaiting)).toBeVisible();
      await checkScreen(ana, lang, '10-vote-waiting');
      const candidates = await call<VotingCandidate[]>(host, 'votingCandidates', { workshopId: workshop.id });
      const session = await call<VotingSessionView>(host, 'votingSessionCreate', {
        workshopId: workshop.id,
        cardIds: candidates.flatMap((c) => (c.kind === 'card' ? [c.cardId] : [])),
        typedItems: [lang === 'en' ? 'Nobody answers the phone after 6 pm' : 'Personne ne répond au téléphone après 18 h'],
      });
      await call(host, 'votingPhaseSet', { sessionId: session.id, action: 'open' });
      await expect(ana.getByRole('tab', { name: w.voteOpenTab })).toHaveAttribute('aria-selected', 'true');
      await expect(ana.getByText(w.rules)).toBeVisible();
      const first = session.items[0]!.text;
      for (let i = 0; i < 3; i++) await ana.getByRole('button', { name: w.addDot(first) }).click();
      await expect(ana.getByRole('button', { name: w.addDot(first) })).toBeDisabled();
      await ana.getByRole('button', { name: w.addDot(session.items[1]!.text) }).click();
      await expect(ana.getByText(w.left1)).toBeVisible();
      await checkScreen(ana, lang, '11-vote');
      // On a 360 px phone the five dots keep one row.
      await ana.setViewportSize({ width: 360, height: 740 });
      expect(new Set(await ana.locator('.p-vote__left .p-dot').evaluateAll((dots) => dots.map((d) => Math.round(d.getBoundingClientRect().top)))).size).toBe(1);
      await ana.setViewportSize(PHONE);
      await ana.getByRole('button', { name: w.sendVote }).click();
      await expect(ana.getByRole('status').filter({ hasText: w.counted })).toBeVisible();
      await checkScreen(ana, lang, '12-vote-counted');
      await call(host, 'votingPhaseSet', { sessionId: session.id, action: 'reveal' });
      await expect(ana.getByRole('heading', { name: w.results })).toBeVisible();
      await expect(ana.getByText(w.voters)).toBeVisible();
      await checkScreen(ana, lang, '13-results');

      // The prioritisation step: the room's matrix, read-only.
      const matrixStep = stepOf(workshop, (s) => s.kind === 'prioritisation');
      const { matrices } = await call<WorkshopMatrices>(host, 'matrixCreate', { workshopId: workshop.id, stepId: matrixStep.id, sessionId: session.id });
      const item = matrices[0]!.items[0]!;
      await call(host, 'matrixItemPlace', { workshopId: workshop.id, matrixId: matrices[0]!.id, itemId: item.id, placement: { impact: 5, effort: 1 } });
      await goTo(host, workshop, matrixStep.id);
      const matrixCard = ana.getByRole('region', { name: w.matrix });
      await expect(matrixCard.getByRole('figure', { name: w.matrixFigure })).toBeVisible();
      await expect(matrixCard.getByText(w.quickWins, { exact: true }).first()).toBeVisible();
      await checkScreen(ana, lang, '14-matrix');

      // The link lost, then back.
      await link.cut();
      await expect(ana.getByRole('status').filter({ hasText: w.reconnecting })).toBeVisible();
      // Lost for a while: the banner says what to check.
      await expect(ana.getByRole('status').filter({ hasText: w.longLoss })).toBeVisible({ timeout: 15_000 });
      await checkScreen(ana, lang, '15-reconnecting');
      link.restore();
      await expect(ana.getByRole('status').filter({ hasText: w.reconnecting })).toHaveCount(0, { timeout: 10_000 });

      // Sharing stopped, then started again: the phone comes back by itself.
      const retry = ana.waitForEvent('websocket');
      await call(host, 'sharingStop', {});
      await expect(ana.getByRole('status').filter({ hasText: w.stopped })).toBeVisible();
      // Its tries fail while sharing is off: it still says sharing stopped, not that the link is lost.
      const tried = await retry;
      await new Promise((done) => {
        tried.on('close', done);
        tried.on('socketerror', done);
      });
      await expect(ana.getByRole('status').filter({ hasText: w.stopped })).toBeVisible();
      await expect(ana.getByRole('status').filter({ hasText: w.reconnecting })).toHaveCount(0);
      await checkScreen(ana, lang, '16-stopped');
      await call(host, 'sharingStart', { workshopId: workshop.id, port: sharing.port });
      await expect(ana.getByRole('status').filter({ hasText: w.stopped })).toHaveCount(0, { timeout: 10_000 });

      // The end: the workshop says it is over, never that it has not started.
      await call(host, 'workshopUpdate', { id: workshop.id, patch: { state: 'finished' } });
      await expect(ana.getByRole('heading', { level: 2, name: w.finished })).toBeVisible();
      await expect(ana.getByText(w.notStarted)).toHaveCount(0);
      // Nothing left to add or browse: no tabs, only the vote's results.
      await expect(ana.getByRole('tab')).toHaveCount(0);
      await expect(ana.getByRole('heading', { name: w.results })).toBeVisible();
      await checkScreen(ana, lang, '17-finished');

      // The host starts again (a new access token for the laptop's pages): the phone, on the
      // same address, comes back as the same participant by itself.
      await call(host, 'workshopUpdate', { id: workshop.id, patch: { state: 'active' } });
      await host.stop();
      await expect(ana.getByRole('status').filter({ hasText: w.stopped })).toBeVisible();
      // Away for a while: the banner says what to do if the laptop comes back elsewhere.
      await expect(ana.getByRole('status').filter({ hasText: w.stoppedLong })).toBeVisible({ timeout: 15_000 });
      await checkScreen(ana, lang, '18-host-away');
      host = await startHost(host.dataDir);
      await call(host, 'sharingStart', { workshopId: workshop.id, port: sharing.port });
      await expect(ana.getByRole('status').filter({ hasText: w.stopped })).toHaveCount(0, { timeout: 10_000 });
      await expect(ana.getByText(w.signedIn)).toBeVisible();
      await expect(ana.getByRole('heading', { level: 2, name: matrixStep.title })).toBeVisible();
      board = await getBoard(host, workshop);
      expect(board.journeyMaps[0]!.cards.some((c) => c.text === `${mine}!`)).toBe(true);

      // A phone whose sign-in Atelier no longer knows is told why, and what to do.
      await ana.evaluate(() => localStorage.setItem('atelier.participant', JSON.stringify({ token: 'unknown-token-unknown-token-0000', participantId: 'x', name: 'Ana' })));
      await ana.reload();
      await expect(ana.getByRole('heading', { level: 1, name: w.joinTitle })).toBeVisible();
      await expect(ana.getByRole('alert')).toContainText(w.signedOut);
      await checkScreen(ana, lang, '19-signed-out');
      await ana.context().close();
    } finally {
      await host.stop();
    }
  });
}
