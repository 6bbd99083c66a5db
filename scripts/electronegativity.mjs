#!/usr/bin/env node
// `npm run electronegativity`: Doyensec's Electron misconfiguration scanner over main/ (it parses
// TypeScript itself, with typescript-estree and then Babel). Fails on any finding that is not
// justified in the code.
//
// A finding is justified by a comment on its line or in the comment block just above it:
//   // electronegativity-justified SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK: why this is safe
// A global finding (no file) is justified by such a comment anywhere in main/.
// The reason after the colon is required. Excluded: AvailableSecurityFixesGlobalCheck, which
// fetches Electron's release list from the internet.
//
// Not covered by the tool (the IPC sender check, no file://, fuses, no exposed Electron API):
// test/unit/electron/*.test.ts and test/unit/security.test.ts test those.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const INPUT = 'main';
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
// Keeps the scanner from fetching its message translations (see the file).
const OFFLINE_SHIM = path.join(root, 'scripts', 'electronegativity-offline.cjs');
const MARKER = /electronegativity-justified\s+([A-Z0-9_,\s]+?)\s*:\s*\S/g;

/**
 * The findings of the tool's SARIF report (JSON: nothing to unquote): rule, level, file relative
 * to INPUT ('' for a global check, which the tool reports at file:///), line, column.
 */
function readSarif(text) {
  const results = JSON.parse(text).runs?.[0]?.results ?? [];
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    const file = uri.startsWith('file:') ? '' : uri;
    return { id: result.ruleId, level: result.level ?? '', file, line: location?.region?.startLine ?? 0, column: location?.region?.startColumn ?? 0 };
  });
}

function justifiedIds(text) {
  const ids = new Set();
  for (const match of text.matchAll(MARKER)) {
    for (const id of match[1].split(/[\s,]+/)) if (id) ids.add(id);
  }
  return ids;
}

/** The finding's line plus the contiguous comment lines right above it. */
function commentContext(lines, lineNumber) {
  const context = [lines[lineNumber - 1] ?? ''];
  for (let i = lineNumber - 2; i >= 0; i -= 1) {
    const line = lines[i].trim();
    if (!/^(\/\/|\/\*|\*)/.test(line)) break;
    context.push(line);
  }
  return context.join('\n');
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [file] : [];
  });
}

const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
function unparsableFiles() {
  const { Parser } = require('@doyensec/electronegativity/dist/parser/parser.js');
  const parser = new Parser(false, true);
  const problems = [];
  for (const file of sourceFiles(path.join(root, INPUT))) {
    try {
      parser.parse(file, readFileSync(file));
    } catch (error) {
      problems.push(`  ${path.relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/** Runs the scan in `work` and returns the exit code. */
function check(work) {
  const report = path.join(work, 'electronegativity.sarif');
  const run = spawnSync(
    'npx',
    ['--no-install', 'electronegativity', '-i', INPUT, '-x', EXCLUDED.join(','), '-e', electronVersion, '-o', report, '-r', '-v', 'false'],
    {
      cwd: root,
      encoding: 'utf8',
      shell: process.platform === 'win32',
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(OFFLINE_SHIM)}`.trim() },
    },
  );
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}\n${run.error?.message ?? ''}`;
  let rows;
  try {
    rows = readSarif(readFileSync(report, 'utf8'));
  } catch {
    console.error(`electronegativity produced no report:\n${output}`);
    return 1;
  }
  let exitCode = 0;
  // The tool skips a file it cannot parse and, with -o, says nothing about it: parse every file
  // with the tool's own parser first, so a skipped file fails the check instead of passing it.
  const parseErrors = unparsableFiles();
  if (parseErrors.length > 0) {
    console.error(`electronegativity cannot parse (so it did not check):\n${parseErrors.join('\n')}`);
    exitCode = 1;
  }

  const globalIds = justifiedIds(sourceFiles(path.join(root, INPUT)).map((file) => readFileSync(file, 'utf8')).join('\n'));
  const unjustified = [];
  const justified = [];
  for (const { id, level, file, line: lineNumber, column } of rows) {
    const lines = file ? readFileSync(path.join(root, INPUT, file), 'utf8').split('\n') : [];
    const ok = file ? justifiedIds(commentContext(lines, lineNumber)).has(id) : globalIds.has(id);
    const where = file ? `${INPUT}/${file}:${lineNumber}:${column}` : 'global';
    const sample = file ? (lines[lineNumber - 1] ?? '').trim() : '';
    const line = `${id} (${level}) ${where}${sample ? `  ${sample}` : ''}`;
    (ok ? justified : unjustified).push(line);
  }

  console.log(`electronegativity (Electron ${electronVersion}, ${INPUT}/): ${rows.length} finding(s)`);
  for (const line of justified) console.log(`  justified   ${line}`);
  for (const line of unjustified) console.log(`  UNJUSTIFIED ${line}`);
  if (unjustified.length > 0) {
    console.error(`\n${unjustified.length} finding(s) need a fix or an "electronegativity-justified ID: reason" comment.`);
    exitCode = 1;
  }
  return exitCode;
}

const work = mkdtempSync(path.join(tmpdir(), 'atelier-electronegativity-'));
try {
  process.exitCode = check(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
