/**
 * The event a date belongs to, as the claims read it: found once per article's context, since
 * every count of a sentence asks for the events of the same dates. The text is our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';
import { dateEvent, type ContextSource } from '../../server/src/analysis/compare/claimsContext';

function contextOf(text: string): ContextSource {
  const a = analyzeArticle(text, { path: 'story/outlet.txt' });
  const verbs = a.verbs ?? [];
  return { text, sentences: a.sentences, mentions: a.mentions, dates: a.dates, verbsIn: (span) => verbs.filter((v) => v.start >= span.start && v.end <= span.end) };
}

test('the event of a date is found once per context, and a fresh context finds the same', () => {
  const text = 'Police arrested 12 men on Friday, and 30 more people were detained on Saturday.';
  const src = contextOf(text);
  assert.equal(src.dates.length, 2);
  for (const d of src.dates) {
    const first = dateEvent(src, d);
    assert.equal(dateEvent(src, d), first);
    assert.deepEqual(dateEvent({ ...src }, d), first);
  }
  assert.deepEqual(
    src.dates.map((d) => dateEvent(src, d).predicates.map((p) => p.word)),
    [['arrested'], ['detained']],
  );
});

test('a participle between a determiner (and "only", or an adverb in -ly) and a noun describes the noun, and the noun before the date is its event too', () => {
  const words = (text: string) => {
    const src = contextOf(text);
    return src.dates.map((d) => dateEvent(src, d).predicates.map((p) => `${p.word}/${p.pos}`));
  };
  assert.deepEqual(words('The two mayors meet for their only planned debate on June 9.'), [['meet/verb', 'debate/noun']]);
  // A verb with its date right after it, or a participle used as a verb ("the man arrested on"), is unchanged.
  assert.deepEqual(words('The two mayors will meet on June 9.'), [['meet/verb']]);
  assert.deepEqual(words('The man arrested on June 9 was released.'), [['arrested/verb']]);
});
