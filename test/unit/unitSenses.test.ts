import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { relateUnits, unitHead } from '../../server/src/analysis/compare/unitSenses';

test('the unit lexicon is WordNet data kept in the repository within its size budget', () => {
  const file = join(__dirname, '..', '..', '..', 'server', 'src', 'analysis', 'data', 'unitLexicon.json');
  assert.ok(statSync(file).size < 220_000, `${statSync(file).size} bytes`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  assert.match(data.notice, /WordNet/);
  assert.match(data.license, /Princeton University/);
});

test('count nouns that share a sense are synonyms; one whose sense is the other\'s direct hypernym names a kind of it', () => {
  assert.equal(relateUnits('protesters', 'demonstrator'), 'synonym');
  assert.equal(relateUnits('car', 'automobile'), 'synonym');
  assert.equal(relateUnits('surgeon', 'doctors'), 'kind');
  assert.equal(relateUnits('doctor', 'surgeon'), 'kind');
  assert.equal(relateUnits('international observers', 'experts'), 'kind');
  // Different groups, the same noun (compared by unit already), and words the lexicon does not hold.
  assert.equal(relateUnits('surgeon', 'nurse'), null);
  assert.equal(relateUnits('protester', 'protesters'), null);
  assert.equal(relateUnits('zzxq', 'doctor'), null);
  assert.equal(relateUnits('', ''), null);
});

test('a hypernym as general as "person" relates nothing: a victim and a suspect are not one group', () => {
  assert.equal(relateUnits('victim', 'person'), null);
  assert.equal(relateUnits('suspect', 'people'), null);
  assert.equal(unitHead('People '), 'person');
});
