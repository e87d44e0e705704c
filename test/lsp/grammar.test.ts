/**
 * Checks of the TextMate grammar without an editor: its scopes agree with the manifest's
 * semantic token scopes, and its main patterns (translated from Oniguruma to JavaScript syntax)
 * colour what they should and leave prose alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lspClient';

const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes/article.tmLanguage.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const repo = grammar.repository;

/** Translates the Oniguruma features the grammar uses into a JavaScript regular expression. */
function js(pattern: string): RegExp {
  return new RegExp(pattern.replace(/\\x\{([0-9A-Fa-f]+)\}/g, '\\u{$1}').replace(/\\A/g, '^'), 'u');
}

test('the grammar is registered under the scope name the manifest gives it', () => {
  const entry = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'article');
  assert.equal(entry.scopeName, grammar.scopeName);
  assert.equal(entry.path, './syntaxes/article.tmLanguage.json');
});

test('quotes and dates use the scopes the semantic tokens fall back to', () => {
  const scopes = manifest.contributes.semanticTokenScopes[0].scopes;
  assert.ok(scopes.quote.includes(repo.quotes.patterns[0].name));
  assert.ok(scopes.date.includes(repo['iso-date'].name));
});

test('headings: short lines without a final full stop, and nothing else', () => {
  const heading = js(repo.heading.match);
  for (const line of ["What's Happening?", 'The Vote', 'Funding', '2025 in Review']) assert.ok(heading.test(line), line);
  for (const line of [
    'The Kremlin on Sunday denied that talks were under discussion.',
    'a lower-case line',
    '"A quoted line"',
    'Funding:',
    'A very long line that goes on and on with many many words in it for sure',
  ])
    assert.ok(!heading.test(line), line);
});

test('quotation marks: curly and straight pairs on one line; apostrophes are not quotes', () => {
  const curly = js(repo.quotes.patterns[0].match);
  const straight = js(repo.quotes.patterns[1].match);
  const single = js(repo['single-quotes'].patterns[1].match);
  const singleCurly = js(repo['single-quotes'].patterns[0].match);
  assert.equal(curly.exec('He said \u201Cno one has discussed it\u201D today.')?.[2], 'no one has discussed it');
  assert.equal(straight.exec('"This bridge will link the town," said Petrov.')?.[2], 'This bridge will link the town,');
  assert.equal(single.exec("Putin's envoy met Trump's son-in-law."), null);
  assert.equal(singleCurly.exec('Putin\u2019s envoy met Trump\u2019s son-in-law.'), null);
  assert.equal(single.exec("He called it 'a farce' twice.")?.[2], 'a farce');
});

test('ISO dates, and the date header at the top of an article', () => {
  const iso = js(repo['iso-date'].match);
  assert.equal(iso.exec('on 2025-12-21 in Miami')?.[0], '2025-12-21');
  assert.equal(iso.exec('call 2025-13-01'), null);
  const header = js(repo['date-header'].match);
  assert.equal(header.exec(' date 2025-12-21 The Kremlin on Sunday')?.[2], '2025-12-21');
  assert.equal(header.exec('The date 2025-12-21 appears later'), null);
});
