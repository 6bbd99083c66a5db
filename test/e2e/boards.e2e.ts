import { expect, test, type Page } from '@playwright/test';
import type { Board } from '../../shared/domain/board';
import { addCard, call, cardsIn, cellOf, createMap, createPersona, createWorkshop, getBoard, openWorkshop, tabTo, tokenOf } from './boards-api';
import { expectAccessible, newDataDir, screenshot, startHost, type HostProcess } from './host';
import { pickUpWithKeyboard } from './keyboard-drag';

/*
 * The persona canvas and the journey map in Chromium against the real browser host: capture by
 * keyboard, drag and drop by keyboard and mouse, the emotion curve, undo/redo, text that stays
 * text, a restart, and the presenter showing each board.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

/** Fails the test if any page script opens a dialog (an injected alert). */
function forbidDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(dialog.message());
    void dialog.dismiss();
  });
  return opened;
}

test('builds a persona by keyboard only: identity, then a card in every section', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Keyboard persona', 'persona');
  await openWorkshop(page, host, workshop);
  const sections = ['Needs', 'Desires', 'Constraints', 'Goals', 'Frustrations', 'Behaviours', 'Channels'];

  // From the tab list: Right arrow to Personas, then Tab to the first action.
  await page.getByRole('tab', { name: 'Agenda' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Personas' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'No persona yet' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Add a persona' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /Persona 1/ })).toHaveAttribute('aria-selected', 'true');

  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Léa Martin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Frequent business traveller');
  await page.keyboard.press('Tab');
  await page.keyboard.type('35–45');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: /Léa Martin/ })).toBeVisible();

  for (const [index, section] of sections.entries()) {
    await tabTo(page, page.getByRole('textbox', { name: `Add a card to ${section}` }));
    await page.keyboard.type(`${section} card one`);
    await page.keyboard.press('Enter');
    // The field stays focused for the next card; Shift+Enter starts a new line.
    await page.keyboard.type(`${section} card two`);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: `Add a card to ${section}` })).toBeFocused();
    await expect(cardsIn(page, section).getByRole('listitem')).toHaveCount(2);
    await expect(cardsIn(page, section).getByText(`${section} card two\nsecond line`)).toBeVisible();
    if (index === 0) await expect(cardsIn(page, section).getByRole('listitem').first()).toContainText('Needs card one');
  }

  const board = await getBoard(host, workshop);
  const persona = board.personas[0]!;
  expect(persona.name).toBe('Léa Martin');
  expect(persona.role).toBe('Frequent business traveller');
  expect(persona.sections.map((s) => s.cards.map((c) => c.text))).toEqual(
    sections.map((s) => [`${s} card one`, `${s} card two\nsecond line`]),
  );
  await expectAccessible(page);
});

/** A persona and a journey map with content in every lane, as a workshop would leave them. */
async function seedDemo(h: HostProcess, language: 'en' | 'fr' = 'en') {
  const workshop = await createWorkshop(h, language === 'fr' ? 'Parcours hôtel' : 'Hotel guest journey', 'cx-discovery', language);
  const lea = await createPersona(h, workshop, 'Léa Martin');
  await call(h, 'personaUpdate', {
    personaId: lea.id,
    patch: {
      role: 'Frequent business traveller',
      ageRange: '35–45',
      quote: 'I just want my room ready when I land, not a queue at the desk.',
      bio: 'Consultant, travels 3 nights a week.\nBooks on her phone between meetings.\nLoyal to whoever saves her time.',
      primary: true,
    },
  });
  await createPersona(h, workshop, 'Marc Dubois');
  const texts: Record<string, string[]> = {
    Needs: ['Fast check-in, even late at night', 'Quiet room to work', 'Reliable Wi-Fi'],
    Desires: ['Recognised without repeating herself', 'A gym open early'],
    Constraints: ['Company travel policy caps the rate', 'Books at the last minute'],
    Goals: ['Arrive rested for a 9 am meeting'],
    Frustrations: ['Queues at the desk', 'Invoices sent by post'],
    Behaviours: ['Compares on her phone', 'Reads reviews from business travellers'],
    Channels: ['Mobile app', 'Email'],
  };
  const colors = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange', 'grey'];
  let board = await getBoard(h, workshop);
  for (const [index, section] of board.personas[0]!.sections.entries()) {
    for (const text of texts[section.title] ?? []) await addCard(h, workshop, { kind: 'section', sectionId: section.id }, text, colors[index]);
  }
  const map = await createMap(h, workshop, lea.id);
  const stages = [...map.stages].sort((a, b) => a.position - b.position).map((s) => s.title);
  const put = (stage: number, lane: string, text: string, color?: string) => addCard(h, workshop, cellOf(map, stages[stage]!, lane), text, color);
  await put(0, 'Customer actions', 'Gets a meeting invite in Lyon');
  await put(1, 'Customer actions', 'Compares three hotels near the office');
  await put(1, 'Touchpoints / channels', 'Booking site, reviews', 'blue');
  await put(2, 'Customer actions', 'Books on her phone');
  await put(3, 'Customer actions', 'Checks in at 23:40');
  await put(3, 'Thoughts', '“Please, no queue tonight”', 'purple');
  const pain = await put(3, 'Pain points', 'Queue at the desk, one clerk at night', 'pink');
  const moment = await put(3, 'Moments of truth', 'First minute at the desk', 'orange');
  await call(h, 'cardUpdate', { cardId: pain.id, patch: { severity: 3, momentOfTruthId: moment.id } });
  await put(4, 'Pain points', 'Invoice arrives by post, two weeks later', 'pink');
  await put(5, 'Opportunities', 'Mobile check-in and digital key', 'green');
  const measure = await put(4, 'Measures', 'Satisfaction after the stay', 'blue');
  await call(h, 'cardUpdate', { cardId: measure.id, patch: { measureType: 'perception' } });
  await put(3, 'Frontstage', 'Night clerk', 'grey');
  await put(3, 'Backstage', 'Room allocation done by day shift only', 'grey');
  const scores = [0, 1, 1, -2, -1, 1, 2];
  for (const [index, score] of scores.entries()) {
    await call(h, 'emotionSet', { mapId: map.id, stageId: map.stages.find((s) => s.title === stages[index])!.id, score, ...(index === 3 ? { note: 'Queue after a long day' } : {}) });
  }
  board = await getBoard(h, workshop);
  return { workshop, board, map: board.journeyMaps[0]!, stages };
}

