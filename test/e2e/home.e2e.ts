import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, startHost, type HostProcess } from './host';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('the home screen greets a new user with a first action, in English and French', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Run your first workshop' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'home-en');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Animez votre premier atelier' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page);
  await screenshot(page, 'home-fr');

  // The choice is stored by main: a reload keeps it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Animez votre premier atelier' })).toBeVisible();
});

test('the token is taken out of the address bar', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).not.toContain('token=');
});

test('a page opened without the token is refused', async ({ page }) => {
  const response = await page.goto(host.origin + '/');
  expect(response?.status()).toBe(401);
});
