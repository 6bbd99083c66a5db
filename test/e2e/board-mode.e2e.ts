import { expect, test, type Locator, type Page } from '@playwright/test';
import { cardsIn, getBoard, openWorkshop } from './boards-api';
import { seedFilledWorkshop, shot } from './board-seed';
import { expectAccessible, startHost, type HostProcess } from './host';

/*
 * Board mode in Chromium against the real browser host: the board takes the screen, its frame
 * zooms and scrolls with its headers in view, and nothing sticky covers anything else.
 */

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const frameOf = (page: Page, name: string): Locator => page.getByRole('region', { name: `Board: ${name}` });
const zoomLevel = (page: Page): Locator => page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: /^Zoom \d+ %/ });

/** Whether the element's centre is drawn by the element itself (nothing sticky lies over it). */
const uncovered = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (element === top || element.contains(top));
  });

async function box(locator: Locator): Promise<{ top: number; bottom: number; left: number; right: number }> {
  const b = (await locator.boundingBox())!;
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the journey grid takes three quarters of the window; its stage headers and lane titles stay in view; no sticky bar covers another', async ({ page }) => {
      const workshop = await seedFilledWorkshop(host, 'en');
      await openWorkshop(page, host, workshop, 'Journey map');
      const map = (await getBoard(host, workshop)).journeyMaps[0]!;
      const frame = frameOf(page, map.title);

      const framed = await box(frame);
      expect((framed.bottom - framed.top) / size.height).toBeGreaterThanOrEqual(0.75);
      // The page itself does not scroll: the frame does.
      expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight)).toBe(true);

      // The bars above the board, top to bottom, each below the one before.
      const bars = [await box(page.getByRole('banner')), await box(page.getByRole('tablist', { name: 'Workshop views' })), await box(page.getByRole('group', { name: 'Zoom' })), framed];
      for (let i = 1; i < bars.length; i += 1) expect(bars[i]!.top).toBeGreaterThanOrEqual(bars[i - 1]!.bottom - 1);

      // Scrolled to the last lane and the last stage: the headers are still there, uncovered.
      await frame.evaluate((element) => {
        element.scrollTop = element.scrollHeight;
        element.scrollLeft = element.scrollWidth;
      });
      const measures = page.getByRole('rowheader', { name: 'Measures' });
      const lastStage = page.getByRole('columnheader', { name: 'Recommendation' });
      await expect(measures).toBeInViewport();
      await expect(lastStage).toBeInViewport();
      expect((await box(lastStage)).top).toBeLessThanOrEqual(framed.top + 2);
      expect((await box(measures)).left).toBeLessThanOrEqual(framed.left + 2);
      expect(await uncovered(lastStage)).toBe(true);
      expect(await uncovered(measures)).toBe(true);
      expect(await uncovered(page.getByRole('button', { name: 'Zoom to lane Measures' }))).toBe(true);
      await shot(page, `board-journey-bottom-${size.width}-en`);

      // A dialog opened from the board's header lies over every bar, its title uncovered.
      await page.getByRole('button', { name: 'Action plan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Action plan' });
      expect(await uncovered(dialog.getByRole('heading', { name: 'Action plan' }))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await frame.evaluate((element) => {
        element.scrollTop = 0;
        element.scrollLeft = 0;
      });
      await expectAccessible(page);
      await shot(page, `board-journey-${size.width}-en`);
    });
  });
}

