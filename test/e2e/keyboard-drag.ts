import type { Locator } from '@playwright/test';

/**
 * Picks up a drag handle with Space, as a keyboard user does. dnd-kit's keyboard sensor starts
 * listening for arrow keys in a zero-delay timer queued at pick-up, and Chromium runs input events
 * before timers: an arrow key sent at once can reach the page first and be lost. Timers of equal
 * delay run in the order they were queued, so once a zero-delay timer queued after the pick-up has
 * run, the sensor is listening.
 */
export async function pickUpWithKeyboard(handle: Locator): Promise<void> {
  await handle.focus();
  await handle.page().keyboard.press('Space');
  await handle.page().evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
