import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveDescription, type FoundSpeaker } from '../../server/src/analysis/extract/attribution';
import type { Mention } from '../../server/src/analysis/types';

/** The people of `text` named by `names` (each at its first place after the last), and "the <head>" said at the end. */
function check(text: string, names: string[], head: string): string | null {
  const mentions: Mention[] = [];
  let from = 0;
  for (const n of names) {
    const start = text.indexOf(n, from);
    assert.ok(start >= 0, n);
    mentions.push({ start, end: start + n.length, text: n, kind: 'person', key: n.toLowerCase() });
    from = start + n.length;
  }
  const at = text.lastIndexOf(`the ${head}`) + 4;
  const speaker: FoundSpeaker = { start: at, end: at + head.length, text: head, kind: 'description' };
  const m = resolveDescription(text, mentions, speaker);
  return m === null ? null : mentions[m].text;
}

test('a description speaker stands for the person last named with its head as a title, in any case', () => {
  assert.equal(check('Police SPOKESMAN Tom Reed met Ann Lee. Later the spokesman said no.', ['Tom Reed', 'Ann Lee'], 'spokesman'), 'Tom Reed');
  assert.equal(check('Ann Lee met Tom Reed, a spokesman for the port. Later the spokesman said no.', ['Ann Lee', 'Tom Reed'], 'spokesman'), 'Tom Reed');
  // Of two people given the title, the one named last.
  assert.equal(check('Judge Ann Lee and Judge Tom Reed sat. Lee ruled. Then the judge said no.', ['Ann Lee', 'Tom Reed', 'Lee'], 'judge'), 'Lee');
});

test('a head as an owner, or inside a longer word, is no title', () => {
  assert.equal(check("The spokesman's aide Ann Lee left. Then the spokesman said no.", ['Ann Lee'], 'spokesman'), null);
  assert.equal(check('Spokesmanship expert Ann Lee left. Then the spokesman said no.', ['Ann Lee'], 'spokesman'), null);
  // "'s" followed by a letter is not a possessive ending.
  assert.equal(check("Ann Lee, spokesman'sa nonsense word, left. Then the spokesman said no.", ['Ann Lee'], 'spokesman'), 'Ann Lee');
});

test('letters beyond ASCII around the name are read as letters', () => {
  assert.equal(check('Police spokesman Zoë Brück met Ann Lee. Later the spokesman said no.', ['Zoë Brück', 'Ann Lee'], 'spokesman'), 'Zoë Brück');
  assert.equal(check('Ann Lee met Zoë Brück, a spokesman for the port. Later the spokesman said no.', ['Ann Lee', 'Zoë Brück'], 'spokesman'), 'Zoë Brück');
  assert.equal(check('Ann Lee met Zoë Brück, a Éspokesman for the port. Later the spokesman said no.', ['Ann Lee', 'Zoë Brück'], 'spokesman'), null);
});