test('both boards are clean for axe-core and legible: persona canvas, journey map, fit to screen', async ({ page }) => {
  const { workshop } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Personas');
  await expect(cardsIn(page, 'Needs').getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page);
  await screenshot(page, 'boards-persona-canvas');

  await page.getByRole('tab', { name: 'Journey map' }).click();
  await expect(cardsIn(page, 'Use · Pain points').getByRole('listitem')).toHaveCount(1);
  await expect(cardsIn(page, 'Use · Pain points')).toContainText('Moment of truth: First minute at the desk');
  await expectAccessible(page);
  await screenshot(page, 'boards-journey-map');

  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await expect(page.getByRole('button', { name: 'Fit to screen' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page);
  await screenshot(page, 'boards-journey-fit');
});

test('the presenter shows the persona being built, large, and the journey map at room size', async ({ context }) => {
  const { workshop, map } = await seedDemo(host);
  // A step not run in silence: there, a card added shows on the projector at once.
  const personaStep = workshop.steps.find((s) => s.kind === 'persona' && !s.silent)!;
  const journeyStep = workshop.steps.find((s) => s.kind === 'journey')!;
  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: personaStep.id });
  await call(host, 'presenterShow', { workshopId: workshop.id });

  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  await expect(presenter.getByRole('heading', { level: 1, name: personaStep.title })).toBeVisible();
  // The primary persona, with her cards, and nothing to click.
  await expect(presenter.getByRole('heading', { level: 2, name: 'Léa Martin' })).toBeVisible();
  await expect(cardsIn(presenter, 'Needs').getByRole('listitem')).toHaveCount(3);
  await expect(presenter.getByText('I just want my room ready when I land, not a queue at the desk.')).toBeVisible();
  const cardFont = await cardsIn(presenter, 'Needs').getByRole('listitem').first().evaluate((li) => parseFloat(getComputedStyle(li.querySelector('.pcard__text')!).fontSize));
  expect(cardFont).toBeGreaterThanOrEqual(24);
  await expect(presenter.locator('button, a, input, select, textarea, [tabindex]')).toHaveCount(0);
  await expectAccessible(presenter);
  await screenshot(presenter, 'boards-presenter-persona');

  // Live: a card added on the facilitator's side appears on the projector.
  await addCard(host, workshop, { kind: 'section', sectionId: (await getBoard(host, workshop)).personas[0]!.sections[0]!.id }, 'Late check-out on Fridays');
  await expect(cardsIn(presenter, 'Needs').getByText('Late check-out on Fridays')).toBeVisible();

  await call(host, 'timerGoTo', { workshopId: workshop.id, stepId: journeyStep.id });
  await expect(presenter.getByRole('heading', { level: 1, name: journeyStep.title })).toBeVisible();
  const table = presenter.getByRole('table', { name: `Journey map “${map.title}”` });
  await expect(table).toBeVisible();
  await expect(cardsIn(presenter, 'Use · Pain points')).toContainText('Queue at the desk, one clerk at night');
  // At room size, paged rather than shrunk: the map on screen is inside the window, nothing scrolls.
  const box = await table.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1920);
  expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
  await expect(presenter.locator('button, a, input, select, textarea, [tabindex]')).toHaveCount(0);
  await expectAccessible(presenter);
  await screenshot(presenter, 'boards-presenter-journey');
});

