import { expect, test } from '@playwright/test';
import { openWorkshop } from './boards-api';
import { seedFilledWorkshop, shot } from './board-seed';
import { startHost, type HostProcess } from './host';

let host: HostProcess;
test.beforeEach(async () => {
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

test('dev look', async ({ page }) => {
  const workshop = await seedFilledWorkshop(host, 'en');
  await openWorkshop(page, host, workshop, 'Journey map');
  await shot(page, 'dev-journey-en');
  await page.getByRole('tab', { name: 'Personas' }).click();
  await shot(page, 'dev-persona-en');
});
