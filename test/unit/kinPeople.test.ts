import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kinReferents, kinRelation } from '../../server/src/analysis/compare/kinPeople';

function check(text: string, roles: Array<{ text: string; head: string; mention: number; name: string }>, expected: number[]) {
  const names = new Map(roles.map((r) => [r.mention, r.name]));
  assert.deepEqual(kinReferents(text, { start: 0, end: text.length }, roles, (i) => names.get(i) ?? ''), expected);
}

test('words of one relation of kin are one relation', () => {
  assert.equal(kinRelation('Mum'), 'mother');
  assert.equal(kinRelation('mom'), 'mother');
  assert.equal(kinRelation('dad'), 'father');
  assert.equal(kinRelation('sisters'), 'sister');
  assert.equal(kinRelation('mayor'), undefined);
});

test('a possessive kin phrase names the one person the article gives that relation', () => {
  check('He lived in Leeds with his mum.', [{ text: 'his mother', head: 'mother', mention: 4, name: 'ruth calloway' }], [4]);
  // Two mentions of one person are one referent.
  check(
    'He lived in Leeds with his mum.',
    [
      { text: 'his mother', head: 'mother', mention: 4, name: 'ruth calloway' },
      { text: 'mother', head: 'mother', mention: 9, name: 'ruth calloway' },
    ],
    [4],
  );
});

test('no referent for kin of two people, of another owner, or for words that are not kin', () => {
  check(
    'He lived in Leeds with his sister.',
    [
      { text: 'his sister', head: 'sister', mention: 1, name: 'ruth calloway' },
      { text: 'his sister', head: 'sister', mention: 2, name: 'anna calloway' },
    ],
    [],
  );
  check('He lived in Leeds with his mum.', [{ text: 'her mother', head: 'mother', mention: 1, name: 'ruth calloway' }], []);
  check('He lived in Leeds with his lawyer.', [{ text: 'his mother', head: 'mother', mention: 1, name: 'ruth calloway' }], []);
  check('He lived in Leeds with his mum.', [], []);
});
