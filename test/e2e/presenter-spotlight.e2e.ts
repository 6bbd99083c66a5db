import { expect, test } from '@playwright/test';
import type { Board } from '../../shared/domain/board';
import type { Workshop } from '../../shared/domain/workshop';
import { expectAccessible, hostForEachTest, screenshot as shot, type HostProcess } from './host';
import { expectReadableFromTheBack } from './presenter-room';
import { call, tokenOf } from './boards-api';

/*
 * The facilitator drives the projector from the laptop: right-click a stage, a lane, a section
 * or a card; keyboard shortcuts; the laptop says what the room sees. Two pages of one browser:
 * the laptop and the projector, both on the real browser host.
 */


let host: HostProcess;
hostForEachTest((started) => (host = started));

test('the facilitator spotlights a stage, the next stage, a lane, a section and a card, blanks the screen and shows how to join', async ({ page, context }) => {
  test.setTimeout(180_000);
  const sample = await call<Workshop>(host, 'sampleWorkshopCreate', { language: 'en' });
  await call(host, 'sharingStart', { workshopId: sample.id });
  const painPoints = sample.steps.find((step) => step.title.startsWith('Pain points'))!;
  await call(host, 'timerGoTo', { workshopId: sample.id, stepId: painPoints.id });
  const board = await call<Board>(host, 'boardGet', { workshopId: sample.id });
  const map = board.journeyMaps[0]!;
  const stages = [...map.stages].sort((a, b) => a.position - b.position);

  await page.goto(`${host.origin}/workshops/${sample.id}?token=${tokenOf(host)}#journey`);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.emulateMedia({ reducedMotion: 'reduce' });
  await projector.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  const screen = projector.locator('main[data-screen]');
  const now = page.getByRole('group', { name: 'On the projector' }).getByRole('status');

  await expect(screen).toHaveAttribute('data-screen', 'board');
  await expect(now).toHaveText('Projector: the journey map');

  // Right-click a cell of the second stage: its stage, its lane, the card.
  const card = page.locator(`[data-container^="cell:${stages[1]!.id}:"] [data-card-id]`).first();
  await card.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'On the projector' });
  await expect(menu.getByRole('menuitem', { name: 'Show this card full screen' })).toBeVisible();
  await shot(page, 'spotlight-laptop-context-menu');
  await menu.getByRole('menuitem', { name: `Spotlight the stage “${stages[1]!.title}”` }).click();
  await expect(projector.getByRole('heading', { name: stages[1]!.title, level: 2 })).toBeVisible();
  await expect(now).toHaveText(`Projector: the stage “${stages[1]!.title}”`);
  await expectReadableFromTheBack(projector, 'one stage');
  await expectAccessible(projector);
  await shot(projector, 'spotlight-1920-stage');

  // Arrow keys move stage by stage.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(projector.getByRole('heading', { name: stages[2]!.title, level: 2 })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(projector.getByRole('heading', { name: stages[0]!.title, level: 2 })).toBeVisible();

  // A lane across the stages.
  await card.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: /^Spotlight the lane/ }).click();
  await expect(now).toHaveText(/^Projector: the lane “/);
  await expectReadableFromTheBack(projector, 'one lane');
  await shot(projector, 'spotlight-1920-lane');

  // One card, full screen.
  const text = (await card.locator('.card__text').first().textContent())?.trim() ?? '';
  await card.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Show this card full screen' }).click();
  await expect(screen).toHaveAttribute('data-screen', 'card');
  await expect(projector.locator('.pcard--large')).toContainText(text);
  await expectReadableFromTheBack(projector, 'one card');
  await expectAccessible(projector);
  await shot(projector, 'spotlight-1920-card');

  // B blanks the screen, B again follows the step.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('b');
  await expect(screen).toHaveAttribute('data-screen', 'blank');
  await expect(now).toHaveText('Projector: a blank screen (eyes here)');
  await expectAccessible(projector);
  await shot(projector, 'spotlight-1920-blank');
  await page.keyboard.press('b');
  await expect(screen).toHaveAttribute('data-screen', 'board');
  await expect(now).toHaveText('Projector: the journey map');

  // J: how to join, full screen; R: the results again; I folds the instructions.
  await page.keyboard.press('j');
  await expect(screen).toHaveAttribute('data-screen', 'join');
  await expectReadableFromTheBack(projector, 'join');
  await shot(projector, 'spotlight-1920-join');
  await page.keyboard.press('r');
  await expect(screen).toHaveAttribute('data-screen', 'results');
  await page.keyboard.press('s');
  await expect(projector.getByLabel('Instructions')).toBeVisible();
  await page.keyboard.press('i');
  await expect(projector.getByLabel('Instructions')).toHaveCount(0);

  // The menu by the indicator does the same; the page it shows is the facilitator's.
  await page.getByRole('button', { name: 'Choose what the projector shows' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Follow the step' })).toHaveAttribute('aria-checked', 'true');
  await shot(page, 'spotlight-laptop-menu');
  await expectAccessible(page);
  await page.getByRole('menuitem', { name: 'Next page' }).click();
  await expect(projector.getByRole('status', { name: /^Page 2 of/ })).toBeVisible();
  await expect(now).toContainText('page 2');

  // A section of a persona, from the Personas tab.
  await page.getByRole('tab', { name: 'Personas' }).click();
  const section = page.locator('[data-section-id]').first();
  const sectionId = (await section.getAttribute('data-section-id')) ?? '';
  const sectionTitle = board.personas.flatMap((p) => p.sections).find((s) => s.id === sectionId)?.title ?? '?';
  await section.locator('[data-container]').first().click({ button: 'right', position: { x: 20, y: 20 } });
  await menu.getByRole('menuitem', { name: /^Spotlight the section/ }).click();
  await expect(projector.getByRole('heading', { name: sectionTitle, level: 2 })).toBeVisible();
  await expectReadableFromTheBack(projector, 'one section');
  await shot(projector, 'spotlight-1920-section');

  // Another step: the projector follows it again.
  await call(host, 'timerCommand', { workshopId: sample.id, command: 'next' });
  await expect(screen).toHaveAttribute('data-screen', 'board');
  await expect(projector.getByLabel('Instructions')).toBeVisible();
  await expect(now).toHaveText('Projector: the journey map');
});
