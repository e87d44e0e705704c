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

test('prefixed and compound titles are kept whole', () => {
  assert.deepEqual(roles('On Friday ex-Deputy Prime Minister Ivo Marek arrived.'), ['ex-Deputy Prime Minister -> Ivo Marek']);
  assert.deepEqual(roles('The former deputy mayor Ana Lisk said no.'), ['former deputy mayor -> Ana Lisk']);
  assert.deepEqual(roles('Then-Governor Ana Lisk signed it.'), ['Then-Governor -> Ana Lisk']);
  assert.deepEqual(roles('Ivo Marek, the ex-mayor of Leeds, said no.'), ['ex-mayor of Leeds -> Ivo Marek']);
  assert.deepEqual(roles('Tom Brisk, acting director of the Bureau of Land Records, said no.'), ['acting director of the Bureau of Land Records -> Tom Brisk']);
  assert.deepEqual(roles('The former acting director of the Bureau of Land Records, Tom Brisk, said no.'), ['former acting director of the Bureau of Land Records -> Tom Brisk']);
});

test('a negated role is not a role', () => {
  assert.deepEqual(roles('A neighbour who is not a police officer, Tom Brisk, ran into the house.'), []);
  assert.deepEqual(roles('He was never a police officer, Tom Brisk said.'), []);
  assert.deepEqual(roles('It was no longer Mayor Ana Lisk who decided.'), []);
});

test('a role before a comma belongs to the name only when the name closes an apposition', () => {
  assert.deepEqual(roles('Police shot the suspect, Lee said.'), []);
  assert.deepEqual(roles('The guards stopped the gunman, Ana Lisk told reporters.'), []);
  assert.deepEqual(roles('The spokeswoman, Ana Lisk, said no.'), ['spokeswoman -> Ana Lisk']);
  assert.deepEqual(roles('Police said the suspect, Tom Vell, 24, fled.'), ['suspect -> Tom Vell']);
  assert.deepEqual(roles('The victim, Ana Lisk of Velmora, died.'), ['victim -> Ana Lisk']);
});

test('a description the text identifies with a name is its role', () => {
  assert.deepEqual(roles('The gunman, identified as Tom Vell, fled.'), ['gunman -> Tom Vell']);
  assert.deepEqual(roles('The victim, who was later identified by police as Ana Lisk, died.'), ['victim -> Ana Lisk']);
  assert.deepEqual(roles('Police named the suspect as Tom Vell on Friday.'), ['suspect -> Tom Vell']);
  assert.deepEqual(roles('Police identified him as Tom Vell.'), []);
});
