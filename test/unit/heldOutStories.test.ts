import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, type Finding } from '../../server/src/analysis';
import { storyTexts } from '../support/fixtures';

/**
 * Invented stories written the way held-out news is (three national outlets on one political
 * event; three local outlets on one shooting), each with differences planted as a fact-checker
 * would find them and agreements worded differently. Each test states what a fact-checker
 * needs: the planted differences flagged at the right severity, pointing at the other outlet's
 * words, and the agreements silent. The stories' snapshots (`test/fixtures/snapshots/`) show
 * every finding; these tests name the ones that matter.
 */

interface Found {
  findings: Finding[];
  /** The distinct findings of one rule whose message matches every pattern. */
  of(rule: string, ...patterns: RegExp[]): Finding[];
}

function check(name: string): Found {
  const corpus = new Corpus();
  for (const [file, text] of storyTexts(name)) corpus.setArticle(`stories/${name}/${file}`, text);
  const story = corpus.snapshot().stories()[0];
  assert.ok(story, `${name} forms a story`);
  const findings = story.findings;
  return {
    findings,
    of: (rule, ...patterns) => {
      const hits = findings.filter((f) => f.rule === rule && patterns.every((p) => p.test(f.message)));
      return hits.filter((f, i) => hits.findIndex((g) => g.message === f.message) === i);
    },
  };
}

/** Asserts one finding, at `severity`, whose related locations include an article of `outlet`. */
function one(found: Finding[], severity: string, outletFile: string): void {
  assert.equal(found.length, 1, `one finding expected, got ${found.map((f) => f.message).join(' | ') || 'none'}`);
  assert.equal(found[0].severity, severity, found[0].message);
  assert.ok(found[0].related.some((r) => r.path.endsWith(outletFile)) || found[0].path.endsWith(outletFile), `the finding points at ${outletFile}`);
}

test('held-out style, shooting (delmar-party): age, injured count, spelling, title and sought vs arrested are flagged; agreements are silent', () => {
  const s = check('delmar-party');
  one(s.of('age-differs', /Lena Okafor/, /\b22\b/, /\b23\b/), 'warning', 'wbrn-news.txt');
  // Two articles of the same day disagree: a warning, though the third, a day later, agrees with one.
  one(s.of('quantity-differs', /people injured/, /"injuring five others"/, /"four injured"/), 'warning', 'wbrn-news.txt');
  one(s.of('name-variant', /"Tavon Pruit"/), 'information', 'brannock-tribune.txt');
  assert.ok(s.of('role-differs', /"Police Chief"/, /"Deputy Chief"/).length >= 1, 'the two titles of Ruth Ambrose');
  one(s.of('status-differs', /"looking for Marcus Delacroix"/, /"Marcus Delacroix, 24, was arrested"/), 'warning', 'wbrn-news.txt');
  // The same remark with a comma dropped, a fragment of it and another remark of the same
  // speaker; the time "11:40 p.m." and "shortly before midnight"; the bar shooting in January.
  assert.deepEqual(s.of('quote-differs').filter((f) => f.severity !== 'hint'), []);
  assert.deepEqual(s.of('date-differs'), []);
  assert.deepEqual(s.findings.filter((f) => /Fenwick|one person was killed|three injured/.test(f.message)), []);
  assert.deepEqual(s.of('age-differs', /Delacroix|Pruitt/), []);
});

test('held-out style, shooting (pine-street): a victim\'s age, the wounded count and a negated quote are flagged; "5th"/"Fifth" and another remark are silent', () => {
  const s = check('pine-street');
  one(s.of('age-differs', /Jaylen Brooks/, /\b16\b/, /\b15\b/), 'warning', 'wehc-news.txt');
  one(s.of('quote-differs', /"no" → "every"/), 'warning', 'heights-herald.txt');
  const wounded = s.of('quantity-differs', /people injured/, /"wounded three other teenagers"/, /"wounded two others"/);
  assert.equal(wounded.length, 1);
  // The later article gives three wounded: shown as a figure that changed, not as a correction.
  assert.equal(wounded[0].severity, 'information');
  assert.deepEqual(s.of('place-differs'), []);
  assert.deepEqual(s.of('date-differs'), []);
  assert.deepEqual(s.of('quote-differs', /just waiting to go home/), []);
});

test('held-out style, political (budget-vote): a changed title and a changed word of a quote are warnings; the same quote, a longer title list and an earlier vote are silent', () => {
  const s = check('budget-vote');
  one(s.of('role-differs', /"Economy Minister"/, /"Finance Minister"/), 'warning', 'daily-courant.txt');
  one(s.of('quote-differs', /Tomas Ruhl/, /"the final" → "every"/), 'warning', 'norland-times.txt');
  assert.deepEqual(s.of('quote-differs', /will not raise taxes/), []);
  assert.deepEqual(s.of('role-differs', /Deputy Prime Minister/).filter((f) => f.severity !== 'hint'), []);
  assert.deepEqual(s.findings.filter((f) => /\b48\b|\b52\b/.test(f.message)), []);
});

test('held-out style, political (health-minister): fired vs resigned, a tenfold figure and a dropped word of a quote are flagged; another remark and an earlier resignation are silent', () => {
  const s = check('health-minister');
  one(s.of('status-differs', /fired and as resigned/), 'warning', 'national-wire.txt');
  one(s.of('quantity-differs', /"40 million euro"/, /"14 million euro"/), 'warning', 'norland-times.txt');
  one(s.of('quote-differs', /Pieter Annan/, /adds "full"/), 'warning', 'norland-times.txt');
  assert.deepEqual(s.of('quote-differs', /been through enough/), []);
  assert.deepEqual(s.findings.filter((f) => /Karin Moe|2023/.test(f.message)), []);
});
