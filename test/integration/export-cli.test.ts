import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseExportArgs } from '../../main/host/export-args';
import { startCore } from '../../main/core';
import { SAMPLE_PDF } from '../electron/SAMPLE_PDF';
import { pdfFile } from '../helpers/pdf';

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, '.tmp', `export-cli-${process.pid}.cjs`);
let work: string;

// The command line as npm run export runs it: bundled like scripts/build.mjs does.
beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'main/host/export-cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
    absWorkingDir: root,
  });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-cli-'));
});
afterAll(() => {
  fs.rmSync(cli, { force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: work, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A data folder holding one workshop, written by a core that is then closed, as the app leaves it. */
async function dataFolderWith(title: string): Promise<{ dir: string; id: string }> {
  const dir = fs.mkdtempSync(path.join(work, 'data-'));
  const core = await startCore({ dataDir: dir, host: 'web' });
  const created = await core.dispatch('workshopCreate', { templateId: 'persona', meta: { title, date: '2025-06-02', language: 'fr' } }, { origin: 'web' });
  await core.close();
  if (!created.ok) throw new Error(created.error.message);
  return { dir, id: (created.value as { id: string }).id };
}

describe('npm run export', () => {
  test('with --sample in English prints the deliverable the desktop check expects: pages, tags and outline', async () => {
    const out = path.join(work, 'sample.pdf');
    expect(await run(['--sample', '--out', out, '--lang', 'en'])).toMatchObject({ code: 0, stderr: '' });
    const pdf = pdfFile(fs.readFileSync(out));
    expect(pdf.pages().count).toBe(SAMPLE_PDF.pages);
    expect(pdf.outline().map((entry) => entry.title)).toEqual(SAMPLE_PDF.outline);
  });

  test('with --sample writes the sample workshop’s PDF and prints its path and page count', async () => {
    const out = path.join(work, 'exemple.pdf');
    const result = await run(['--sample', '--out', out, '--lang', 'fr']);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    const pages = pdfFile(fs.readFileSync(out)).pages();
    expect(result.stdout.trim()).toBe(`${out} (${pages.count} pages)`);
    expect(pdfFile(fs.readFileSync(out)).text()).toContain('Maison Azur');
  });

  test('finds a workshop of a data folder by title or by id, and prints on Letter paper when asked', async () => {
    const { dir, id } = await dataFolderWith('Parcours client 2025');
    const byTitle = path.join(work, 'by-title.pdf');
    const byId = path.join(work, 'by-id.pdf');

    expect((await run(['--data', dir, '--workshop', 'parcours CLIENT 2025', '--out', byTitle, '--size', 'Letter'])).code).toBe(0);
    expect((await run(['--data', dir, '--workshop', id, '--out', byId, '--lang', 'en'])).code).toBe(0);

    expect(pdfFile(fs.readFileSync(byTitle)).pages().sizes[0]).toEqual({ width: 612, height: 792 });
    expect(pdfFile(fs.readFileSync(byId)).text()).toContain('Workshop deliverable');
  });

  test('prints the agenda as run and empty sections only when asked', async () => {
    const { dir } = await dataFolderWith('Atelier du jeudi');
    const lean = path.join(work, 'lean.pdf');
    const full = path.join(work, 'full.pdf');
    expect((await run(['--data', dir, '--workshop', 'Atelier du jeudi', '--out', lean])).code).toBe(0);
    expect((await run(['--data', dir, '--workshop', 'Atelier du jeudi', '--out', full, '--agenda', '--keep-empty'])).code).toBe(0);
    const leanText = pdfFile(fs.readFileSync(lean)).text();
    const fullText = pdfFile(fs.readFileSync(full)).text();
    expect(leanText).not.toContain('Déroulé de l’atelier');
    expect(leanText).not.toContain('Aucune action n’a encore été saisie.');
    expect(fullText).toContain('Déroulé de l’atelier');
    expect(fullText).toContain('Aucune action n’a encore été saisie.');
  });

  test.each([
    ['an unknown workshop', (dir: string) => ['--data', dir, '--workshop', 'Inconnu', '--out', path.join(work, 'x.pdf')], {}, /^No workshop "Inconnu" in /],
    ['a folder that does not exist', () => ['--sample', '--out', path.join(work, 'missing', 'x.pdf')], {}, /^Cannot write .*the folder .* does not exist$/],
    ['a missing Chromium', () => ['--sample', '--out', path.join(work, 'x.pdf')], { ATELIER_CHROMIUM: '/nowhere/chromium' }, /^ATELIER_CHROMIUM is set to "\/nowhere\/chromium", which does not exist$/],
    ['a folder without a database', () => ['--data', work, '--workshop', 'x', '--out', path.join(work, 'x.pdf')], {}, /^No Atelier database in /],
  ])('refuses %s with one clear line and a non-zero exit', async (_what, args, env, message) => {
    const { dir } = await dataFolderWith('Atelier');
    const result = await run(args(dir), env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(fs.existsSync(path.join(work, 'atelier.sqlite'))).toBe(false);
  });

  test('explains its usage on a wrong command line, with exit code 2', async () => {
    const result = await run(['--workshop']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run export -- --data DIR --workshop <id or title> --out FILE.pdf');
  });
});

describe('the export command line', () => {
  test.each([
    [['--sample', '--out', 'a.pdf'], { mode: 'sample', lang: 'en', size: 'A4' }],
    [['--sample', '--out', 'a.pdf', '--lang', 'fr', '--size', 'letter'], { mode: 'sample', lang: 'fr', size: 'Letter' }],
    [['--data', '/d', '--workshop', ' Atelier ', '--out', 'a.pdf'], { mode: 'workshop', dataDir: path.resolve('/d'), workshop: 'Atelier', lang: null }],
    [['--sample', '--out', 'a.pdf'], { sections: ['cover', 'synthesis', 'personas', 'journeys', 'voting', 'matrix', 'nextSteps'], includeEmpty: false }],
    [['--sample', '--out', 'a.pdf', '--agenda', '--keep-empty'], { sections: ['cover', 'synthesis', 'agenda', 'personas', 'journeys', 'voting', 'matrix', 'nextSteps'], includeEmpty: true }],
    [['--sample', '--out', 'a.pdf', '--sections', 'nextSteps,cover'], { sections: ['cover', 'nextSteps'] }],
  ])('%j is understood', (argv, expected) => {
    expect(parseExportArgs(argv)).toMatchObject({ ...expected, out: path.resolve('a.pdf') });
  });

  test.each([
    [['--sample'], '--out FILE.pdf is required'],
    [['--sample', '--out', 'a.png'], '--out must name a .pdf file'],
    [['--sample', '--workshop', 'x', '--out', 'a.pdf'], 'cannot be used together'],
    [['--out', 'a.pdf'], '--workshop <id or title> (or --sample) is required'],
    [['--sample', '--out', 'a.pdf', '--lang', 'de'], '--lang must be fr or en'],
    [['--sample', '--out', 'a.pdf', '--size', 'A3'], '--size must be A4 or Letter'],
    [['--sample', '--out', 'a.pdf', '--colour'], 'Unknown option "--colour"'],
    [['--sample', '--out', 'a.pdf', '--sections', 'cover,appendix'], '--sections takes cover, synthesis'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(message);
  });
});
