/**
 * The earlier offences of one kind a person has, compared across outlets: "three prior DUI
 * convictions" is three, "his second DWI" is one; DUI, DWI, OWI and drunk driving are one kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFindings } from '../support/story';
import { analyzeArticle } from '../../server/src/analysis';
import { extractFrames } from '../../server/src/analysis/compare/frames';

function priorsOf(body: string): string[] {
  const article = analyzeArticle(body, { path: 'a.txt' });
  return extractFrames(article).people.priors.map((p) => `${article.mentions[p.mention].text} ${p.offence || '-'} ${p.noun ?? '-'}=${p.value}: ${p.text}`);
}

const priorFindings = (files: Record<string, string>) => storyFindings(files, { rule: 'quantity-differs', message: /earlier/ });

test('a count of prior offences and an ordinal offence are read for the person named before them', () => {
  assert.deepEqual(priorsOf('Court records show Dwayne Kettering has three prior DUI convictions.'), ['Dwayne Kettering drunk driving conviction=3: three prior DUI convictions']);
  assert.deepEqual(priorsOf('Police stopped Dwayne Kettering on Route 9. According to records, this is his second DWI.'), ['Dwayne Kettering drunk driving -=1: his second DWI']);
  assert.deepEqual(priorsOf('Marta Olsen was charged with her fourth OWI on Sunday.'), ['Marta Olsen drunk driving -=3: her fourth OWI']);
  assert.deepEqual(priorsOf('Dwayne Kettering has two previous convictions for drunk driving.'), ['Dwayne Kettering drunk driving conviction=2: two previous convictions for drunk driving']);
  assert.deepEqual(priorsOf('Dwayne Kettering had four prior arrests.'), ['Dwayne Kettering - arrest=4: four prior arrests']);
});

test('bounds, articles, other ordinals and a "his" of a woman are not counts of prior offences', () => {
  assert.deepEqual(priorsOf('Dwayne Kettering has at least two prior DUI convictions.'), []);
  assert.deepEqual(priorsOf('Dwayne Kettering has a prior DWI conviction.'), []);
  assert.deepEqual(priorsOf('Dwayne Kettering scored his second goal of the season.'), []);
  assert.deepEqual(priorsOf('Ms. Marta Olsen spoke. This is his second DWI, she said.'), []);
  assert.deepEqual(priorsOf('Dwayne Kettering and Paul Brandt met. This is his second DWI.'), []);
});

const STOP = 'date 2025-03-02\nPolice stopped Dwayne Kettering, 44, on Route 9 early Saturday after a crash in Milford.\n';

test('outlets that give one person different numbers of prior drunk-driving offences are shown as information', () => {
  const found = priorFindings({
    'north.txt': `${STOP}State records show Kettering has three prior DUI convictions.\n`,
    'south.txt': `${STOP}Police arrested Kettering for drunk driving. According to his police record, this is his second DWI.\n`,
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /drunk driving offences given for Dwayne Kettering differs/);
});

test('the same count said both ways, other people, other offences and bounds do not differ', () => {
  // "his second DWI" is one prior offence.
  assert.deepEqual(
    priorFindings({
      'north.txt': `${STOP}Kettering has one prior DUI conviction.\n`,
      'south.txt': `${STOP}Police arrested Kettering. This is his second DWI.\n`,
    }),
    [],
  );
  // Different people.
  assert.deepEqual(
    priorFindings({
      'north.txt': `${STOP}Kettering has three prior DUI convictions.\n`,
      'south.txt': `${STOP}His passenger, Lionel Marsh, has one prior DUI conviction.\n`,
    }),
    [],
  );
  // Different kinds of offence.
  assert.deepEqual(
    priorFindings({
      'north.txt': `${STOP}Kettering has three prior DUI convictions.\n`,
      'south.txt': `${STOP}Kettering has one prior burglary conviction.\n`,
    }),
    [],
  );
  // A bound is no count.
  assert.deepEqual(
    priorFindings({
      'north.txt': `${STOP}Kettering has three prior DUI convictions.\n`,
      'south.txt': `${STOP}Kettering has at least two prior DWI convictions.\n`,
    }),
    [],
  );
  // Arrests and convictions are counted apart.
  assert.deepEqual(
    priorFindings({
      'north.txt': `${STOP}Kettering has three prior DUI arrests.\n`,
      'south.txt': `${STOP}Kettering has one prior DUI conviction.\n`,
    }),
    [],
  );
});

test('a common noun that starts a sentence is not the person a "his" stands for', () => {
  assert.deepEqual(priorsOf('Police arrested Dwayne Kettering for drunk driving.\nAccording to his record, this is his third DWI.'), ['Dwayne Kettering drunk driving -=2: his third DWI']);
});
