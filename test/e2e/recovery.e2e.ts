import { expect, test, type Page } from '@playwright/test';
import { chmodSync, chownSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { giveToOtherUser, makeReadOnlyForOtherUser, OTHER_USER } from '../helpers/other-user';
import { createWorkshop } from './boards-api';
import { expectAccessible, newDataDir, screenshot, startHost, type HostProcess } from './host';

const WORKSHOPS = ['Parcours client — agences', 'Personas — assurés'];

/** A first clean run with two workshops: stopping it leaves a backup that holds them. */
async function dataDirWithWorkshops(page: Page): Promise<{ dataDir: string; port: number }> {
  const dataDir = newDataDir();
  const first = await startHost(dataDir);
  for (const title of WORKSHOPS) await createWorkshop(first, title, 'journey', 'fr');
  await page.goto(first.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vos ateliers' })).toBeVisible();
  await first.stop();
  return { dataDir, port: Number(new URL(first.url).port) };
}

async function expectWorkshopsBack(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Vos ateliers' })).toBeVisible();
  for (const title of WORKSHOPS) await expect(page.getByText(title, { exact: true })).toBeVisible();
}

async function stopCleanly(host: HostProcess): Promise<void> {
  await host.stop();
  expect(host.child.exitCode).toBe(0);
}

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

test('a zero-byte database opens the recovery screen, not a first run, and restoring brings the workshops back', async ({ page }) => {
  const { dataDir, port } = await dataDirWithWorkshops(page);
  const dbPath = path.join(dataDir, 'atelier.sqlite');
  writeFileSync(dbPath, '');

  const second = await startHost(dataDir, port);
  await page.goto(second.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier ne peut pas ouvrir sa base de données' })).toBeVisible();
  await expect(page.getByText(/Le fichier de la base de données est vide/)).toBeVisible();
  const backups = page.getByRole('region', { name: 'Sauvegardes' });
  await expect(backups.getByRole('listitem')).toHaveCount(1);
  await expect(backups.getByText(/2 ateliers/)).toBeVisible();
  expect(statSync(dbPath).size).toBe(0);
  await expectAccessible(page);
  await screenshot(page, 'recovery-empty');

  await page.getByRole('button', { name: 'Restaurer la sauvegarde la plus récente' }).click();
  await expectWorkshopsBack(page);
  const kept = readdirSync(dataDir).filter((name) => name.startsWith('atelier.sqlite.damaged-'));
  expect(kept.map((name) => statSync(path.join(dataDir, name)).size)).toEqual([0]);
  await stopCleanly(second);
});

test('a read-only database says so and what to do, restoring brings the workshops back, and the host stops cleanly', async ({ page }) => {
  test.skip(!OTHER_USER, 'needs a user without write permission (root ignores file modes)');
  const { dataDir, port } = await dataDirWithWorkshops(page);
  const dbPath = path.join(dataDir, 'atelier.sqlite');
  giveToOtherUser(dataDir);
  makeReadOnlyForOtherUser(dbPath);
  const before = readFileSync(dbPath);

  const second = await startHost(dataDir, port, { command: OTHER_USER!.command });
  await page.goto(second.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier ne peut pas ouvrir sa base de données' })).toBeVisible();
  await expect(page.getByText(/ne peut rien y enregistrer/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ce que vous pouvez faire' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'recovery-read-only');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshot(page, 'recovery-read-only-1024');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Still read-only: trying again changes nothing.
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByText(/ne peut rien y enregistrer/)).toBeVisible();

  await page.getByRole('button', { name: 'Restaurer la sauvegarde la plus récente' }).click();
  await expectWorkshopsBack(page);
  // The read-only file is kept as it was, beside the restored one.
  const kept = readdirSync(dataDir).find((name) => name.startsWith('atelier.sqlite.damaged-') && !/-(wal|shm)$/.test(name));
  expect(readFileSync(path.join(dataDir, kept!)).equals(before)).toBe(true);
  await stopCleanly(second);
  // Let the test runner clean the folder up whoever owns it now.
  if (process.getuid?.() === 0) chownSync(dataDir, 0, 0);
  chmodSync(dataDir, 0o755);
});
