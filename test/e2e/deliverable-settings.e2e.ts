import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { expectAccessible, screenshot, startHost, type HostProcess } from './host';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="6" fill="#1f5fa8"/><circle cx="20" cy="20" r="10" fill="#fff"/><text x="38" y="27" font-size="18" fill="#fff">Lumière</text></svg>';
const SCRIPTED = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><rect width="10" height="10"/></svg>';

async function openSample(page: Page): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Sample workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deliverable' })).toBeVisible({ timeout: 20_000 });
}

async function exportText(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export the deliverable' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Export( again)?$/ }).click();
  const file = await (await downloading).path();
  await expect(dialog.getByRole('status')).toHaveText('Done');
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

test('the deliverable settings put the firm on the client’s pages, refuse a scripted logo, and are kept', async ({ page }) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Deliverable settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Deliverable settings' });
  await panel.getByLabel('Firm name').fill('Cabinet Lumière');
  await panel.getByLabel('Footer line').fill('Confidential — prepared for Azur Hotels');
  await panel.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#1f5fa8');
  await panel.getByRole('textbox', { name: 'Accent colour', exact: true }).press('Enter');

  const chooser = panel.locator('input[type=file]');
  await chooser.setInputFiles({ name: 'scripted.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SCRIPTED) });
  await expect(panel.getByRole('alert')).toHaveText('This SVG file holds scripts or event handlers, which a logo may not. The logo was not changed.');
  await expect(panel.getByText('No logo')).toBeVisible();
  await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(panel.getByRole('alert')).toHaveText('This file is not a PNG or SVG image. The logo was not changed.');
  await chooser.setInputFiles({ name: 'lumiere.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO) });
  await expect(panel.getByRole('img', { name: 'Your logo' })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Remove the logo' })).toBeVisible();
  await expect(panel.getByRole('checkbox', { name: 'Say the deliverable was made with Atelier' })).not.toBeChecked();
  await expectAccessible(page);
  await screenshot(page, 'deliverable-settings');
  await page.setViewportSize({ width: 1024, height: 768 });
  await screenshot(page, 'deliverable-settings-1024');
  await expect(panel.getByRole('button', { name: 'Close' }).last()).toBeInViewport();
  await page.setViewportSize({ width: 1440, height: 900 });
  await panel.getByRole('button', { name: 'Close' }).last().click();

  const preview = page.getByRole('region', { name: 'Preview of the deliverable' });
  await expect(preview.getByText('Cabinet Lumière', { exact: true })).toBeVisible();
  await expect(preview.getByRole('img', { name: 'Cabinet Lumière' })).toBeVisible();
  await screenshot(page, 'deliverable-preview-branded');

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const text = await exportText(page);
  expect(text).toContain('CABINET LUMIÈRE');
  expect(text).toContain('Confidential — prepared for Azur Hotels');
  expect(text).not.toMatch(/atelier/i);

  // Kept between workshops: another page load, the same settings.
  await page.reload();
  await page.getByRole('button', { name: 'Deliverable settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Deliverable settings' }).getByLabel('Firm name')).toHaveValue('Cabinet Lumière');
  await page.getByRole('checkbox', { name: 'Say the deliverable was made with Atelier' }).check();
  await page.getByRole('dialog', { name: 'Deliverable settings' }).getByRole('button', { name: 'Close' }).last().click();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  expect(await exportText(page)).toContain('Made with Atelier');
});

test('the export dialog picks the report’s language and whether empty sections print, and the preview follows', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const create = page.getByRole('dialog', { name: 'New workshop' });
  await create.getByLabel('Title').fill('Quarterly review');
  await create.getByRole('radio', { name: 'Pain-point voting', exact: true }).check();
  await create.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quarterly review' })).toBeVisible();
  await page.getByRole('button', { name: 'Deliverable', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Preview of the deliverable' });
  await expect(preview.getByRole('heading', { level: 1, name: 'Quarterly review' })).toBeVisible();
  await expect(preview.getByText('No vote has been revealed yet.')).toHaveCount(0);

  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the deliverable' });
  await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^Prioritised pain points/ })).toBeChecked();
  await expect(dialog.getByText('(empty)').first()).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Also print sections with nothing to show' }).check();
  await expect(preview.getByText('No vote has been revealed yet.')).toBeAttached();
  await dialog.getByLabel('File name').fill('Quarterly review, client copy.pdf');
  await dialog.getByRole('radio', { name: 'French' }).check();
  await expect(preview.getByText('Aucun vote n’a encore été révélé.')).toBeAttached();
  // The dialog stays as it was while the report is read again in French.
  await expect(dialog.getByLabel('File name')).toHaveValue('Quarterly review, client copy.pdf');
  await expect(dialog.getByRole('radio', { name: 'French' })).toBeFocused();
  await expect(preview.getByRole('heading', { level: 1, name: 'Plan d’actions' })).toBeAttached();
  await expectAccessible(page);
  await screenshot(page, 'export-dialog-options');
  // On a small projector-sized screen the dialog scrolls inside itself; its buttons stay reachable.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeInViewport();
  await screenshot(page, 'export-dialog-options-1024');

  const text = await exportText(page);
  expect(text).toContain('Aucun vote n’a encore été révélé.');
  expect(text).toContain('Livrable de l’atelier');
  await dialog.getByRole('checkbox', { name: 'Also print sections with nothing to show' }).uncheck();
  const lean = await exportText(page);
  expect(lean).not.toContain('Aucun vote n’a encore été révélé.');
});
