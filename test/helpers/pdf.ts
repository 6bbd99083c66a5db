import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A PDF on disk, read with poppler-utils and qpdf as a reader would see it: its text, pages and
 * their sizes, fonts, outline, and qpdf's structural check.
 */
export interface PdfFile {
  file: string;
  text(options?: { layout?: boolean; first?: number; last?: number }): string;
  pages(): { count: number; sizes: { width: number; height: number }[] };
  fonts(): { name: string; type: string; embedded: boolean }[];
  outline(): { title: string; page: number; kids: unknown[] }[];
  check(): { ok: boolean; output: string };
  /** Renders pages to PNG (pdftoppm) into `dir`, returning their paths. */
  toPng(dir: string, prefix: string, resolution?: number): string[];
}

export function pdfFile(bytes: Uint8Array, name = 'report.pdf'): PdfFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-pdf-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    file,
    text: ({ layout = false, first, last } = {}) =>
      run('pdftotext', [...(layout ? ['-layout'] : []), ...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : []), file, '-']),
    pages: () => {
      const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1] ?? 0);
      const info = run('pdfinfo', ['-f', '1', '-l', String(count), file]);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
        width: Math.round(Number(m[1])),
        height: Math.round(Number(m[2])),
      }));
      return { count, sizes };
    },
    fonts: () =>
      run('pdffonts', [file])
        .split('\n')
        .slice(2)
        .filter((line) => line.trim())
        .map((line) => {
          const columns = line.trim().split(/\s{2,}|\s(?=yes|no)/);
          return { name: columns[0] ?? '', type: line.includes('Type 3') ? 'Type 3' : (columns[1] ?? ''), embedded: /\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+/.test(line) };
        }),
    outline: () => {
      const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as {
        outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[];
      };
      return json.outlines.map((entry) => ({ title: entry.title, page: entry.destpageposfrom1, kids: entry.kids }));
    },
    check: () => {
      try {
        return { ok: true, output: run('qpdf', ['--check', file]) };
      } catch (error) {
        return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
      }
    },
    toPng: (target, prefix, resolution = 50) => {
      fs.mkdirSync(target, { recursive: true });
      // Pictures of an earlier, longer PDF must not linger among these.
      for (const entry of fs.readdirSync(target)) if (/-\d+\.png$/.test(entry) && entry.startsWith(`${prefix}-`)) fs.rmSync(path.join(target, entry));
      run('pdftoppm', ['-r', String(resolution), '-png', file, path.join(target, prefix)]);
      return fs
        .readdirSync(target)
        .filter((entry) => entry.startsWith(`${prefix}-`) && entry.endsWith('.png'))
        .sort()
        .map((entry) => path.join(target, entry));
    },
  };
}

/** Where each needle first appears in the haystack, or -1: "appear in order" is an increasing list. */
export function positionsOf(haystack: string, needles: readonly string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}
