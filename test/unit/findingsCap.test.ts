/**
 * Findings stay small when many sources disagree: each finding names at most MAX_LISTED other
 * sources in its message, related places and data, and counts the rest, so the output grows
 * with the number of sources, not with its square.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, type Finding } from '../../server/src/analysis';
import { MAX_LISTED, groupedVersus, versus, type DraftItem } from '../../server/src/analysis/compare/rules/rule';

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
  assert.ok(ms < 8000, `comparing took ${ms} ms`);
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
