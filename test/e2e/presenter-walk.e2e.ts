import { expect, test, type Page } from '@playwright/test';
import type { SharingStatus } from '../../shared/domain/voting';
import type { Step, Workshop } from '../../shared/domain/workshop';
import { expectAccessible, hostForEachTest, screenshot as shot, type HostProcess } from './host';
import { expectReadableFromTheBack, smallestText } from './presenter-room';
import { call, tokenOf } from './boards-api';
import { roomFloorPx } from '../../renderer/src/presenter/room-unit';

/*
 * The whole sample workshop, step by step, on the projector at a full-HD projector's size and an
 * old one's: on every step the screen the step calls for, its instructions, how to join while
 * sharing is on, and nothing the room cannot read (under the room's floor — 24 px at 1080 lines,
 * 17 px at 768 — cut without saying so, split words).
 */

/** A full-HD projector and an old one, in English and in French, whose longer words must not break either. */
const RUNS = [
  { width: 1920, height: 1080, language: 'en' },
  { width: 1920, height: 1080, language: 'fr' },
  { width: 1024, height: 768, language: 'en' },
  { width: 1024, height: 768, language: 'fr' },
] as const;
const JOIN = { en: 'Join on your phone', fr: 'Rejoignez depuis votre téléphone' } as const;
const THANKS = { en: 'Thank you!', fr: 'Merci !' } as const;
const INSTRUCTIONS = { en: 'Instructions', fr: 'Consignes' } as const;

/** What each kind of step projects in the sample, whose vote is revealed. */
function expectedScreen(steps: readonly Step[], index: number): string {
  const step = steps[index]!;
  if (step.kind === 'persona' || step.kind === 'journey') return 'board';
  if (step.kind === 'voting') return 'results';
  if (step.kind === 'break') return 'break';
  if (step.kind === 'prioritisation') return 'matrix';
  return steps[index - 1]?.kind === 'voting' ? 'results' : 'clock';
}

let host: HostProcess;
hostForEachTest((started) => (host = started));

/** The share of the width, and of the height left under the header, that the board takes. */
function boardShare(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const board = document.querySelector('.pbody > *')?.getBoundingClientRect();
    const header = document.querySelector('.ptop')?.getBoundingClientRect();
    if (!board || !header) return { width: 0, height: 0 };
    return { width: board.width / window.innerWidth, height: board.height / (window.innerHeight - header.bottom) };
  });
}

for (const size of RUNS) {
  test(`the sample workshop (${size.language}), step by step, on a ${size.width}×${size.height} projector`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    // The room's floor on this image: 24 px at 1080 lines, 17 px at 768.
    const floor = roomFloorPx(size.width, size.height);
    // Bars that grow and rows that fade in are photographed at rest.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const sample = await call<Workshop>(host, 'sampleWorkshopCreate', { language: size.language });
    await call(host, 'presenterShow', { workshopId: sample.id });
    const sharing = await call<SharingStatus>(host, 'sharingStart', { workshopId: sample.id });
    await page.goto(`${host.origin}/present?token=${tokenOf(host)}`);
    const screen = page.locator('main[data-screen]');

    // The finished sample opens on its recap.
    await expect(screen).toHaveAttribute('data-screen', 'recap');
    await expect(page.getByRole('heading', { name: THANKS[size.language] })).toBeVisible();
    await expect(page.locator('.precap__figures')).toContainText(/[1-9]\d* (ideas|idées)/);
    await expect(page.locator('.precap__list li')).toHaveCount(3);
    await expectReadableFromTheBack(page, 'recap');
    await shot(page, `presenter-${size.language}-${size.width}-recap`);

    const shotKinds = new Set<string>();
    const figures: string[] = [];
    for (const [index, step] of sample.steps.entries()) {
      await call(host, 'timerGoTo', { workshopId: sample.id, stepId: step.id });
      const where = `step ${index + 1} (${step.kind}) "${step.title}"`;
      const expected = expectedScreen(sample.steps, index);
      await expect(screen, where).toHaveAttribute('data-screen', expected);
      await expect(page.getByRole('heading', { name: step.title, level: 1 }), where).toBeVisible();
      await expect(page.getByLabel(INSTRUCTIONS[size.language]), where).toHaveText(step.instructions);
      await expect(page.getByRole('complementary', { name: JOIN[size.language] }), where).toContainText(sharing.joinCode!.slice(0, 3));
      if (expected === 'board') {
        await expect(page.locator('[data-presenter-card]').first(), where).toBeVisible();
        const use = await boardShare(page);
        figures.push(`${where}: board ${Math.round(use.width * 100)} % of the width, ${Math.round(use.height * 100)} % of the height under the header`);
        expect(Math.max(use.width, use.height), where).toBeGreaterThanOrEqual(0.9);
      }
      await expectReadableFromTheBack(page, where);
      const smallest = await smallestText(page);
      expect(smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(floor - 0.01);
      figures.push(`${where}: smallest text ${smallest} px`);
      const kind = `${step.kind}-${expected}`;
      if (!shotKinds.has(kind)) {
        shotKinds.add(kind);
        await expectAccessible(page);
        await shot(page, `presenter-${size.language}-${size.width}-${String(index + 1).padStart(2, '0')}-${kind}`);
      }
    }
    test.info().annotations.push(...figures.map((description) => ({ type: 'figure', description })));
  });
}
