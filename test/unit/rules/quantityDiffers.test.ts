import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStory } from '../../../server/src/analysis/compare';
import { fixtureStory } from './fixture';

function run(files: Record<string, string>) {
  const { articles, link } = fixtureStory(files);
  return compareStory(articles, link).filter((f) => f.rule === 'quantity-differs');
}

test('"€80 million", "85 million euros" and "$137 million" for one bridge differ; the dollar figure is converted with its rate', () => {
  const found = run({
    's/herald.txt': 'The bridge will cost [[€80 million|qty|80000000|EUR]], according to the council.',
    's/daily.txt': 'The council voted for a bridge whose price has risen to [[85 million euros|qty|85000000|EUR]].',
    's/wire.txt': 'The bridge is expected to cost [[$137 million|qty|137000000|USD]], the council said.',
  });
  assert.equal(found.length, 3, 'one finding on each source');
  const f = found.find((x) => x.path === 's/herald.txt')!;
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /"€80 million" \(herald\)/);
  assert.match(f.message, /"85 million euros" \(daily\)/);
  assert.match(f.message, /"\$137 million" \(wire; about €125 million at 0\.91 EUR per USD\)/);
  assert.equal(f.related.length, 2);
});

test('"about 1,300 drones" and "1,250 drones" agree within the hedge: information, not a warning', () => {
  const found = run({
    's/a.txt': 'Russia launched [[about 1,300 drones|qty|1300|drone|about]] at Ukraine over the past week.',
    's/b.txt': 'Over the past week Russia launched [[1,250 drones|qty|1250|drone]] at Ukraine.',
  });
  assert.equal(found.length, 2);
  assert.ok(found.every((f) => f.severity === 'information'));
  assert.match(found[0].message, /agree within their hedges/);
});

test('"1,300 drones" and "900 drones" launched in the same week differ even allowing for "about"', () => {
  const found = run({
    's/a.txt': 'Russia launched [[about 1,300 drones|qty|1300|drone|about]] at Ukraine over the past week.',
    's/b.txt': 'Over the past week Russia launched [[900 drones|qty|900|drone]] at Ukraine.',
  });
  assert.equal(found.length, 2);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /differ: "about 1,300 drones" \(a\) vs "900 drones" \(b\), even allowing for the hedges/);
});

test('numbers of different things, or of the same unit in unrelated sentences, are not compared', () => {
  const found = run({
    's/a.txt': 'Russia launched [[1,300 drones|qty|1300|drone]] at Ukraine last week. A shop sold [[40 drones|qty|40|drone]] to hobbyists.',
    's/b.txt': 'Farmers bought [[12 drones|qty|12|drone]] for crop spraying. Russia fired [[nine missiles|qty|9|missile]] at Ukraine last week.',
  });
  assert.deepEqual(found, []);
});

test('the same number written the same way in two sources is agreement', () => {
  const found = run({
    's/a.txt': 'About [[1,500 residents|qty|1500|resident]] signed a petition against the plan.',
    's/b.txt': 'A petition against the plan was signed by [[1,500 residents|qty|1500|resident]].',
  });
  assert.deepEqual(found, []);
});