test('moves a journey card between cells by keyboard, then by mouse, with announcements', async ({ page }) => {
  const { workshop, map, stages } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Journey map');
  const research = cardsIn(page, `${stages[1]} · Customer actions`);
  const purchase = cardsIn(page, `${stages[2]} · Customer actions`);
  const purchaseTouchpoints = cardsIn(page, `${stages[2]} · Touchpoints / channels`);
  await expect(research.getByRole('listitem')).toHaveCount(1);

  // Keyboard: Space on the handle, Right to the next stage, Down to the lane below, Space.
  await pickUpWithKeyboard(page.getByRole('button', { name: 'Move card “Compares three hotels near the office”' }));
  await expect(page.getByRole('status').filter({ hasText: 'Picked up card “Compares three hotels near the office” in Research · Customer actions, position 1 of 1.' })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'is over Purchase · Customer actions, position 1 of 2.' })).toBeAttached();
  // Down stops onto the card there first (to group them), then after it.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'is on card “Books on her phone” in Purchase · Customer actions. Drop it to make a group of the two.' })).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'is over Purchase · Customer actions, position 2 of 2.' })).toBeAttached();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: 'is over Purchase · Touchpoints / channels, position 1 of 1.' })).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'dropped in Purchase · Touchpoints / channels, position 1 of 1.' })).toBeAttached();
  await expect(purchaseTouchpoints.getByRole('listitem')).toHaveText(['Compares three hotels near the office']);
  await expect(research.getByRole('listitem')).toHaveCount(0);

  // Escape cancels: nothing moves.
  await pickUpWithKeyboard(page.getByRole('button', { name: 'Move card “Books on her phone”' }));
  await expect(page.getByRole('status').filter({ hasText: 'Picked up card “Books on her phone”' })).toBeAttached();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('status').filter({ hasText: 'is over Research · Customer actions' })).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'Move cancelled.' })).toBeAttached();
  await expect(purchase.getByRole('listitem')).toHaveText(['Books on her phone']);

  // Mouse: press on the handle, move in steps onto the cell two stages left, release.
  const from = await page.getByRole('button', { name: 'Move card “Books on her phone”' }).boundingBox();
  const to = await cardsIn(page, `${stages[0]} · Customer actions`).getByRole('listitem').first().boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + 20, from!.y + 10, { steps: 4 });
  // Below the centre of the card already there: lands after it.
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height - 4, { steps: 12 });
  await expect(page.locator('.card-overlay')).toContainText('Books on her phone');
  await page.mouse.up();
  await expect(cardsIn(page, `${stages[0]} · Customer actions`).getByRole('listitem')).toHaveText(['Gets a meeting invite in Lyon', 'Books on her phone']);
  await expect(purchase.getByRole('listitem')).toHaveCount(0);

  // Main has it: same order after a reload.
  await page.reload();
  await page.getByRole('tab', { name: 'Journey map' }).click();
  await expect(cardsIn(page, `${stages[0]} · Customer actions`).getByRole('listitem')).toHaveText(['Gets a meeting invite in Lyon', 'Books on her phone']);
  const stored = (await getBoard(host, workshop)).journeyMaps[0]!;
  const moved = stored.cards.find((c) => c.text === 'Books on her phone')!;
  expect(moved.container).toEqual(cellOf(map, stages[0]!, 'Customer actions'));
  expect(moved.position).toBe(1);
});

test('moves a journey card by touch: a finger on the handle carries it to another cell', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const { workshop, stages } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Journey map');
  const awareness = cardsIn(page, `${stages[0]} · Customer actions`);
  const from = (await page.getByRole('button', { name: 'Move card “Books on her phone”' }).boundingBox())!;
  const to = (await awareness.getByRole('listitem').first().boundingBox())!;
  // Real touch events from the browser's input pipeline, as a finger would send them.
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height - 4 };
  await touch('touchStart', start.x, start.y);
  // A finger's touch also sends pointer events: the pointer sensor lifts the card once it has moved a few pixels.
  for (let step = 1; step <= 12; step += 1) {
    await touch('touchMove', start.x + ((end.x - start.x) * step) / 12, start.y + ((end.y - start.y) * step) / 12);
  }
  await expect(page.locator('.card-overlay')).toContainText('Books on her phone');
  await touch('touchEnd');
  await expect(awareness.getByRole('listitem')).toHaveText(['Gets a meeting invite in Lyon', 'Books on her phone']);
  await expect(cardsIn(page, `${stages[2]} · Customer actions`).getByRole('listitem')).toHaveCount(0);
  await context.close();
});

