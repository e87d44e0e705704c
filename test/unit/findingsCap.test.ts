/**
 * Findings stay small when many sources disagree: each finding names at most MAX_LISTED other
 * sources in its message, related places and data, and counts the rest, so the output grows
 * with the number of sources, not with its square.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus, type Finding } from '../../server/src/analysis';
import { MAX_LISTED, groupedVersus, versus, type DraftItem } from '../../server/src/analysis/compare/rules/rule';
import { boundMs } from '../support/timing';

/**
 * A story of `n` outlets that each give a different attendance figure for one meeting; `ms` is
 * the time taken to compare them (after each was analysed).
 */
function disagreeing(n: number, value: (i: number) => number = (i) => 100 + i): { findings: Finding[]; ms: number } {
  const corpus = new Corpus();
  for (let i = 0; i < n; i++) {
    corpus.setArticle(`/meeting/outlet-${i}.txt`, `Report ${i}\n\nMaria Lindqvist said on Monday that ${value(i)} people attended the meeting in Berlin.\n`);
  }
  const started = Date.now();
  const stories = corpus.snapshot().stories();
  const findings = stories[0]?.findings ?? [];
  const ms = Date.now() - started;
  assert.equal(stories.length, 1);
  return { findings, ms };
}

function checkCapped(findings: Finding[], n: number): void {
  const differs = findings.filter((f) => f.rule === 'quantity-differs');
  assert.equal(differs.length, n, 'one finding per source');
  for (const f of differs) {
    assert.equal(f.related.length, MAX_LISTED);
    assert.ok(!f.related.some((r) => r.path === f.path), 'a finding does not relate a source to itself');
    const data = f.data as { expected: unknown[]; more: number; values: unknown[]; moreValues: number };
    assert.equal(data.expected.length, MAX_LISTED);
    assert.equal(data.more, n - 1 - MAX_LISTED);
    assert.equal(data.values.length, MAX_LISTED);
    assert.equal(data.moreValues, n - MAX_LISTED);
    assert.ok(f.message.endsWith(`and ${n - MAX_LISTED} more outlets.`), f.message.slice(-80));
    assert.ok(f.message.length < 2000, `message of ${f.message.length} characters`);
  }
  // The whole output is linear in the number of sources: a few kilobytes per finding.
  const size = JSON.stringify(differs).length;
  assert.ok(size < n * 10_000, `${size} characters of findings for ${n} sources`);
}

test('with 500 sources that all disagree on one figure, each finding names 20 others and counts the rest', () => {
  const { findings } = disagreeing(500);
  checkCapped(findings, 500);
  // The first outlets of the story (in the order of their paths) are the ones named.
  const paths = Array.from({ length: 500 }, (_, i) => `/meeting/outlet-${i}.txt`).sort();
  for (const path of [paths[0], paths[5], paths[499]]) {
    const f = findings.find((x) => x.path === path && x.rule === 'quantity-differs')!;
    assert.deepEqual(
      f.related.map((r) => r.path),
      paths.filter((p) => p !== path).slice(0, MAX_LISTED),
    );
  }
});

test('2,000 sources that all disagree on one figure are compared in bounded time and memory', () => {
  const heapBefore = process.memoryUsage().heapUsed;
  const { findings, ms } = disagreeing(2000);
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  checkCapped(findings, 2000);
  // Testing every pair took 22 s and 2.7 GB here before the shortcut for one shared context
  // and the cap; the bounds leave room for a busy machine.
  assert.ok(ms < boundMs(8000), `comparing took ${ms} ms`);
  assert.ok(heapGrowth < 1_000_000_000, `the heap grew by ${Math.round(heapGrowth / 1e6)} MB`);
});

test('figures of one context far apart form separate groups, each told apart as before', () => {
  // Two clusters of values more than four times apart count different things, not a
  // disagreement; within each, the figures differ.
  const { findings } = disagreeing(40, (i) => (i < 20 ? 100 + i : 5000 + i));
  const differs = findings.filter((f) => f.rule === 'quantity-differs');
  assert.equal(differs.length, 40);
  for (const f of differs) {
    const own = Number(/outlet-(\d+)/.exec(f.path)![1]) < 20;
    assert.equal(f.related.length, 19);
    for (const r of f.related) assert.equal(Number(/outlet-(\d+)/.exec(r.path)![1]) < 20, own, `${f.path} related to ${r.path}`);
  }
});

