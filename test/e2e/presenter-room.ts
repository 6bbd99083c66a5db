import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { tokenOf } from './boards-api';
import type { HostProcess } from './host';
import { roomFloorPx } from '../../renderer/src/presenter/room-unit';

/** The projectors every presenter screen is checked on: a room's 1080p one and an old 1024×768. */
export const PROJECTOR_SIZES = [
  [1920, 1080],
  [1024, 768],
] as const;

/**
 * The host's presenter window on a projector of this size. `beforeLoad` runs on the page before it
 * loads (to install a clock, say). Hands back the page and its context, for the caller to close.
 */
export async function openProjector(
  browser: Browser,
  host: HostProcess,
  [width, height]: readonly [number, number],
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await beforeLoad?.(page);
  await page.goto(`${host.origin}/present?token=${tokenOf(host)}`);
  return { context, page };
}

/*
 * What the room can read on the projector, measured in the page: text sizes, cards cut without
 * saying so, words split across lines. Each returns the offenders, so a failure names them.
 */

/** The smallest text the room may read in this page's window, in px: 24 px at 1080 lines, 17 px at 768 (room-unit.ts). */
export async function roomFloor(page: Page): Promise<number> {
  const { width, height } = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  return roomFloorPx(width, height);
}

/** Visible text under `min` px, as "text (size)". */
export function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < minPx - 0.01) out.push(`${text.slice(0, 40)} (${size}px)`);
    }
    return out;
  }, min);
}

/** The smallest size of visible text on screen, in px (for the figures the walk reports). */
export function smallestText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent?.trim() || !element || element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      min = Math.min(min, parseFloat(getComputedStyle(element).fontSize));
    }
    return min;
  });
}

/** Cards (and ranked items) not (fully) on screen in a list that does not say "+N more". */
export function silentlyCutCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    for (const card of document.querySelectorAll<HTMLElement>('[data-presenter-card], .pv-row')) {
      const list = card.closest('.fit-list');
      const marked = list?.querySelector('.fit-list__more') !== null && list !== null;
      const box = card.getBoundingClientRect();
      const clip = (card.closest('.fit-list__items') ?? document.body).getBoundingClientRect();
      const shown = card.checkVisibility({ visibilityProperty: true });
      const inside = box.top >= 0 && box.left >= 0 && box.bottom <= height + 0.5 && box.right <= width + 0.5 && box.bottom <= clip.bottom + 0.5 && box.right <= clip.right + 0.5;
      if ((!shown || !inside) && !marked) out.push(card.textContent?.slice(0, 40) ?? '?');
      // A card on screen is wholly on screen, marked or not.
      if (shown && !inside) out.push(`partly visible: ${card.textContent?.slice(0, 40) ?? '?'}`);
    }
    return out;
  });
}

/** Words drawn on two lines (split mid-word) or running out of their box (cut by an ellipsis, or overflowing). */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent ?? '';
      if (!element || !text.trim() || element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      let block: HTMLElement = element;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
      const bounds = block.getBoundingClientRect();
      // A line may end at a hyphen ("e-|mail"): the parts between hyphens are the words that must not split.
      for (const match of text.matchAll(/[^\s\-\u2010\u2013\u2014]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const first = rects[0];
        // Clamped away (below a line clamp): not drawn, so not read.
        if (!first || first.top >= bounds.bottom - 1) continue;
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(`split: ${match[0]}`);
        else if (rects.some((r) => r.right > bounds.right + 1 || r.left < bounds.left - 1 || r.left < -0.5 || r.right > window.innerWidth + 0.5)) out.push(`overflows: ${match[0]}`);
      }
    }
    return out;
  });
}

/** Every check the room needs on the screen now. */
export async function expectReadableFromTheBack(page: Page, where: string): Promise<void> {
  const floor = await roomFloor(page);
  expect(await smallText(page, floor), `${where}: text under the room's ${floor.toFixed(1)} px`).toEqual([]);
  expect(await silentlyCutCards(page), `${where}: cards cut without "+N more"`).toEqual([]);
  expect(await brokenWords(page), `${where}: words broken`).toEqual([]);
}
