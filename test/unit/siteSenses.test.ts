import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { relateSites } from '../../server/src/analysis/compare/siteSenses';

test('the site lexicon is WordNet data kept in the repository within its size budget', () => {
  const file = join(__dirname, '..', '..', '..', 'server', 'src', 'analysis', 'data', 'siteLexicon.json');
  assert.ok(statSync(file).size < 80_000, `${statSync(file).size} bytes`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  assert.match(data.notice, /WordNet/);
  assert.match(data.license, /Princeton University/);
});

test('a site and a kind of it at any depth are one; sites neither of which is a kind of the other are two', () => {
  assert.equal(relateSites('house', 'building'), 'same');
  assert.equal(relateSites('car', 'vehicle'), 'same');
  assert.equal(relateSites('houses', 'house'), 'same');
  assert.equal(relateSites('flat', 'apartment'), 'same');
  assert.equal(relateSites('house', 'pier'), 'other');
  assert.equal(relateSites('airport', 'house'), 'other');
  assert.equal(relateSites('zzxq', 'house'), 'unknown');
  assert.equal(relateSites('', 'house'), 'unknown');
});
