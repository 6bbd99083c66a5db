import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectAccessible, newDataDir, screenshot, startHost } from './host';

test('a damaged database gets an explanation and a restore, and is never deleted', async ({ page }) => {
  const dataDir = newDataDir();
  // A first clean run leaves a backup behind on shutdown.
  const first = await startHost(dataDir);
  await page.goto(first.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Animez votre premier atelier' })).toBeVisible();
  await first.stop();

  const dbPath = path.join(dataDir, 'atelier.sqlite');
  writeFileSync(dbPath, 'these are not the bytes of a database, just a note someone saved here\n');

  // Same port, so the page's origin (and its remembered language) is the same.
  const second = await startHost(dataDir, Number(new URL(first.url).port));
  await page.goto(second.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier ne peut pas ouvrir sa base de données' })).toBeVisible();
  await expect(page.getByText('Ce fichier n’est pas une base de données Atelier.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'recovery');

  await page.getByRole('button', { name: 'Restaurer la sauvegarde la plus récente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Animez votre premier atelier' })).toBeVisible();
  const kept = readdirSync(dataDir).find((name) => name.startsWith('atelier.sqlite.damaged-'));
  expect(kept).toBeDefined();
  expect(readFileSync(path.join(dataDir, kept!), 'utf8')).toContain('just a note');
  await second.stop();
});
