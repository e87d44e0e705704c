import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';
import { SEED, storyText } from '../support/fixtures';

/** Roles as "role -> holder" strings, in text order. */
function roles(text: string): string[] {
  const a = analyzeArticle(text);
  return a.roles.map((r) => `${r.text} -> ${a.mentions[r.mention].text}`);
}

test('a role right before the name', () => {
  assert.deepEqual(roles('Kremlin foreign policy adviser Yury Ushakov spoke to reporters.'), ['Kremlin foreign policy adviser -> Yury Ushakov']);
  assert.deepEqual(roles('The statement came from Police Inspector Dave Gaskin on Monday.'), ['Police Inspector -> Dave Gaskin']);
  assert.deepEqual(roles('U.S. President Donald Trump arrived.'), ['U.S. President -> Donald Trump']);
});

test('a possessor keeps its own title and the phrase belongs to the person beside it', () => {
  assert.deepEqual(roles("Russian President Vladimir Putin's foreign policy adviser, Yuri Ushakov, said nothing."), [
    'Russian President -> Vladimir Putin',
    "Russian President Vladimir Putin's foreign policy adviser -> Yuri Ushakov",
  ]);
  assert.deepEqual(roles('Vladimir Putin’s economic envoy Kirill Dmitriev landed.'), ['Vladimir Putin’s economic envoy -> Kirill Dmitriev']);
});

test('an apposition after the name', () => {
  assert.deepEqual(roles("Yury Ushakov arrived. Ushakov, the Kremlin's top aide, said talks were off."), ["Kremlin's top aide -> Ushakov"]);
  assert.deepEqual(roles('Talks included Jared Kushner, U.S. President Donald Trump’s son-in-law.'), [
    'U.S. President Donald Trump’s son-in-law -> Jared Kushner',
    'U.S. President -> Donald Trump',
  ]);
  assert.deepEqual(roles('Maren Holt, a spokeswoman for the Ministry of Defence, declined to comment.'), [
    'spokeswoman for the Ministry of Defence -> Maren Holt',
  ]);
});

test('no role without a role word, and courtesy titles are not roles', () => {
  assert.deepEqual(roles('Maren Holt, 49, arrived in Oslo with Mr. Tomas Berg.'), []);
  assert.deepEqual(roles('Ukrainian and European delegations met Maren Holt.'), []);
});

test('seed story: Dmitriev has a different role in each outlet', () => {
  const first = analyzeArticle(storyText(SEED.story, SEED.b));
  const second = analyzeArticle(storyText(SEED.story, SEED.a));
  const of = (a: typeof first, name: string) => a.roles.filter((r) => a.mentions[r.mention].text === name).map((r) => r.text);
  assert.deepEqual(of(first, 'Kirill Dmitriev'), ['Russian special envoy']);
  assert.deepEqual(of(second, 'Kirill Dmitriev'), ['Vladimir Putin’s economic envoy']);
  assert.deepEqual(of(second, 'Yury Ushakov'), ['Kremlin foreign policy adviser']);
  assert.deepEqual(of(first, 'Yuri Ushakov'), ["Russian President Vladimir Putin's foreign policy adviser"]);
  assert.deepEqual(of(second, 'Steve Witkoff'), ['White House special envoy']);
});

test('an apposition after a speech verb and its speaker, with a common noun as possessor', () => {
  assert.deepEqual(roles('"We are ready," said Ivo Marek, the town\'s deputy mayor.'), ["town's deputy mayor -> Ivo Marek"]);
  assert.deepEqual(roles('Ana Lisk, the province\'s governor, said the road would open.'), ["province's governor -> Ana Lisk"]);
});

test('member of a body is a role before or after the name; a relative clause is not a role', () => {
  assert.deepEqual(roles('Dana Holt, a board member, said no.'), ['board member -> Dana Holt']);
  assert.deepEqual(roles('Later, council member Ola Berg spoke.'), ['council member -> Ola Berg']);
  assert.deepEqual(roles('Governor Tom Brisk agreed.'), ['Governor -> Tom Brisk']);
  assert.deepEqual(roles('Piet Raas, who heads the port authority, declined to comment.'), []);
});
