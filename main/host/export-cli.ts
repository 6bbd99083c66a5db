import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkshopSummary } from '../../shared/domain/workshop';
import type { ChannelName, InputOf, OutputOf } from '../../shared/ipc/contract';
import { projectRoot, startCore, type Core } from '../core';
import { ChromiumNotFoundError, findChromium } from '../report/chromium';
import { renderReportPdf } from '../report/export-pdf';
import { createPlaywrightPrinter } from '../report/print-playwright';
import { resolveDatabasePath } from '../store/location';
import { CliError, UsageError } from './cli-args';
import { parseExportArgs, type ExportCliOptions } from './export-args';

/**
 * `npm run export`: the deliverable of a workshop (or of the sample workshop) as a PDF, without
 * the app. Prints the file's path and page count; any problem is one line on stderr and a
 * non-zero exit.
 */
async function main(): Promise<void> {
  const options = parseExportArgs(process.argv.slice(2));
  checkWritable(options.out);
  // Before any work: without Chromium there is nothing to print with.
  const executablePath = findChromium();

  const tempData = options.mode === 'sample' ? mkdtempSync(path.join(os.tmpdir(), 'atelier-sample-')) : null;
  const dataDir = tempData ?? (options.mode === 'workshop' ? options.dataDir : '');
  // Reading a workshop must not leave a new empty database in a folder that had none.
  if (options.mode === 'workshop' && !existsSync(resolveDatabasePath(dataDir))) throw new CliError(`No Atelier database in ${dataDir}`);
  // Chromium starts while the database opens and the workshop is read and rendered.
  const printer = createPlaywrightPrinter({ executablePath, idleMs: 0 });
  printer.warm?.();
  const core = await startCore({ dataDir, host: 'web' }).catch(async (error: unknown) => {
    await printer.close();
    throw error;
  });
  try {
    const status = core.status();
    if (status.mode !== 'ready') throw new CliError(`The database in ${dataDir} cannot be opened (${status.problem}): ${status.detail}`);
    const workshopId =
      options.mode === 'sample' ? (await call(core, 'sampleWorkshopCreate', { language: options.lang })).id : await findWorkshop(core, options, dataDir);
    // The report's own words in the language asked for (its default: the workshop's).
    const data = await call(core, 'reportData', { workshopId, pictures: true, language: options.lang });
    const pdf = await renderReportPdf(data, { sections: options.sections, pageSize: options.size, includeEmpty: options.includeEmpty }, printer, projectRoot());
    try {
      writeFileSync(options.out, pdf.bytes);
    } catch (error) {
      throw new CliError(`Cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    console.log(`${options.out} (${pdf.pages ?? '?'} pages)`);
  } finally {
    await printer.close();
    await core.close();
    if (tempData) rmSync(tempData, { recursive: true, force: true });
  }
}

async function call<K extends ChannelName>(core: Core, channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await core.dispatch(channel, input, { origin: 'web' });
  if (!result.ok) throw new CliError(`${channel} failed: ${result.error.message}`);
  return result.value as OutputOf<K>;
}

/** By id, else by title (ignoring case), among current and archived workshops. */
async function findWorkshop(core: Core, options: Extract<ExportCliOptions, { mode: 'workshop' }>, dataDir: string): Promise<string> {
  const lists = await Promise.all((['current', 'archived'] as const).map((view) => call(core, 'workshopsList', { view })));
  const all: WorkshopSummary[] = lists.flat();
  const byId = all.find((workshop) => workshop.id === options.workshop);
  if (byId) return byId.id;
  const wanted = options.workshop.toLocaleLowerCase();
  const byTitle = all.filter((workshop) => workshop.title.toLocaleLowerCase() === wanted);
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byTitle.length > 1) {
    throw new CliError(`${byTitle.length} workshops are titled "${options.workshop}"; use an id: ${byTitle.map((w) => w.id).join(', ')}`);
  }
  throw new CliError(`No workshop "${options.workshop}" in ${dataDir}`);
}

function checkWritable(file: string): void {
  const dir = path.dirname(file);
  if (!isDirectory(dir)) throw new CliError(`Cannot write ${file}: the folder ${dir} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new CliError(`Cannot write ${file}: permission denied`);
  }
  if (isDirectory(file)) throw new CliError(`Cannot write ${file}: it is a folder`);
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof CliError || error instanceof ChromiumNotFoundError ? error.message : `Export failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  console.error(message);
  process.exit(error instanceof UsageError ? 2 : 1);
});
