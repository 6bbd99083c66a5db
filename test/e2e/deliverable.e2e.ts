import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expectAccessible, screenshot, startHost, type HostProcess } from './host';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

async function openSample(page: Page, shot?: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Run your first workshop' })).toBeVisible();
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: 'Sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deliverable' })).toBeVisible({ timeout: 20_000 });
}

test('the sample workshop opens on its deliverable, previewed page by page, and exports as a PDF download', async ({ page }) => {
  await openSample(page, 'home-empty-sample');
  const preview = page.getByRole('region', { name: 'Preview of the deliverable' });
  await expect(preview.getByRole('heading', { name: 'CX discovery — Azur Hotels' })).toBeVisible();
  for (const heading of ['Synthesis', 'Personas', 'Customer journeys', 'Prioritised pain points', 'Impact × effort matrix', 'Action plan']) {
    await expect(preview.getByRole('heading', { level: 1, name: heading })).toBeAttached();
  }
  // The agenda as run is for the facilitator: off until ticked.
  await expect(preview.getByRole('heading', { level: 1, name: 'Agenda as run' })).toHaveCount(0);
  await expect(preview.getByRole('heading', { name: 'Camille Laurent', exact: true })).toBeAttached();
  await expect(preview.getByRole('img', { name: /^Emotion/ }).first()).toBeAttached();
  await expectAccessible(page);
  await screenshot(page, 'deliverable-preview');
  await preview.getByRole('heading', { name: 'Camille Laurent — journey' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'deliverable-preview-journey');

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the deliverable' });
  await expect(dialog.getByLabel('File name')).toHaveValue('CX discovery — Azur Hotels — Workshop deliverable.pdf');
  await expect(dialog.getByRole('checkbox', { name: 'Agenda as run' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Agenda as run' }).check();
  await expect(preview.getByRole('heading', { level: 1, name: 'Agenda as run' })).toBeAttached();
  await dialog.getByRole('checkbox', { name: 'Agenda as run' }).uncheck();
  await dialog.getByRole('radio', { name: 'US Letter' }).check();
  await expect(preview.getByRole('heading', { level: 1, name: 'Agenda as run' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'export-dialog');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(dialog.getByRole('status')).toHaveText('Done');
  await expect(dialog.getByRole('link', { name: 'Download again' })).toHaveAttribute('download', 'CX discovery — Azur Hotels — Workshop deliverable.pdf');
  await screenshot(page, 'export-dialog-done');

  expect(download.suggestedFilename()).toBe('CX discovery — Azur Hotels — Workshop deliverable.pdf');
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).not.toContain('Agenda as run');
});

test('next steps entered from the workshop screen close the deliverable, grouped by CX domain', async ({ page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Back to the workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CX discovery — Azur Hotels' })).toBeVisible();
  await screenshot(page, 'workshop-deliverable-actions');
  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Action plan' });
  await dialog.getByLabel('Action', { exact: true }).fill('Publish a “no waiting” charter for night teams');
  await dialog.getByLabel('Owner', { exact: true }).fill('Karim Haddad');
  await dialog.getByLabel('Due date', { exact: true }).fill('2025-12-01');
  await dialog.getByLabel('CX domain', { exact: true }).selectOption({ label: 'Company culture' });
  await dialog.getByRole('button', { name: 'Add the action' }).click();
  const added = dialog.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Edit “Publish a “no waiting” charter for night teams”' }) });
  await expect(added).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Edit / })).toHaveCount(9);
  await expectAccessible(page);
  await screenshot(page, 'next-steps-dialog');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await page.getByRole('button', { name: 'Deliverable', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Preview of the deliverable' });
  const culture = preview.getByRole('heading', { level: 2, name: 'Company culture' }).locator('xpath=..');
  await expect(culture).toContainText('Publish a “no waiting” charter for night teams');
  await expect(culture).toContainText('Karim Haddad');
  await expect(culture).toContainText('1 December 2025');
});

test('a workshop file exported from the menu imports back from the home screen; another file is refused and nothing changes', async ({ page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'More exports' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Workshop file (.atelier)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('CX discovery — Azur Hotels.atelier');
  const file = await download.path();

  await page.getByRole('button', { name: 'Back to the workshop' }).click();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'other.atelier', mimeType: 'application/json', buffer: Buffer.from('{"type":"excalidraw","elements":[]}') });
  const refusal = page.getByRole('dialog', { name: 'Import failed' });
  await expect(refusal.getByRole('alert')).toHaveText('This is not an Atelier workshop file (.atelier). Nothing was imported.');
  await expectAccessible(page);
  await screenshot(page, 'import-refused');
  await refusal.getByRole('button', { name: 'Close' }).last().click();
  await expect(page.getByRole('list', { name: 'Current' }).getByRole('listitem')).toHaveCount(1);

  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'CX discovery — Azur Hotels' })).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('list', { name: 'Current' }).getByRole('listitem')).toHaveCount(2);
  await screenshot(page, 'home-with-import');
});

test('in French, the sample workshop and its deliverable are in French', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Atelier d’exemple' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Livrable' })).toBeVisible({ timeout: 20_000 });
  const preview = page.getByRole('region', { name: 'Aperçu du livrable' });
  await expect(preview.getByRole('heading', { level: 1, name: 'Découverte CX — Maison Azur Hôtels' })).toBeVisible();
  await expect(preview.getByRole('heading', { level: 1, name: 'Synthèse' })).toBeAttached();
  await expect(preview.getByRole('heading', { level: 2, name: 'Culture d’entreprise' })).toBeAttached();
  await expectAccessible(page);
  await screenshot(page, 'deliverable-preview-fr');
});