test('zoom by keyboard and with Ctrl + wheel, fit to a legible width, each board remembering its own', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop, 'Journey map');
  const map = (await getBoard(host, workshop)).journeyMaps[0]!;
  const frame = frameOf(page, map.title);
  await expect(zoomLevel(page)).toHaveText('100 %');

  await page.keyboard.press('+');
  await expect(zoomLevel(page)).toHaveText('110 %');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(zoomLevel(page)).toHaveText('90 %');
  await page.keyboard.press('0');
  await expect(zoomLevel(page)).toHaveText('100 %');
  // In a text field the keys are text.
  const field = page.getByRole('textbox', { name: 'Add a card to Research · Thoughts' });
  await field.focus();
  await page.keyboard.type('+-0');
  await expect(field).toHaveValue('+-0');
  await expect(zoomLevel(page)).toHaveText('100 %');
  await field.fill('');

  // Ctrl + wheel zooms under the pointer: the card there stays there.
  const card = cardsIn(page, 'Purchase · Touchpoints / channels').getByRole('listitem').first();
  const before = await box(card);
  await page.mouse.move(before.left + 10, before.top + 10);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(async () => parseInt((await zoomLevel(page).textContent()) ?? '0', 10)).toBeGreaterThan(100);
  const after = await box(card);
  expect(Math.abs(after.left - before.left)).toBeLessThan(12);
  expect(Math.abs(after.top - before.top)).toBeLessThan(12);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect.poll(async () => parseInt((await zoomLevel(page).textContent()) ?? '0', 10)).toBeLessThan(100);

  // Fit: the width, but never below 75 % — this map is wider, so it scrolls.
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await expect(page.getByRole('button', { name: 'Fit to screen' })).toHaveAttribute('aria-pressed', 'true');
  await expect(zoomLevel(page)).toHaveText('75 %');
  expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const text = await cardsIn(page, 'Research · Customer actions').locator('.card__text').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize) * (Number(getComputedStyle(element.closest('.board-viewport__content')!).zoom) || 1));
  expect(text).toBeGreaterThanOrEqual(11);
  await shot(page, 'board-journey-fit-en');

  // Zoom to a stage: its column and the lane titles fill the width.
  await page.getByRole('button', { name: 'Zoom to stage Research' }).click();
  await expect(page.getByRole('button', { name: 'Fit to screen' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => parseInt((await zoomLevel(page).textContent()) ?? '0', 10)).toBeGreaterThan(200 - 1);
  await expect(page.getByRole('columnheader', { name: 'Research' })).toBeInViewport();
  await shot(page, 'board-journey-stage-en');

  // Remembered per board: the map keeps its zoom after a reload; the personas have their own.
  await page.keyboard.press('0');
  await page.keyboard.press('-');
  await expect(zoomLevel(page)).toHaveText('90 %');
  await page.reload();
  await expect(zoomLevel(page)).toHaveText('90 %');
  await page.getByRole('tab', { name: 'Personas' }).click();
  await expect(zoomLevel(page)).toHaveText('100 %');
});

test('on a touchscreen, two fingers pinch the zoom of the board around their midpoint', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop, 'Journey map');
  await expect(zoomLevel(page)).toHaveText('100 %');
  const card = cardsIn(page, 'Purchase · Touchpoints / channels').getByRole('listitem').first();
  const before = await box(card);
  const middle = { x: before.left + 10, y: before.top + 10 };

  // Chromium's own touch input, as a touchscreen sends it: two fingers land, spread, lift.
  const touch = await page.context().newCDPSession(page);
  const fingers = (spread: number) => [
    { x: middle.x - spread, y: middle.y, id: 1 },
    { x: middle.x + spread, y: middle.y, id: 2 },
  ];
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
  for (const spread of [50, 60, 70, 80]) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

  // Fingers twice as far apart: twice the zoom, and the card between them stays there.
  await expect(zoomLevel(page)).toHaveText('200 %');
  const after = await box(card);
  expect(Math.abs(after.left - middle.x)).toBeLessThan(24);
  expect(Math.abs(after.top - middle.y)).toBeLessThan(24);

  // Closing them zooms back out.
  await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(80) });
  for (const spread of [70, 60, 50, 40]) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(zoomLevel(page)).toHaveText('100 %');
});

