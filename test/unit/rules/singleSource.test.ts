import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

const FILES = {
  's/a.txt': 'Russia launched [[about 1,300 drones|qty|1300|drone|about]] at Ukraine over the past week. [[“We will rebuild,”|quote|mayor]] said [[Ola Tern|person|mayor]].',
  's/b.txt': 'Over the past week Russia launched [[1,300 drones|qty|1300|drone]] at Ukraine.',
};

test('single-source is off by default', () => {
  const { articles, link } = fixtureStory(FILES);
  assert.deepEqual(compareStory(articles, link).findings.filter((f) => f.rule === 'single-source'), []);
});

test('when on, it hints at the quote only one outlet gives, and not at the corroborated number', () => {
  const { articles, link } = fixtureStory(FILES);
  const found = compareStory(articles, link, { rules: { 'single-source': 'hint' } }).findings.filter((f) => f.rule === 'single-source');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'hint');
  assert.equal(found[0].path, 's/a.txt');
  assert.match(found[0].message, /This quotation appears only in a: "We will rebuild,"/);
});

test('settings turn a rule off or change its severity', () => {
  const { articles, link } = fixtureStory({
    's/a.txt': 'Adviser [[Yuri Ushakov|person|u]] spoke.',
    's/b.txt': 'Adviser [[Yury Ushakov|person|u]] spoke.',
  });
  assert.equal(compareStory(articles, link, { rules: { 'name-variant': 'off' } }).findings.length, 0);
  const raised = compareStory(articles, link, { rules: { 'name-variant': 'error' } }).findings;
  assert.ok(raised.length === 2 && raised.every((f) => f.severity === 'error'));
});
