/**
 * Tests read only what the repository holds: their inputs live in `test/fixtures/`. A test that
 * reads `samples/` breaks when a demo story is edited; one that reads a folder beside the
 * repository or a path of one machine fails in every fresh clone. This scans the test sources for
 * such paths. The names of the folders beside the repository, and the offending lines the scan is
 * tried on, are in `test/fixtures/self-contained/scan.json`, so that this file holds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from '../support/fixtures';

interface ScanFixture {
  demoFolders: string[];
  siblingFolders: string[];
  depth: number;
  cases: { source: string; offences: number; why?: string }[];
}

const SCAN: ScanFixture = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'self-contained', 'scan.json'), 'utf8'));

/** Test sources below `dir` (TypeScript, and the workbench harness's plain modules). */
function sourcesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'fixtures' || entry.name === 'artifacts') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourcesBelow(full));
    else if (/\.(ts|mts|cts|mjs|cjs|js|sh)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * The string literals of a source (quoted or template, `${…}` parts blanked), comments left
 * out. A small scanner rather than a regular expression, so that a quote mark inside a comment
 * or a regular-expression literal does not start a string.
 */
function literals(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  let last = '';
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last))) {
      // A regular-expression literal: skip to its closing slash, outside any character class.
      let inClass = false;
      for (i++; i < source.length && source[i] !== '\n'; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '[') inClass = true;
        else if (source[i] === ']') inClass = false;
        else if (source[i] === '/' && !inClass) break;
      }
      i++;
      last = '/';
    } else if (c === "'" || c === '"' || c === '`') {
      let text = '';
      for (i++; i < source.length && source[i] !== c; i++) {
        if (source[i] === '\\') text += source[i++] + (source[i] ?? '');
        else if (c === '`' && source[i] === '$' && source[i + 1] === '{') {
          // Blanks the placeholder; a nested template inside it is not expected in tests.
          let depth = 0;
          for (; i < source.length; i++) {
            if (source[i] === '{') depth++;
            else if (source[i] === '}' && --depth === 0) break;
          }
          text += '\u0000';
        } else text += source[i];
      }
      out.push(text);
      i++;
      last = c;
    } else {
      if (!/\s/.test(c)) last = c;
      i++;
    }
  }
  return out;
}

/**
 * Why `source` (at `depth` folders below the repository root once it runs) reads outside the
 * repository or from `samples/`, one line per offence; empty when it does not.
 */
export function offencesOf(source: string, depth: number): string[] {
  const found: string[] = [];
  for (const lit of literals(source)) {
    const segments = lit.split(/[\\/]/);
    for (const demo of SCAN.demoFolders) if (segments.includes(demo)) found.push(`reads ${demo}/: '${lit}'`);
    for (const sibling of SCAN.siblingFolders) {
      if (lit === sibling || (segments.includes(sibling) && (segments.includes('corpus') || segments.includes('..')))) found.push(`reads the folder beside the repository: '${lit}'`);
    }
    if (/^\/(work|home|root|Users)(\/|$)/.test(lit)) found.push(`reads an absolute path: '${lit}'`);
    const ups = lit.split('/').filter((s) => s === '..').length;
    if (/^(\.\.\/)+/.test(lit) && ups > depth) found.push(`climbs above the repository: '${lit}'`);
  }
  // `join(__dirname, '..', '..', …)` with more steps up than the file sits below the root, or a
  // step up from the root itself.
  for (const m of source.matchAll(/\(\s*__dirname((?:\s*,\s*'\.\.')+)/g)) {
    const ups = (m[1].match(/'\.\.'/g) ?? []).length;
    if (ups > depth) found.push(`climbs above the repository: __dirname${m[1].replace(/\s+/g, '')}`);
  }
  for (const m of source.matchAll(/\(\s*(ROOT|REPO_ROOT|root)\s*,\s*'\.\.'/g)) found.push(`climbs above the repository: ${m[1]}, '..'`);
  return found;
}

/**
 * How many folders below the root a test source runs: the TypeScript tests are bundled into
 * `out/test/…` (one level deeper than their source), the workbench harness runs in place.
 */
function depthOf(file: string): number {
  const folders = relative(ROOT, file).split(sep).length - 1;
  return /\.(ts|mts|cts)$/.test(file) ? folders + 1 : folders;
}

test('the scan sees a read of samples/, of a folder beside the repository, of an absolute path and a climb above the root', () => {
  assert.equal(SCAN.cases.length, 9);
  for (const c of SCAN.cases) {
    assert.equal(offencesOf(c.source, SCAN.depth).length, c.offences, c.why ?? c.source);
  }
});

test('no test reads samples/, a folder beside the repository or a path outside the repository', () => {
  // This file is scanned too: the offending lines its first test tries live in the fixture.
  const files = sourcesBelow(join(ROOT, 'test'));
  assert.ok(files.length > 40, `found only ${files.length} test sources`);
  const offences = files.flatMap((f) => offencesOf(readFileSync(f, 'utf8'), depthOf(f)).map((o) => `${relative(ROOT, f)}: ${o}`));
  assert.deepEqual(offences, [], 'tests read inputs from test/fixtures/ (see test/support/fixtures.ts)');
});