test('moves a persona card to another section by keyboard and reorders within it by mouse', async ({ page }) => {
  const { workshop } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Personas');
  const said = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeAttached();
  await pickUpWithKeyboard(page.getByRole('button', { name: 'Move card “Reliable Wi-Fi”' }));
  await said('Picked up card “Reliable Wi-Fi” in Needs, position 3 of 3.');
  await page.keyboard.press('ArrowRight');
  await said('Card “Reliable Wi-Fi” is over Desires, position 3 of 3.');
  await page.keyboard.press('ArrowUp');
  await said('Card “Reliable Wi-Fi” is on card “A gym open early” in Desires. Drop it to make a group of the two.');
  await page.keyboard.press('ArrowUp');
  await said('Card “Reliable Wi-Fi” is over Desires, position 2 of 3.');
  await page.keyboard.press('Space');
  await said('Card “Reliable Wi-Fi” dropped in Desires, position 2 of 3.');
  await expect(cardsIn(page, 'Desires').getByRole('listitem')).toHaveText(['Recognised without repeating herself', 'Reliable Wi-Fi', 'A gym open early']);

  const first = cardsIn(page, 'Needs').getByRole('listitem').first();
  const from = await page.getByRole('button', { name: 'Move card “Quiet room to work”' }).boundingBox();
  const to = await first.boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + 30, to!.y + 4, { steps: 10 });
  // Near the board's edge the drag may scroll it: aim again at the top edge of the card where it is now.
  const now = await first.boundingBox();
  await page.mouse.move(now!.x + 30, now!.y + 4, { steps: 2 });
  await page.mouse.up();
  await expect(cardsIn(page, 'Needs').getByRole('listitem')).toHaveText(['Quiet room to work', 'Fast check-in, even late at night']);

  // Dropped on another persona's tab: the card goes to that persona's section of the same name.
  const tab = await page.getByRole('tab', { name: /Marc Dubois/ }).boundingBox();
  const handle = await page.getByRole('button', { name: 'Move card “Quiet room to work”' }).boundingBox();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
  await page.mouse.down();
  await page.mouse.move(tab!.x + tab!.width / 2, tab!.y + tab!.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(cardsIn(page, 'Needs').getByRole('listitem')).toHaveText(['Fast check-in, even late at night']);
  // dnd-kit swallows clicks for 50 ms (a timer, later on a busy machine) after a drag ends, so a
  // click that soon may do nothing: click again until the tab is chosen.
  const marc = page.getByRole('tab', { name: /Marc Dubois/ });
  await expect(async () => {
    await marc.click();
    await expect(marc).toHaveAttribute('aria-selected', 'true', { timeout: 500 });
  }).toPass();
  await expect(cardsIn(page, 'Needs').getByRole('listitem')).toHaveText(['Quiet room to work']);
});

