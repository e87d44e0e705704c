/**
 * A part of the comparison that fails is reported beside the findings, never read as "no
 * differences": in the core (a story's problems), in the JSON report, and by the CLI on stderr
 * with its own exit status.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, Corpus, failingRules, RULES, type Article, type Rule } from '../../server/src/analysis';

/** The repository root: tests run from out/test/unit. */
const ROOT = join(__dirname, '..', '..', '..');
const STORY = join(ROOT, 'test', 'fixtures', 'report', 'harbour');
const CLI = join(ROOT, 'out', 'cli.js');

function harbour(options: ConstructorParameters<typeof Corpus>[0] = {}): Corpus {
  const corpus = new Corpus(options);
  for (const name of ['north-post.txt', 'south-daily.txt']) corpus.setArticle(`/harbour/${name}`, readFileSync(join(STORY, name), 'utf8'));
  return corpus;
}

const rulesOf = (findings: { rule: string }[]) => [...new Set(findings.map((f) => f.rule))].sort();

test('the fixture story has findings of several rules and no problems', () => {
  const story = harbour().snapshot().stories()[0];
  assert.deepEqual(rulesOf(story.findings), ['polarity-differs', 'quantity-differs', 'quote-differs']);
  assert.deepEqual(story.problems, []);
});

test('a rule that throws is a problem naming the rule and the story; the other rules keep their findings', () => {
  const story = harbour({ ruleSet: failingRules(['quote-differs']) }).snapshot().stories()[0];
  assert.deepEqual(rulesOf(story.findings), ['polarity-differs', 'quantity-differs']);
  assert.deepEqual(story.problems, [{ story: '/harbour', stage: 'quote-differs', message: 'fault injected into rule quote-differs' }]);
});

test('a rule that throws after some of its drafts contributes none of them', () => {
  // A rule that fails half-way would otherwise leave half its findings, which read as all of them.
  const quantity = RULES.find((r) => r.id === 'quantity-differs')!;
  const partial: Rule = {
    ...quantity,
    check(ctx) {
      assert.ok(quantity.check(ctx).length > 0);
      throw new RangeError('ran out of something');
    },
  };
  const story = harbour({ ruleSet: RULES.map((r) => (r.id === partial.id ? partial : r)) }).snapshot().stories()[0];
  assert.ok(!story.findings.some((f) => f.rule === 'quantity-differs'));
  assert.deepEqual(story.problems.map((p) => [p.stage, p.message]), [['quantity-differs', 'ran out of something']]);
});

test('the problem stays with the story after an edit that only moves the text', () => {
  const corpus = harbour({ ruleSet: failingRules(['quote-differs']) });
  const before = corpus.snapshot().stories()[0];
  assert.equal(before.problems.length, 1);
  const north = readFileSync(join(STORY, 'north-post.txt'), 'utf8');
  corpus.setArticle('/harbour/north-post.txt', north.replace('Maria Lindqvist, the', 'Maria Lindqvist,  the'));
  const after = corpus.snapshot().stories()[0];
  assert.notEqual(after, before);
  assert.deepEqual(after.problems.map((p) => p.stage), ['quote-differs']);
  assert.deepEqual(rulesOf(after.findings), ['polarity-differs', 'quantity-differs']);
  // An edit of the quotes runs the rule again, and it fails again.
  corpus.setArticle('/harbour/north-post.txt', north.replace('as fast as', 'as swiftly as'));
  assert.deepEqual(corpus.snapshot().stories()[0].problems.map((p) => p.stage), ['quote-differs']);
});

test('an article whose claims cannot be read is a problem naming it; the others are still compared', () => {
  const corpus = harbour();
  const north = corpus.snapshot().article('/harbour/north-post.txt')!;
  // A malformed article from some other producer: its quotes are not a list.
  corpus.putArticle({ ...north, quotes: null } as unknown as Article);
  corpus.setArticle('/harbour/west-wire.txt', readFileSync(join(STORY, 'south-daily.txt'), 'utf8').replace('60 people', '70 people'));
  const story = corpus.snapshot().stories()[0];
  const claims = story.problems.filter((p) => p.stage === 'claims');
  assert.equal(claims.length, 1, JSON.stringify(story.problems));
  assert.equal(claims[0].path, '/harbour/north-post.txt');
  assert.ok(story.findings.some((f) => f.rule === 'quantity-differs' && f.path === '/harbour/west-wire.txt'));
});

test('the JSON report lists the problems; a report without them has an empty list', () => {
  const failing = buildReport(harbour({ ruleSet: failingRules(['polarity-differs']) }).snapshot().stories());
  assert.deepEqual(failing.problems, [{ story: '/harbour', stage: 'polarity-differs', message: 'fault injected into rule polarity-differs' }]);
  assert.deepEqual(buildReport(harbour().snapshot().stories()).problems, []);
});

function cli(env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the CLI prints a failed rule on stderr, lists it in the JSON report, and exits with status 3', () => {
  const fixture = 'test/fixtures/report/harbour';
  const ok = cli({}, 'check', '--format', 'json', fixture);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stderr, '');
  assert.deepEqual(JSON.parse(ok.stdout).problems, []);

  for (const workers of ['0', '2']) {
    const r = cli({ TRIANGULATE_FAULTS: 'quote-differs', TRIANGULATE_WORKERS: workers }, 'check', '--format', 'json', fixture);
    assert.equal(r.status, 3, r.stderr);
    assert.equal(r.stderr, `triangulate: error: rule quote-differs failed on story "${fixture}" (fault injected into rule quote-differs); its findings are missing\n`);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.problems, [{ story: fixture, stage: 'quote-differs', message: 'fault injected into rule quote-differs' }]);
    assert.deepEqual(rulesOf(report.findings), ['polarity-differs', 'quantity-differs']);
  }
  for (const format of ['text', 'sarif']) {
    const r = cli({ TRIANGULATE_FAULTS: 'quantity-differs' }, 'check', '--format', format, fixture);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /rule quantity-differs failed/);
  }
  // The help documents the status.
  assert.match(cli({}, '--help').stdout, /^3 when part of the comparison failed/m);
});
