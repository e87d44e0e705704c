import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The bundled CLI: out/test/unit/cliWorkers.test.js → out/cli.js.
const CLI = join(__dirname, '..', '..', 'cli.js');
let dir = '';

/** Runs `triangulate check` with the given number of worker threads (0: all in the main thread). */
function check(workers: number, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, TRIANGULATE_WORKERS: String(workers) };
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PEOPLE = ['Maria Lopez', 'Henrik Dahl', 'Amara Okafor', 'Tomasz Wilk', 'Grace Liu'];
const PLACES = ['Porto', 'Gdansk', 'Nairobi', 'Halifax'];
const MONTHS = ['March', 'April', 'May'];

/**
 * One outlet's report: the same event with numbers, dates and quotes that differ a little from
 * outlet to outlet, so that the comparison has findings to report, and a length that varies.
 */
function report(story: number, outlet: number): string {
  const who = PEOPLE[(story + outlet) % PEOPLE.length];
  const other = PEOPLE[(story + 2) % PEOPLE.length];
  const place = PLACES[story % PLACES.length];
  const lines = [
    `title: Flooding closes the port of ${place}`,
    `date: 2025-0${3 + (outlet % 3)}-1${story}`,
    '',
    `Heavy rain closed the port of ${place} on ${MONTHS[outlet % 3]} ${4 + (outlet % 2)}, officials said.`,
    `"We have never seen water this high," said ${who}, the harbour master.`,
    `About ${200 + 10 * (outlet % 3)} people were moved from their homes, and ${3 + (outlet % 2)} roads stayed closed.`,
    `${other} told reporters that repairs would cost ${12 + outlet} million euros.`,
  ];
  for (let i = 0; i < outlet % 4; i++) lines.push(`Residents of ${place} waited for buses while ${who} spoke for ${20 + i} minutes about the next ${i + 2} days.`);
  return `${lines.join('\n')}\n`;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-workers-'));
  // Stories of different sizes, so that threads share some stories' analysis and not others'.
  const sizes = [14, 3, 9, 1];
  sizes.forEach((count, story) => {
    const folder = join(dir, `story-${story}`);
    mkdirSync(folder);
    for (let outlet = 0; outlet < count; outlet++) writeFileSync(join(folder, `outlet-${String(outlet).padStart(2, '0')}.txt`), report(story, outlet));
  });
  // An impossible header date: a finding on one article alone, which must keep its place in the order.
  writeFileSync(join(dir, 'story-1', 'outlet-zz.txt'), 'date: 2025-02-31\n\nThe port of Porto stayed shut.\n');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const format of ['text', 'json', 'sarif']) {
  test(`${format} output with two worker threads is byte for byte that of one thread`, () => {
    const one = check(0, '.', '--format', format);
    assert.equal(one.status, 0, one.stderr);
    // The corpus must give the comparison something to say, or the test would compare empty reports.
    if (format === 'text') assert.match(one.stdout, /outlet-\d\d\.txt:\d+:\d+: /);
    const two = check(2, '.', '--format', format);
    assert.equal(two.status, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
  });
}

test('one story of every article, shared between two threads, gives the same report as one thread', () => {
  const one = check(0, '.', '--story-scope', 'workspace', '--format', 'json');
  assert.equal(one.status, 0, one.stderr);
  assert.ok(JSON.parse(one.stdout).findings.length > 0, 'the story has findings');
  const two = check(2, '.', '--story-scope', 'workspace', '--format', 'json');
  assert.equal(two.status, 0, two.stderr);
  assert.equal(two.stdout, one.stdout);
  // More threads than files of the smallest story, and than there are cores, change nothing either.
  const many = check(5, '.', '--story-scope', 'workspace', '--format', 'json');
  assert.equal(many.stdout, one.stdout);
});