test('a few disagreeing sources are all listed, with nothing counted', () => {
  const { findings } = disagreeing(3);
  const differs = findings.filter((f) => f.rule === 'quantity-differs');
  assert.equal(differs.length, 3);
  for (const f of differs) {
    assert.equal(f.related.length, 2);
    assert.equal((f.data as { more?: number }).more, undefined);
    assert.ok(!/more outlet/.test(f.message), f.message);
    assert.match(f.message, /"100 people" \(outlet-0\) vs "101 people" \(outlet-1\) vs "102 people" \(outlet-2\)/);
  }
});

test('message lists name at most MAX_LISTED wordings and outlets, and count the rest', () => {
  const item = (i: number, wording: string): DraftItem => ({ path: `/s/${i}.txt`, outlet: `o${i}`, span: { start: 0, end: 1 }, wording });
  const many = Array.from({ length: 45 }, (_, i) => item(i, `w${i}`));
  const v = versus(many);
  assert.equal(v.split(' vs ').length, MAX_LISTED);
  assert.ok(v.endsWith(' and 25 more outlets'), v);
  // One wording shared by 45 outlets, and 30 distinct other wordings.
  const shared = Array.from({ length: 45 }, (_, i) => item(i, 'same'));
  const g = groupedVersus([...shared, ...Array.from({ length: 30 }, (_, i) => item(100 + i, `w${i}`))]);
  assert.match(g, /^"same" \(o0, o1, .*o19 and 25 more outlets\) vs "w0" \(o100\)/);
  assert.equal(g.split(' vs ').length, MAX_LISTED + 1);
  assert.ok(g.endsWith(' vs other figures or wordings from 11 more outlets'), g);
  assert.equal(groupedVersus([item(1, 'a'), item(2, 'b'), item(3, 'a')]), '"a" (o1, o3) vs "b" (o2)');
});

/**
 * Outlet `i` of a story whose outlets each render one statement of Maria Lindqvist in their own
 * words, half of which report an act that the other half deny, and that quote one of `groups`
 * remarks about the river (the same remark in every `groups`-th outlet), each time giving it to
 * one of eight people in turn.
 */