test('F fills the window with the board, Escape brings the header back; drag on an empty spot moves the board', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop, 'Journey map');
  const map = (await getBoard(host, workshop)).journeyMaps[0]!;
  const frame = frameOf(page, map.title);

  await page.keyboard.press('f');
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('tablist', { name: 'Workshop views' })).toBeHidden();
  const framed = await box(frame);
  expect((framed.bottom - framed.top) / 900).toBeGreaterThanOrEqual(0.85);
  await expectAccessible(page);
  await shot(page, 'board-journey-full-en');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner')).toBeVisible();
  const full = page.getByRole('button', { name: 'Full window' });
  await full.click();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(full).toHaveAttribute('aria-pressed', 'true');
  await full.click();
  await expect(page.getByRole('banner')).toBeVisible();

  // An empty cell is an empty spot: dragging it scrolls the frame both ways.
  const empty = page.locator('.journey__cell').filter({ hasNot: page.locator('[data-card-id]') }).nth(3);
  const start = await box(empty);
  await page.mouse.move(start.left + 20, start.bottom - 10);
  await page.mouse.down();
  await page.mouse.move(start.left - 180, start.bottom - 90, { steps: 6 });
  await page.mouse.up();
  const scrolled = await frame.evaluate((element) => ({ left: element.scrollLeft, top: element.scrollTop }));
  expect(scrolled.left).toBeGreaterThan(150);
  expect(scrolled.top).toBeGreaterThan(60);
});

test('cards: a click selects, typing or Enter edits, the arrows walk the board; add-card fields show on hover and focus; a counter near the limit', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop, 'Journey map');

  // At rest (the pointer off the board: the tab it clicked may now lie over a cell) no add-card
  // field is drawn; each is still there by name, and shows on focus or hover.
  await page.mouse.move(1, 1);
  const fields = page.getByRole('textbox', { name: /^Add a card to / });
  expect(await fields.count()).toBeGreaterThan(50);
  const opacities = await fields.evaluateAll((all) => all.map((element) => getComputedStyle(element).opacity));
  expect(opacities.filter((o) => o !== '0')).toEqual([]);
  const field = page.getByRole('textbox', { name: 'Add a card to Purchase · Customer actions' });
  await field.focus();
  await expect(field).toHaveCSS('opacity', '1');
  await page.getByRole('textbox', { name: 'Add a card to Use · Thoughts' }).hover();
  await expect(page.getByRole('textbox', { name: 'Add a card to Use · Thoughts' })).toHaveCSS('opacity', '1');

  // A click selects; the arrows go right, down, up.
  const first = page.getByRole('button', { name: 'Card “Customer actions while at need awareness” — press Enter to edit' });
  await first.click();
  await expect(first).toBeFocused();
  await expect(page.getByRole('textbox', { name: /^Card text/ })).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'Card “Customer actions while at research” — press Enter to edit' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  // Research · Touchpoints is empty: the next card down is in Thoughts.
  await expect(page.getByRole('button', { name: 'Card “Thoughts while at research” — press Enter to edit' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: 'Card “Customer actions while at research” — press Enter to edit' })).toBeFocused();

  // Typing edits, from the end of the text; Escape gives the card back unchanged.
  await page.keyboard.type('!');
  const edit = page.getByRole('textbox', { name: /^Card text/ });
  await expect(edit).toHaveValue('Customer actions while at research!');
  await page.keyboard.press('Escape');
  await expect(cardsIn(page, 'Research · Customer actions').getByRole('listitem')).toHaveText(['Customer actions while at research']);
  // A double click edits too.
  await first.dblclick();
  await expect(edit).toBeFocused();
  await page.keyboard.press('Escape');

  // Near the limit a counter; at the limit, it says the card is full.
  await field.fill('x'.repeat(450));
  await expect(page.getByText('450 of 500 characters')).toBeVisible();
  await field.fill('y'.repeat(620));
  await expect(field).toHaveValue('y'.repeat(500));
  await expect(page.getByText('Card full: 500 characters at most.').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Card full: 500 characters at most.' })).toBeAttached();
  await shot(page, 'board-card-limit-en');
  await field.fill('');
});