test('sets emotion scores by click and keyboard and draws the curve through them', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Emotions');
  const map = await createMap(host, workshop, null);
  const stages = [...map.stages].sort((a, b) => a.position - b.position).map((s) => s.title);
  await openWorkshop(page, host, workshop, 'Journey map');
  const curve = page.locator('path.emotion__line');
  await expect(page.getByRole('img', { name: 'Emotion curve: no score yet' })).toBeVisible();

  await page.getByRole('radiogroup', { name: `Emotion at ${stages[0]}` }).getByText('+1').click();
  await page.getByRole('radiogroup', { name: `Emotion at ${stages[1]}` }).getByText('−2').click();
  await expect(curve).toHaveAttribute('d', /^M\S+ \S+ C/);
  const before = await curve.getAttribute('d');
  await expect(page.getByRole('img', { name: `Emotion curve: ${stages[0]} +1, ${stages[1]} −2` })).toBeVisible();

  // Keyboard: arrows move within the radio group and set the score.
  const third = page.getByRole('radiogroup', { name: `Emotion at ${stages[2]}` });
  await third.getByRole('radio', { name: 'Neutral' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(third.getByRole('radio', { name: 'Positive', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(third.getByRole('radio', { name: 'Very positive' })).toBeChecked();
  await expect.poll(() => curve.getAttribute('d')).not.toBe(before);
  const note = page.getByRole('textbox', { name: `Why, at ${stages[2]}?` });
  await note.fill('Delivered a day early');
  await note.press('Enter');

  const stored = (await getBoard(host, workshop)).journeyMaps[0]!;
  const scoreAt = (title: string) => stored.emotions.find((e) => e.stageId === map.stages.find((s) => s.title === title)!.id);
  expect(scoreAt(stages[0]!)?.score).toBe(1);
  expect(scoreAt(stages[1]!)?.score).toBe(-2);
  await expect.poll(async () => (await getBoard(host, workshop)).journeyMaps[0]!.emotions.find((e) => e.note)?.note).toBe('Delivered a day early');
  expect(scoreAt(stages[2]!)?.score).toBe(2);

  await page.getByRole('button', { name: `Clear the emotion at ${stages[1]}` }).click();
  await expect(page.getByRole('img', { name: `Emotion curve: ${stages[0]} +1, ${stages[2]} +2` })).toBeVisible();
  await expectAccessible(page);
});

test('cards stay text: script and onerror strings are shown literally and never run', async ({ page }) => {
  const opened = forbidDialogs(page);
  const workshop = await createWorkshop(host, 'Hostile text');
  await createPersona(host, workshop, '<img src=x onerror=alert("name")>');
  await createMap(host, workshop, null);
  await openWorkshop(page, host, workshop, 'Personas');
  const hostile = ['<script>alert("card")</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(2)>'];
  const field = page.getByRole('textbox', { name: 'Add a card to Needs' });
  for (const text of hostile) {
    await field.fill(text);
    await field.press('Enter');
  }
  for (const text of hostile) await expect(cardsIn(page, 'Needs').getByText(text, { exact: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: /<img src=x onerror=alert\("name"\)>/ })).toBeVisible();

  // Edit in place keeps it literal too.
  await page.getByRole('button', { name: `Card “${hostile[0]}” — press Enter to edit` }).dblclick();
  await page.getByRole('textbox', { name: /^Card text/ }).fill('<b>bold?</b> <iframe src="javascript:alert(3)">');
  await page.keyboard.press('Enter');
  await expect(cardsIn(page, 'Needs').getByText('<b>bold?</b> <iframe src="javascript:alert(3)">', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Journey map' }).click();
  const cell = page.getByRole('textbox', { name: 'Add a card to Research · Pain points' });
  await cell.fill('<img src=x onerror=alert(4)>');
  await cell.press('Enter');
  await expect(cardsIn(page, 'Research · Pain points').getByText('<img src=x onerror=alert(4)>', { exact: true })).toBeVisible();
  await expect(page.locator('main img[src="x"], main script, main iframe, main b')).toHaveCount(0);
  expect(opened).toEqual([]);
});

test('edits a card in place, recolours it, deletes it, and undo/redo bring every change back and forth', async ({ page }) => {
  const { workshop } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Personas');
  const needs = cardsIn(page, 'Needs');

  // Enter on a focused card edits it; Escape cancels, Enter saves.
  await page.getByRole('button', { name: 'Card “Reliable Wi-Fi” — press Enter to edit' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' and a desk');
  await page.keyboard.press('Escape');
  await expect(needs.getByRole('listitem').nth(2)).toHaveText('Reliable Wi-Fi');
  await page.getByRole('button', { name: 'Card “Reliable Wi-Fi” — press Enter to edit' }).press('Enter');
  await page.keyboard.type(' and a desk');
  await page.keyboard.press('Enter');
  await expect(needs.getByRole('listitem').nth(2)).toHaveText('Reliable Wi-Fi and a desk');
  await expect(page.getByRole('button', { name: 'Card “Reliable Wi-Fi and a desk” — press Enter to edit' })).toBeFocused();

  // Colour, from the card's options, named in words.
  await page.getByRole('button', { name: 'Options for card “Reliable Wi-Fi and a desk”' }).click();
  const options = page.getByRole('dialog', { name: 'Card “Reliable Wi-Fi and a desk”' });
  await options.getByRole('radio', { name: 'Green' }).check();
  await expect(needs.getByRole('listitem').nth(2)).toHaveClass(/card--green/);
  await page.keyboard.press('Escape');
  await expect(options).toBeHidden();

  // Ctrl+Z inside a text field is the field's own undo, not the board's.
  const field = page.getByRole('textbox', { name: 'Add a card to Needs' });
  await field.fill('draft');
  await field.press('ControlOrMeta+Z');
  await expect(needs.getByRole('listitem').nth(2)).toHaveClass(/card--green/);
  await field.fill('');

  // Delete, then Undo from the message.
  await page.getByRole('button', { name: 'Options for card “Quiet room to work”' }).click();
  await page.getByRole('button', { name: 'Delete card' }).click();
  await expect(needs.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('status').filter({ hasText: 'Card “Quiet room to work” deleted.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(needs.getByRole('listitem')).toHaveText(['Fast check-in, even late at night', 'Quiet room to work', 'Reliable Wi-Fi and a desk']);

  // From the keyboard: Ctrl+Z steps back through the earlier edits; Ctrl+Shift+Z and Ctrl+Y redo.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ControlOrMeta+Z'); // the colour
  await expect(needs.getByRole('listitem').nth(2)).toHaveClass(/card--yellow/);
  await page.keyboard.press('ControlOrMeta+Z'); // the text
  await expect(needs.getByRole('listitem').nth(2)).toHaveText('Reliable Wi-Fi');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(needs.getByRole('listitem').nth(2)).toHaveText('Reliable Wi-Fi and a desk');
  await page.keyboard.press('Control+Y');
  await expect(needs.getByRole('listitem').nth(2)).toHaveClass(/card--green/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(needs.getByRole('listitem').nth(2)).toHaveClass(/card--yellow/);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(needs.getByRole('listitem').nth(2)).toHaveClass(/card--green/);
});

test('a section’s colour is the board’s: its new cards take it, and Ctrl+Z gives the template’s back', async ({ page }) => {
  const { workshop } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Personas');
  const needs = cardsIn(page, 'Needs');
  const picker = page.getByRole('combobox', { name: 'Colour of new cards in Needs' });
  const add = page.getByRole('textbox', { name: 'Add a card to Needs' });
  const chosen = async () => (await getBoard(host, workshop)).personas[0]!.sections.find((s) => s.title === 'Needs')!.color;
  await expect(picker).toHaveValue('blue');

  await picker.selectOption({ label: 'Green' });
  await expect(picker).toHaveValue('green');
  await expect.poll(chosen).toBe('green');
  await add.fill('Late checkout');
  await add.press('Enter');
  await expect(needs.getByRole('listitem')).toHaveCount(4);
  await expect(needs.getByRole('listitem').last()).toHaveClass(/card--green/);

  // Outside a field, Ctrl+Z takes back the card, then the colour.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(needs.getByRole('listitem')).toHaveCount(3);
  await expect(picker).toHaveValue('green');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(picker).toHaveValue('blue');
  await expect.poll(chosen).toBeNull();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(picker).toHaveValue('green');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(picker).toHaveValue('blue');

  await add.fill('Early breakfast');
  await add.press('Enter');
  await expect(needs.getByRole('listitem').last()).toHaveClass(/card--blue/);
});

test('everything is still there after the host restarts', async ({ page }) => {
  const dataDir = newDataDir();
  await host.stop();
  host = await startHost(dataDir);
  const { workshop, stages } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Personas');
  await page.getByRole('textbox', { name: 'Add a card to Goals' }).fill('Sleep before midnight');
  await page.getByRole('textbox', { name: 'Add a card to Goals' }).press('Enter');
  await expect(cardsIn(page, 'Goals').getByRole('listitem')).toHaveCount(2);
  const before: Board = await getBoard(host, workshop);

  await host.stop();
  host = await startHost(dataDir);
  await openWorkshop(page, host, workshop, 'Personas');
  await expect(page.getByRole('tab', { name: /Léa Martin/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Quote')).toHaveValue('I just want my room ready when I land, not a queue at the desk.');
  await expect(cardsIn(page, 'Goals').getByRole('listitem')).toHaveText(['Arrive rested for a 9 am meeting', 'Sleep before midnight']);
  await page.getByRole('tab', { name: 'Journey map' }).click();
  await expect(cardsIn(page, `${stages[3]} · Pain points`)).toContainText('Queue at the desk, one clerk at night');
  await expect(page.getByRole('radiogroup', { name: `Emotion at ${stages[3]}` }).getByRole('radio', { name: 'Very negative' })).toBeChecked();
  const after = await getBoard(host, workshop);
  // The revision counts pushes of this run of the app; everything else is as it was.
  expect({ ...after, canUndo: true, canRedo: false, revision: 0 }).toEqual({ ...before, canUndo: true, canRedo: false, revision: 0 });
});

test('persona structure: sections renamed, reordered, hidden and added; primary star; avatars; delete with confirm', async ({ page }) => {
  const { workshop } = await seedDemo(host);
  await openWorkshop(page, host, workshop, 'Personas');
  const order = async () => (await getBoard(host, workshop)).personas[0]!.sections.sort((a, b) => a.position - b.position).map((s) => s.title);

  const goals = page.getByRole('textbox', { name: 'Section title: Goals' });
  await goals.fill('Objectives');
  await goals.press('Enter');
  await expect(cardsIn(page, 'Objectives').getByRole('listitem')).toHaveText(['Arrive rested for a 9 am meeting']);

  await page.getByRole('button', { name: 'Move section Desires left' }).click();
  await expect.poll(order).toEqual(['Desires', 'Needs', 'Constraints', 'Objectives', 'Frustrations', 'Behaviours', 'Channels']);

  await page.getByRole('button', { name: 'More actions for section Channels' }).click();
  await page.getByRole('button', { name: 'Hide section' }).click();
  await expect(cardsIn(page, 'Channels')).toHaveCount(0);
  await page.getByRole('group', { name: 'Hidden sections' }).getByRole('button', { name: 'Show Channels (2)' }).click();
  await expect(cardsIn(page, 'Channels').getByRole('listitem')).toHaveCount(2);

  await page.getByRole('button', { name: 'Add a section' }).click();
  await page.getByRole('textbox', { name: 'New section' }).fill('Budget');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Add a card to Budget' })).toBeVisible();

  // One primary persona at a time, starred in its tab.
  await page.getByRole('tab', { name: /Marc Dubois/ }).click();
  await page.getByRole('button', { name: 'Primary persona' }).click();
  await expect(page.getByRole('button', { name: 'Primary persona' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: 'Marc Dubois (primary)' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Léa Martin', exact: true })).toBeVisible();

  // Avatars: a built-in one, then an imported picture, resized to 256 px; other files refused.
  await page.getByRole('button', { name: 'Change the avatar of Marc Dubois' }).click();
  let dialog = page.getByRole('dialog', { name: 'Avatar of Marc Dubois' });
  await expectAccessible(page);
  await screenshot(page, 'boards-avatar-picker');
  await dialog.getByRole('button', { name: 'Compass' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await getBoard(host, workshop)).personas[1]!.avatar).toEqual({ kind: 'builtin', key: 'compass' });

  await page.getByRole('button', { name: 'Change the avatar of Marc Dubois' }).click();
  dialog = page.getByRole('dialog', { name: 'Avatar of Marc Dubois' });
  const upload = dialog.getByLabel('Import an image…');
  await upload.setInputFiles({ name: 'anim.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(dialog.getByRole('alert')).toHaveText('Only PNG and JPEG images can be used.');
  await upload.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(dialog.getByRole('alert')).toHaveText('This image is larger than 5 MB. Choose a smaller one.');
  const png = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 600;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#3f9c8f';
    context.fillRect(0, 0, 900, 600);
    context.fillStyle = '#f2b94b';
    context.fillRect(300, 150, 300, 300);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await upload.setInputFiles({ name: 'marc.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await expect(dialog).toBeHidden();
  const avatar = page.getByRole('button', { name: 'Change the avatar of Marc Dubois' }).locator('img');
  await expect(avatar).toBeVisible();
  expect(await avatar.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([256, 171]);

  // Deleting asks first; Undo brings the persona back.
  await page.getByRole('button', { name: 'Delete persona' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the persona “Marc Dubois”?' });
  await confirm.getByRole('button', { name: 'Delete persona' }).click();
  await expect(page.getByRole('tab', { name: /Marc Dubois/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('tab', { name: /Marc Dubois/ })).toBeVisible();
});

test('journey structure: stages renamed, reordered by keyboard, added and deleted; lanes moved, hidden, added; pain points tied', async ({ page }) => {
  const workshop = await createWorkshop(host, 'Journey structure');
  const persona = await createPersona(host, workshop, 'Léa Martin');
  await createMap(host, workshop, null);
  await openWorkshop(page, host, workshop, 'Journey map');
  const stageTitles = async () => (await getBoard(host, workshop)).journeyMaps[0]!.stages.sort((a, b) => a.position - b.position).map((s) => s.title);
  const laneTitles = async () =>
    (await getBoard(host, workshop)).journeyMaps[0]!.lanes
      .sort((a, b) => a.position - b.position)
      .filter((l) => !l.hidden)
      .map((l) => l.title);

  const research = page.getByRole('textbox', { name: 'Stage title: Research' });
  await research.fill('Comparison');
  await research.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Comparison' })).toBeVisible();
  // Stored, and the board it pushes back drawn, before the next gesture starts.
  await expect.poll(stageTitles).toEqual(['Need awareness', 'Comparison', 'Purchase', 'Use', 'Evaluation', 'Loyalty', 'Recommendation']);
  await expect(page.getByRole('textbox', { name: 'Stage title: Comparison' })).toHaveValue('Comparison');

  await pickUpWithKeyboard(page.getByRole('button', { name: 'Move stage Purchase' }));
  await expect(page.getByRole('button', { name: 'Move stage Purchase' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('status').filter({ hasText: 'Stage “Purchase” is now at position 2 of 7.' })).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(stageTitles).toEqual(['Need awareness', 'Purchase', 'Comparison', 'Use', 'Evaluation', 'Loyalty', 'Recommendation']);

  await page.getByRole('button', { name: 'Add a stage' }).click();
  await expect(page.getByRole('columnheader', { name: 'New stage' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete stage New stage' }).click();
  await expect(page.getByRole('columnheader', { name: 'New stage' })).toHaveCount(0);

  const thoughts = page.getByRole('textbox', { name: 'Add a card to Use · Thoughts' });
  await thoughts.fill('Is breakfast included?');
  await thoughts.press('Enter');
  await expect(cardsIn(page, 'Use · Thoughts').getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete stage Use' }).click();
  await page.getByRole('dialog', { name: 'Delete the stage “Use”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('columnheader', { name: 'Use' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Move lane Thoughts up' }).click();
  await expect.poll(async () => (await laneTitles()).slice(0, 3)).toEqual(['Customer actions', 'Thoughts', 'Touchpoints / channels']);
  await page.getByRole('button', { name: 'Hide lane Backstage' }).click();
  await expect(page.getByRole('rowheader', { name: 'Backstage' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Hidden lanes' }).getByRole('button', { name: 'Show Backstage' }).click();
  await expect(page.getByRole('rowheader', { name: 'Backstage' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a lane' }).click();
  const newLane = page.getByRole('textbox', { name: 'Lane title: New lane' });
  await newLane.fill('Competitors');
  await newLane.press('Enter');
  await expect(page.getByRole('rowheader', { name: 'Competitors' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete lane Competitors' }).click();
  await expect(page.getByRole('rowheader', { name: 'Competitors' })).toHaveCount(0);

  // A pain point rated and tied to a moment of truth; a measure typed.
  for (const [cell, text] of [
    ['Purchase · Moments of truth', 'Card declined at checkout'],
    ['Purchase · Pain points', 'Payment page times out'],
    ['Purchase · Measures', 'Checkout completion rate'],
  ] as const) {
    await page.getByRole('textbox', { name: `Add a card to ${cell}` }).fill(text);
    await page.getByRole('textbox', { name: `Add a card to ${cell}` }).press('Enter');
    await expect(cardsIn(page, cell).getByRole('listitem')).toHaveCount(1);
  }
  await page.getByRole('button', { name: 'Options for card “Payment page times out”' }).click();
  let options = page.getByRole('dialog', { name: 'Card “Payment page times out”' });
  await options.getByText('2 · serious').click();
  await options.getByLabel('Moment of truth').selectOption({ label: 'Card declined at checkout' });
  await page.keyboard.press('Escape');
  const pain = cardsIn(page, 'Purchase · Pain points').getByRole('listitem');
  await expect(pain.getByRole('img', { name: 'Severity 2 of 3' })).toBeVisible();
  await expect(pain).toContainText('Moment of truth: Card declined at checkout');
  await page.getByRole('button', { name: 'Options for card “Checkout completion rate”' }).click();
  options = page.getByRole('dialog', { name: 'Card “Checkout completion rate”' });
  await options.getByLabel('Measure type').selectOption('descriptive');
  await page.keyboard.press('Escape');
  await expect(cardsIn(page, 'Purchase · Measures')).toContainText('Descriptive');
  await expectAccessible(page);

  // A second map, for the persona, chosen from the selector.
  await page.getByRole('button', { name: 'New journey map' }).click();
  const create = page.getByRole('dialog', { name: 'New journey map' });
  await create.getByLabel('For persona').selectOption({ label: persona.name });
  await create.getByRole('button', { name: 'Create map' }).click();
  // The click only sends the call: the map's id can be read once it is stored.
  await expect.poll(async () => (await getBoard(host, workshop)).journeyMaps.length).toBe(2);
  await expect(page.getByRole('combobox', { name: 'Journey map' })).toHaveValue((await getBoard(host, workshop)).journeyMaps[1]!.id);
  await expect(page.getByRole('table', { name: 'Journey map “Léa Martin — journey”' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Journey map' }).selectOption({ label: 'Customer journey' });
  await expect(cardsIn(page, 'Purchase · Pain points')).toContainText('Payment page times out');
});