function disagreeingClaimsText(i: number, groups: number): string {
  const places = ['upper', 'lower', 'old', 'new', 'east', 'west', 'inner', 'outer', 'main', 'little'];
  const sites = ['quay', 'bank', 'bridge', 'market', 'mill', 'ferry', 'dock', 'weir', 'square', 'church'];
  const g = i % groups;
  const words = ['six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'many', 'several', 'few', 'some'];
  const kinds = ['new', 'old', 'wide', 'narrow', 'steel', 'stone', 'long', 'short', 'safe', 'modern', 'public', 'second'];
  const speakers = ['Anna Berg', 'Tomas Weller', 'Ingrid Halvorsen', 'Pavel Kostin', 'Lena Morrow', 'Oskar Lind', 'Marta Silva', 'Jonas Eriksen'];
  const rendering = `${words[i % words.length]} ${kinds[Math.floor(i / words.length) % kinds.length]} ${kinds[(i * 7) % kinds.length]}`;
  return [
    `Outlet ${i} report`,
    `Maria Lindqvist, the mayor of Harbourton, said: "We will rebuild the ${rendering} bridge within months and open it to traffic soon."`,
    i % 2 ? 'Velmora Transit confirmed it would fund the bridge repairs this year.' : 'Velmora Transit denied it would fund the bridge repairs this year.',
    `"The river has never risen this fast in living memory by the ${places[g % 10]} ${sites[Math.floor(g / 10) % 10]}," ${speakers[i % speakers.length]} told reporters on Monday.`,
  ].join('\n\n');
}

/**
 * The groups each source of such a story is in, per rule, by their size for `n` sources: the
 * statement (all sources) and, since the remark about the river is worded differently in each
 * group, each speaker's renderings of it (an eighth of the sources); the act (all sources); the
 * remark given to rival speakers (20 sources each).
 */
const GROUPS: ReadonlyArray<[string, Array<(n: number) => number>]> = [
  ['quote-differs', [(n) => n, (n) => n / 8]],
  ['polarity-differs', [(n) => n]],
  ['attribution-differs', [() => 20]],
];

test('2,000 sources that disagree on a quotation, an act and an attribution: one finding per source and rule, in bounded time and memory', () => {
  const n = 2000;
  const corpus = new Corpus();
  // Remarks shared by at most 50 sources are compared for their speakers (more is a stock phrase).
  for (let i = 0; i < n; i++) corpus.setArticle(`/river/outlet-${String(i).padStart(4, '0')}.txt`, disagreeingClaimsText(i, n / 20));
  const heapBefore = process.memoryUsage().heapUsed;
  const started = Date.now();
  const story = corpus.snapshot().stories()[0];
  const findings = story.findings;
  const ms = Date.now() - started;
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  assert.deepEqual(story.problems, []);
  // Each pair of disagreeing sources was a finding before: 2,000 sources ran out of heap.
  assert.ok(ms < boundMs(40_000), `comparing took ${ms} ms`);
  assert.ok(heapGrowth < 1_500_000_000, `the heap grew by ${Math.round(heapGrowth / 1e6)} MB`);
  for (const [rule, groups] of GROUPS) {
    const own = findings.filter((f) => f.rule === rule);
    assert.equal(own.length, n * groups.length, `${rule}: one finding per source and group`);
    for (const f of own) {
      // Every other source of the group is named or counted.
      const others = f.related.length + ((f.data as { more?: number }).more ?? 0);
      assert.ok(groups.some((size) => others === size(n) - 1), `${rule}: ${others} others`);
      assert.ok(f.related.length <= MAX_LISTED, `${rule}: ${f.related.length} related places`);
      assert.ok(f.message.length < 4000, `${rule}: message of ${f.message.length} characters`);
    }
  }
  const quote = findings.find((f) => f.rule === 'quote-differs' && f.message.startsWith('Maria'))!;
  assert.match(quote.message, /^Maria Lindqvist's words are quoted in \d+ different ways: /);
  const act = findings.find((f) => f.rule === 'polarity-differs')!;
  assert.match(act.message, /some report it as done, others as denied or not done: (denied|affirmed): "Velmora Transit/);
  const who = findings.find((f) => f.rule === 'attribution-differs')!;
  assert.match(who.message, /^The same words are attributed to different speakers: "The river has never risen this fast in living memory by the \w+ \w+" to \w+ \w+ \(outlet-\d+, /);
  const size = JSON.stringify(findings).length;
  assert.ok(size < n * 4 * 10_000, `${size} characters of findings`);
});

test('two sources that disagree keep the message that names both', () => {
  const corpus = new Corpus();
  for (const i of [0, 1]) corpus.setArticle(`/river/outlet-${i}.txt`, disagreeingClaimsText(i, 1));
  const findings = corpus.snapshot().stories()[0].findings;
  const one = (rule: string) => findings.find((f) => f.rule === rule && f.path.endsWith('outlet-0.txt'))!.message;
  assert.match(one('quote-differs'), /^Maria Lindqvist's words are quoted differently: "We will rebuild the six new new bridge[^"]*" \(outlet-0\) vs "We will rebuild the seven new short bridge[^"]*" \(outlet-1\); /);
  assert.match(one('polarity-differs'), /one reports it as done, the other as denied or not done: "Velmora Transit denied[^"]*" \(outlet-0, denied\) vs "Velmora Transit confirmed[^"]*" \(outlet-1, affirmed\)\.$/);
  assert.match(one('attribution-differs'), /"The river has never risen this fast in living memory by the upper quay" to Anna Berg \(outlet-0\) vs to Tomas Weller \(outlet-1\)\.$/);
});

test('the CLI checks 500 disagreeing sources in under 30 s, with valid JSON and one finding per source and rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-cap-'));
  try {
    mkdirSync(join(dir, 'river'));
    for (let i = 0; i < 500; i++) writeFileSync(join(dir, 'river', `outlet-${String(i).padStart(4, '0')}.txt`), disagreeingClaimsText(i, 25));
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(__dirname, '..', '..', 'cli.js'), 'check', '--format', 'json', 'river'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });
    const ms = Date.now() - started;
    assert.equal(r.status, 0, r.stderr);
    assert.ok(ms < boundMs(30_000), `the check took ${ms} ms`);
    const report = JSON.parse(r.stdout) as { findings: { rule: string }[] };
    for (const [rule, groups] of GROUPS) assert.equal(report.findings.filter((f) => f.rule === rule).length, 500 * groups.length, rule);
    // Before the cap: 196,120 findings and 231 MB of JSON for the same story.
    assert.ok(r.stdout.length < 20_000_000, `${r.stdout.length} characters of JSON`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
