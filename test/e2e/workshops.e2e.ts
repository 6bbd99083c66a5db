import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot, startHost, type HostProcess } from './host';
import { pickUpWithKeyboard } from './keyboard-drag';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

async function createWorkshop(page: Page, template: string, title: string, client = 'Hôtel Lumière'): Promise<void> {
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Client').fill(client);
  await dialog.getByLabel('Facilitator').fill('Camille');
  await dialog.getByLabel('Participants').fill('Ana\nBruno\nChloé');
  await dialog.getByRole('radio', { name: template, exact: true }).check();
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('creates a workshop from each built-in template', async ({ page }) => {
  await page.goto(host.url);
  const templates = ['Persona workshop', 'Customer journey mapping', 'Pain-point voting', 'CX discovery (half day)'];
  for (const [index, template] of templates.entries()) {
    await createWorkshop(page, template, `Workshop ${index + 1}: ${template}`);
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await expect(agenda.getByRole('listitem').first()).toBeVisible();
    expect(await agenda.getByRole('listitem').count()).toBeGreaterThan(3);
    if (index === 3) {
      await expectAccessible(page);
      await screenshot(page, 'workshop-cx-discovery');
    }
    await page.getByRole('button', { name: 'All workshops' }).click();
  }
  const list = page.getByRole('list', { name: 'Current' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expectAccessible(page);
  await screenshot(page, 'home-list');
});

test('reorders agenda steps with the keyboard', async ({ page }) => {
  await page.goto(host.url);
  await createWorkshop(page, 'Pain-point voting', 'Keyboard agenda');
  const titles = page.getByRole('list', { name: 'Agenda' }).getByLabel(/^Step title/);
  const first = await titles.nth(0).inputValue();
  const second = await titles.nth(1).inputValue();

  await pickUpWithKeyboard(page.getByRole('button', { name: `Move step “${first}”`, exact: true }));
  await expect(page.getByRole('button', { name: `Move step “${first}”`, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: `Step “${first}” is now at position 2 of` })).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: `Step “${first}” dropped at position 2 of` })).toBeAttached();
  await expect(titles.nth(0)).toHaveValue(second);
  await expect(titles.nth(1)).toHaveValue(first);

  // The order is stored by main: it survives a reload.
  await page.reload();
  await expect(titles.nth(0)).toHaveValue(second);
});

test('edits a step: title, duration up to 4 hours, instructions; total follows', async ({ page }) => {
  await page.goto(host.url);
  await createWorkshop(page, 'Pain-point voting', 'Editing steps');
  const agenda = page.getByRole('list', { name: 'Agenda' });
  const title = agenda.getByLabel(/^Step title/).first();
  await title.fill('Warm-up <script>alert(1)</script>');
  await title.press('Enter');
  const minutes = agenda.getByLabel(/^Minutes/).first();
  await minutes.fill('240');
  await minutes.press('Enter');
  await expect(page.getByText(/Total planned: \d+ h/)).toBeVisible();
  await page.reload();
  await expect(agenda.getByLabel(/^Step title/).first()).toHaveValue('Warm-up <script>alert(1)</script>');
  await expect(agenda.getByLabel(/^Minutes/).first()).toHaveValue('240');

  await page.getByRole('button', { name: 'Add a step' }).click();
  await expect(agenda.getByLabel(/^Step title/).last()).toHaveValue('New step');
  const count = await agenda.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Remove step “New step”' }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(count - 1);
});

test('renames, duplicates, deletes with undo, and empties the trash', async ({ page }) => {
  await page.goto(host.url);
  await createWorkshop(page, 'Persona workshop', 'Original');
  await page.getByRole('button', { name: 'All workshops' }).click();

  await page.getByRole('button', { name: 'Actions for Original' }).click();
  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename workshop' });
  await rename.getByLabel('Title').fill('Personas, Lyon');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Personas, Lyon' })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Personas, Lyon' }).click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('link', { name: 'Personas, Lyon (copy)' })).toBeVisible();

  await page.getByLabel('Search by title or client').fill('copy');
  await expect(page.getByRole('list', { name: 'Current' }).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Search by title or client').fill('');

  await page.getByRole('button', { name: 'Actions for Personas, Lyon (copy)' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('link', { name: 'Personas, Lyon (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Personas, Lyon (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Personas, Lyon (copy)' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByRole('list', { name: 'Trash' }).getByText('Personas, Lyon (copy)')).toBeVisible();
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Empty the trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});

test('the whole workshop screen switches between English and French', async ({ page }) => {
  await page.goto(host.url);
  await createWorkshop(page, 'Customer journey mapping', 'Bilingual');
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Déroulé' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tous les ateliers' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'workshop-fr');
});

test('saves a workshop agenda as a template and offers it when creating', async ({ page }) => {
  await page.goto(host.url);
  await createWorkshop(page, 'Pain-point voting', 'Template source');
  await page.getByRole('button', { name: 'Save as template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('My quick vote');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Template “My quick vote” saved.')).toBeVisible();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: 'My quick vote' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'new-workshop-dialog');
});
