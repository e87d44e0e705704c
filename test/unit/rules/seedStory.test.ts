import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../../server/src/analysis';
import { SEED, storyTexts } from '../../support/fixtures';

/**
 * The seed story's expected findings (two outlets' reports of the Kremlin denying three-way
 * talks), from the real extractors, linking and rules together.
 */

function findings() {
  const corpus = new Corpus();
  for (const [f, text] of storyTexts(SEED.story)) corpus.setArticle(`kremlin-talks/${f}`, text);
  return corpus.snapshot().stories()[0].findings;
}

test('seed story: Yuri/Yury Ushakov is a name variant on both articles', () => {
  const f = findings().filter((x) => x.rule === 'name-variant' && /"Yuri Ushakov" \(000_3b96670c0742de4e\) vs "Yury Ushakov" \(003_f8e5167f93d04d44\)/.test(x.message));
  assert.equal(f.length, 2);
});

test('seed story: Kirill Dmitriev\'s roles differ, as a warning naming both wordings', () => {
  const f = findings().filter((x) => x.rule === 'role-differs' && /^Kirill Dmitriev's role differs/.test(x.message));
  assert.equal(f.length, 2);
  assert.match(f[0].message, /"Russian special envoy" \(000_3b96670c0742de4e\) vs "Vladimir Putin’s economic envoy" \(003_f8e5167f93d04d44\)/);
  assert.equal(f[0].severity, 'warning');
});

test('seed story: Ushakov\'s paraphrase in 000 is linked to his direct quote in 003 as a paraphrase', () => {
  const f = findings().filter((x) => x.rule === 'quote-differs');
  assert.equal(f.length, 2);
  assert.ok(f.every((x) => x.severity === 'hint' && /paraphrases/.test(x.message)));
  assert.match(f[0].message, /"no serious discussions regarding such an initiative are currently underway" \(000_3b96670c0742de4e\) paraphrases "At present, no one has seriously discussed this initiative/);
});

test('seed story: Witkoff\'s "U.S. special envoy" and "White House special envoy" agree, with the reason', () => {
  const all = findings();
  assert.equal(all.filter((x) => /Witkoff/.test(x.message) && x.rule === 'role-differs').length, 0);
  const agree = all.filter((x) => x.rule === 'role-agrees' && /Steve Witkoff/.test(x.message));
  assert.equal(agree.length, 2);
  assert.match(agree[0].message, /"White House" stands for the U\.S\. presidency/);
});

test('seed story: the only warnings are Dmitriev\'s roles (nothing a careful reader would call wrong)', () => {
  const warnings = findings().filter((x) => x.severity === 'warning' || x.severity === 'error');
  assert.deepEqual(warnings.map((x) => x.rule), ['role-differs', 'role-differs']);
});
