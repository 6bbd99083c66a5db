import { expect, test, type Page } from '@playwright/test';
import { fileMapWithCards } from '../helpers/workshop-file';
import { expectAccessible, screenshot, startHost } from './host';

const base = {
  format: 'atelier-workshop',
  schemaVersion: 1,
  workshop: { title: 'Atelier importé', date: '2025-06-02', language: 'fr', createdAt: '2025-06-01T10:00:00.000Z', updatedAt: '2025-06-01T10:00:00.000Z' },
};

async function importFile(page: Page, name: string, content: object): Promise<string> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  const refusal = page.getByRole('dialog', { name: 'Échec de l’import' });
  await expect(refusal).toBeVisible();
  const text = (await refusal.getByRole('alert').textContent()) ?? '';
  return text;
}

test('a workshop file beyond the workshop’s limits, or with a fake picture, is refused in a sentence of the import’s own, and nothing is added', async ({ page }) => {
  const host = await startHost();
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Animez votre premier atelier' })).toBeVisible();

  const tooMany = await importFile(page, 'trop.atelier', { ...base, boards: { journeyMaps: [fileMapWithCards('a', 5000), fileMapWithCards('b', 5000)] } });
  expect(tooMany).toBe('Ce fichier d’atelier contient 10\u202f000 cartes, alors qu’Atelier en accepte au plus 5\u202f000. Rien n’a été importé.');
  await page.getByRole('dialog', { name: 'Échec de l’import' }).getByText('Fermer', { exact: true }).click();

  const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>').toString('base64');
  const fake = await importFile(page, 'image.atelier', {
    ...base,
    boards: { personas: [{ id: 'p', name: 'Léa', avatar: { kind: 'image', dataUrl: `data:image/png;base64,${html}` } }] },
  });
  expect(fake).toBe('L’image de la persona « Léa » n’est pas une vraie image PNG ou JPEG, ou dépasse 5 Mo. Rien n’a été importé.');
  await expectAccessible(page);
  await screenshot(page, 'import-refused-picture');
  await page.getByRole('dialog', { name: 'Échec de l’import' }).getByText('Fermer', { exact: true }).click();

  // Still the first-run screen: nothing was imported.
  await expect(page.getByRole('heading', { level: 1, name: 'Animez votre premier atelier' })).toBeVisible();
  await host.stop();
});
