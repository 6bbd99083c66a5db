import { openStore } from '../../main/store/open';

/**
 * Run in a child process, possibly as another user: opens the store of the data folder given as
 * the first argument, tries one write when it opens, closes it, and prints what happened as JSON.
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: open-store-child <dataDir>');
  const outcome = await openStore({ dataDir });
  if (!outcome.ok) {
    process.stdout.write(JSON.stringify({ ok: false, problem: outcome.problem, detail: outcome.detail }));
    return;
  }
  let wrote = true;
  try {
    outcome.store.transaction((db) => db.prepare("INSERT INTO settings (key, value) VALUES ('probe', '1')").run());
  } catch {
    wrote = false;
  }
  await outcome.store.close({ backup: false });
  process.stdout.write(JSON.stringify({ ok: true, wrote }));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
