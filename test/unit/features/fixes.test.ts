/** Highlighted spans and the fixes offered for a finding, from the core. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingMatching, quickFixes, tokenSpans } from '../../../server/src/analysis';
import { fixture, wordsAt } from './fixture';

test('highlights: names, dates and numbers win over the quote around them, which is split; speakers and unresolved dates are marked', () => {
  const f = fixture(`
//- s/a.txt
"Anna Berg paid €5 million on Monday," said Lena Holt.
`);
  assert.deepEqual(
    tokenSpans(f.snapshot.article('s/a.txt')!).map((t) => `${t.type}${t.modifiers.length ? `(${t.modifiers.join(',')})` : ''} ${wordsAt(f, 's/a.txt', t)}`),
    ['quote "', 'person Anna Berg', 'quote  paid ', 'quantity €5 million', 'quote  on ', 'date(unresolved) Monday', 'quote ,"', 'person(speaker) Lena Holt'],
  );
});

const VARIANT = `
//- s/north.txt
Mayor Aleksandr Petrov said the bridge will cost €80 million.
//- s/south.txt
Mayor Alexander Petrov said the bridge will cost 85 million euros.
`;

test('a name variant can be reconciled, made an alias of both spellings, or opened in the other source', () => {
  const f = fixture(VARIANT);
  const finding = f.snapshot.storyOf('s/north.txt')!.findings.find((x) => x.path === 's/north.txt' && x.rule === 'name-variant')!;
  assert.ok(finding);
  const fixes = quickFixes(f.snapshot, finding);
  assert.deepEqual(
    fixes.map((x) => x.title),
    ['Mark as reconciled (name-variant)', 'Add alias: "Aleksandr Petrov" = "Alexander Petrov"', 'Open south at "Alexander Petrov"'],
  );
  const open = fixes[2];
  assert.ok(open.kind === 'open' && wordsAt(f, open.path, open.span) === 'Alexander Petrov');
  const alias = fixes[1];
  assert.ok(alias.kind === 'alias');
  assert.deepEqual(alias.names, ['Aleksandr Petrov', 'Alexander Petrov']);
});

test('other findings offer no alias', () => {
  const f = fixture(VARIANT);
  const finding = f.snapshot.storyOf('s/north.txt')!.findings.find((x) => x.path === 's/north.txt' && x.rule === 'quantity-differs')!;
  assert.deepEqual(
    quickFixes(f.snapshot, finding).map((x) => x.kind),
    ['reconcile', 'open'],
  );
});

test('the finding behind a diagnostic is found by rule and words, its message first', () => {
  const f = fixture(VARIANT);
  const finding = f.snapshot.storyOf('s/north.txt')!.findings.find((x) => x.path === 's/north.txt' && x.rule === 'name-variant')!;
  const ref = { rule: finding.rule, start: finding.start, end: finding.end };
  assert.equal(findingMatching(f.snapshot, 's/north.txt', { ...ref, message: finding.message }), finding);
  assert.equal(findingMatching(f.snapshot, 's/north.txt', { ...ref, message: 'worded before an edit' }), finding);
  assert.equal(findingMatching(f.snapshot, 's/north.txt', { ...ref, rule: 'quote-differs' }), undefined);
  assert.equal(findingMatching(f.snapshot, 's/north.txt', { ...ref, start: ref.start + 1 }), undefined);
  assert.equal(findingMatching(f.snapshot, 's/missing.txt', ref), undefined);
});