for (const language of ['en', 'fr'] as const) {
  test(`persona sections flow in columns, each giving its new cards its colour (${language})`, async ({ page }) => {
    const workshop = await seedFilledWorkshop(host, language);
    const words = language === 'fr' ? { tab: 'Personas', needs: 'Besoins', add: 'Ajouter une carte à Besoins', color: 'Couleur des nouvelles cartes de Besoins', green: 'Vert' } : { tab: 'Personas', needs: 'Needs', add: 'Add a card to Needs', color: 'Colour of new cards in Needs', green: 'Green' };
    await page.goto(`${host.origin}/workshops/${workshop.id}?token=${new URL(host.url).searchParams.get('token')}#personas`);
    const list = page.getByRole('list', { name: language === 'fr' ? `Cartes de ${words.needs}` : `Cards in ${words.needs}`, exact: true });
    await expect(list.getByRole('listitem')).toHaveCount(5);

    // Columns filled by content: no column starts lower than a section's own height below the top.
    const columns = page.locator('.persona-sections__column');
    const tops = await columns.evaluateAll((all) => all.map((column) => column.getBoundingClientRect().top));
    expect(new Set(tops.map(Math.round)).size).toBe(1);
    expect(await columns.count()).toBeGreaterThanOrEqual(3);

    const add = page.getByRole('textbox', { name: words.add });
    await add.fill('Une / one');
    await add.press('Enter');
    await expect(list.getByRole('listitem').last()).toHaveClass(/card--blue/);
    await page.getByRole('combobox', { name: words.color }).selectOption({ label: words.green });
    await add.fill('Deux / two');
    await add.press('Enter');
    await expect(list.getByRole('listitem')).toHaveCount(7);
    await expect(list.getByRole('listitem').last()).toHaveClass(/card--green/);
    await expectAccessible(page);
    await shot(page, `board-persona-${language}`);

    await page.getByRole('tab', { name: language === 'fr' ? 'Parcours client' : 'Journey map' }).click();
    await expect(page.locator('[aria-busy="true"], .card-list__pending')).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, `board-journey-1440-${language}`);
  });
}

test('on the agenda, the app header, the tab bar and the timer panel stick in one band, none over another', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const header = await box(page.getByRole('banner'));
  const tabs = await box(page.locator('.workshop-tabs__bar'));
  const side = await box(page.locator('.workshop__side'));
  expect(header.top).toBeGreaterThanOrEqual(-1);
  expect(tabs.top).toBeGreaterThanOrEqual(header.bottom - 1);
  expect(side.top).toBeGreaterThanOrEqual(tabs.bottom - 1);
  await shot(page, 'agenda-sticky-en');
});

test.describe('on a 1024×768 laptop', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  for (const language of ['en', 'fr'] as const) {
    test(`both boards fit their bars on the screen (${language})`, async ({ page }) => {
      const workshop = await seedFilledWorkshop(host, language);
      const token = new URL(host.url).searchParams.get('token');
      await page.goto(`${host.origin}/workshops/${workshop.id}?token=${token}#journey`);
      await expect(page.getByRole('table')).toBeVisible();
      // Nothing wider than the window: the page never scrolls sideways.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(page, `board-journey-1024-${language}`);
      await page.goto(`${host.origin}/workshops/${workshop.id}?token=${token}#personas`);
      await expect(page.locator('.persona-sections__column').first()).toBeVisible();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(page, `board-persona-1024-${language}`);
    });
  }
});

test('Space held and dragged moves the board, even over a card; Space tapped still starts the timer', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop, 'Journey map');
  const map = (await getBoard(host, workshop)).journeyMaps[0]!;
  const frame = frameOf(page, map.title);
  const strip = page.getByRole('group', { name: 'Step timer' });
  await expect(strip.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const card = await box(cardsIn(page, 'Use · Customer actions').getByRole('listitem').first());
  await page.keyboard.down(' ');
  await page.mouse.move(card.left + 60, card.top + 20);
  await page.mouse.down();
  await page.mouse.move(card.left - 140, card.top - 10, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up(' ');
  expect(await frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(120);
  // No card moved, and the hold was not a press of the timer's Space.
  await expect(cardsIn(page, 'Use · Customer actions').getByRole('listitem')).toHaveCount(1);
  await expect(strip.getByRole('button', { name: 'Start' })).toBeVisible();

  await page.keyboard.press(' ');
  await expect(strip.getByRole('button', { name: 'Pause' })).toBeVisible();
});
