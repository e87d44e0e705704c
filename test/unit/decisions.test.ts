import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDecision, applyDecisions, fingerprint, parseDecisions, tryAddDecision, type Finding } from '../../server/src/analysis';

/** A finding as the comparison engine reports it on one source of a difference. */
function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'name-variant',
    severity: 'information',
    message: 'Ana Lopes is spelled differently across sources: "Ana Lopes" (north) vs "Anna Lopes" (south).',
    path: 'summit/north.txt',
    start: 120,
    end: 129,
    related: [{ path: 'summit/south.txt', start: 40, end: 50, message: '"Anna Lopes" (south)' }],
    data: {
      entity: 'person:ana-lopes',
      spellings: [
        { outlet: 'north', path: 'summit/north.txt', spelling: 'Ana Lopes' },
        { outlet: 'south', path: 'summit/south.txt', spelling: 'Anna Lopes' },
      ],
    },
    ...over,
  };
}

const quantity = (a: number, b: number, start = 300): Finding => ({
  rule: 'quantity-differs',
  severity: 'warning',
  message: `The sources differ on the number of drones: "${a} drones" vs "${b} drones".`,
  path: 'summit/north.txt',
  start,
  end: start + 12,
  related: [{ path: 'summit/south.txt', start: 10, end: 22, message: `"${b} drones"` }],
  data: { claim: 'drone launched', actual: a, expected: [b], unit: 'drone' },
});

test('round trip: add a decision, parse the file, and exactly that finding is gone', () => {
  const target = finding();
  const other = finding({ data: { entity: 'person:olek-marz', spellings: [{ spelling: 'Olek Marz' }, { spelling: 'Oleg Marz' }] }, message: 'Olek Marz is spelled differently.', start: 500, end: 509 });
  const text = addDecision('', target, 'Both spellings are in use.', '2025-12-22');
  const { decisions, problems } = parseDecisions(text);
  assert.deepEqual(problems, []);
  assert.equal(decisions.length, 1);
  assert.deepEqual(decisions[0], { rule: 'name-variant', key: fingerprint(target), paths: ['summit/north.txt', 'summit/south.txt'], note: 'Both spellings are in use.', date: '2025-12-22' });
  const kept = applyDecisions([target, other, quantity(80, 85)], decisions);
  assert.deepEqual(kept.map((f) => f.start), [500, 300], 'only the reconciled finding is dropped; another of the same rule survives');
});

test('the same difference shown on the other source, and after edits that move it, is still reconciled', () => {
  const text = addDecision('', finding(), 'Checked.', '2025-12-22');
  const { decisions } = parseDecisions(text);
  // The engine places one finding per source: the south copy lists its values in another order.
  const southCopy = finding({ path: 'summit/south.txt', start: 40, end: 50, related: [{ path: 'summit/north.txt', start: 120, end: 129, message: '' }], data: { entity: 'person:ana-lopes', spellings: [{ outlet: 'south', path: 'summit/south.txt', spelling: 'Anna Lopes' }, { outlet: 'north', path: 'summit/north.txt', spelling: 'Ana Lopes' }] } });
  // A paragraph added above moves every offset; the message's wording of the reason may change too.
  const moved = finding({ start: 420, end: 429, message: 'Ana Lopes is written two ways.' });
  assert.equal(fingerprint(southCopy), fingerprint(finding()));
  assert.equal(fingerprint(moved), fingerprint(finding()));
  assert.deepEqual(applyDecisions([southCopy, moved], decisions), []);
  // Typography and case in a wording do not matter either.
  const curly = finding({ data: { entity: 'person:ana-lopes', spellings: [{ spelling: '  ANA  LOPES ' }, { spelling: '“Anna Lopes”' }] } });
  assert.equal(fingerprint(curly), fingerprint(finding()));
});

test('a changed wording or value is a new finding, not covered by the old decision', () => {
  const { decisions } = parseDecisions(addDecision('', quantity(80, 85), 'Different dates of counting.', '2025-12-22'));
  assert.equal(applyDecisions([quantity(80, 85, 900)], decisions).length, 0, 'moved, still reconciled');
  assert.equal(applyDecisions([quantity(80, 90)], decisions).length, 1, 'a new figure shows again');
  // A different story (other paths) with the same words is not hidden.
  const elsewhere = { ...quantity(80, 85), path: 'other/east.txt', related: [] };
  assert.equal(applyDecisions([elsewhere], decisions).length, 1);
});

test('paths match across URIs and relative paths; a mapping function can make them relative to the root', () => {
  const { decisions } = parseDecisions(addDecision('', finding(), '', '2025-12-22'));
  const asUri = finding({ path: 'file:///home/desk/news/summit/north.txt' });
  assert.deepEqual(applyDecisions([asUri], decisions), []);
  const viaMap = addDecision('', finding({ path: '/ws/summit/north.txt', related: [] }), '', '2025-12-22', { relativePath: (p) => p.replace('/ws/', '') });
  assert.deepEqual(parseDecisions(viaMap).decisions[0].paths, ['summit/north.txt']);
  // A path that only shares the file name with the decision's path is another file.
  assert.equal(applyDecisions([finding({ path: 'other/north.txt' })], decisions).length, 1);
});

test('the file is diff-friendly: sorted keys, two-space indent, sorted entries, re-adding updates in place', () => {
  let text = addDecision('', quantity(80, 85), 'first', '2025-12-20');
  text = addDecision(text, finding(), 'second', '2025-12-21');
  const reAdded = addDecision(text, quantity(80, 85, 700), 'first, reworded', '2025-12-22');
  const value = JSON.parse(reAdded);
  assert.deepEqual(Object.keys(value), ['reconciled', 'version']);
  assert.equal(value.version, 1);
  assert.deepEqual(value.reconciled.map((e: { rule: string }) => e.rule), ['name-variant', 'quantity-differs']);
  for (const e of value.reconciled) assert.deepEqual(Object.keys(e), ['date', 'key', 'note', 'paths', 'rule']);
  assert.equal(value.reconciled[1].note, 'first, reworded');
  assert.equal(reAdded, JSON.stringify(value, null, 2) + '\n');
  assert.match(reAdded, /^\{\n {2}"reconciled": \[\n {4}\{\n {6}"date"/);
  // Adding the same decision again changes nothing.
  assert.equal(addDecision(reAdded, quantity(80, 85), 'first, reworded', '2025-12-22'), reAdded);
});

test('unknown fields a team adds are kept when a decision is added', () => {
  const own = '{ "version": 1, "owner": "desk", "reconciled": [ { "rule": "x", "key": "k", "paths": [], "reviewer": "ab" } ] }';
  const value = JSON.parse(addDecision(own, finding(), 'n', '2025-12-22'));
  assert.equal(value.owner, 'desk');
  assert.equal(value.reconciled.find((e: { rule: string }) => e.rule === 'x').reviewer, 'ab');
});

test('parseDecisions never throws and says what is wrong', () => {
  const bad = parseDecisions('{ "version": 1, "reconciled": [ ');
  assert.deepEqual(bad.decisions, []);
  assert.match(bad.problems[0], /not valid JSON/);
  assert.match(parseDecisions('[1, 2]').problems[0], /JSON object/);
  assert.match(parseDecisions('{"reconciled": {}}').problems[0], /must be a list/);
  const mixed = parseDecisions('{"version": 1, "reconciled": [ {"rule": "a"}, 7, {"rule": "b", "key": "k", "date": "22/12/2025"} ]}');
  assert.equal(mixed.decisions.length, 1);
  assert.equal(mixed.problems.length, 3, mixed.problems.join('\n'));
  assert.match(parseDecisions('{"version": 2, "reconciled": []}').problems[0], /newer/);
  assert.deepEqual(parseDecisions(''), { decisions: [], problems: [] });
  assert.deepEqual(parseDecisions('\uFEFF{"version":1,"reconciled":[]}'), { decisions: [], problems: [] });
  assert.deepEqual(parseDecisions(undefined as unknown as string).decisions, []);
});

test('adding to an unreadable file leaves it untouched and says why; a bad date is refused', () => {
  const broken = '{ "version": 1, "reconciled": [ ';
  assert.equal(addDecision(broken, finding(), 'n', '2025-12-22'), broken);
  const r = tryAddDecision(broken, finding(), 'n', '2025-12-22');
  assert.equal(r.text, null);
  assert.match(r.problems[0], /not valid JSON/);
  assert.equal(tryAddDecision('', finding(), 'n', '22 Dec').text, null);
});

test('findings without data are fingerprinted by the quoted words of their message', () => {
  const a = { rule: 'quote-differs', message: 'Quoted differently: "no serious talks" vs "no talks".' };
  assert.equal(fingerprint(a), fingerprint({ ...a, message: 'Rendered differently: "No serious talks" vs "no talks"' }));
  assert.notEqual(fingerprint(a), fingerprint({ ...a, message: 'Quoted differently: "serious talks" vs "no talks".' }));
  assert.notEqual(fingerprint(a), fingerprint({ ...a, rule: 'attribution-differs' }));
  assert.match(fingerprint({ rule: 'x', message: '' }), /^[0-9a-f]{16}$/);
});

test('two differences about one person are told apart by the words the message quotes', () => {
  const role = (a: string, b: string): Finding => ({
    rule: 'role-differs', severity: 'warning', path: 'summit/north.txt', start: 5, end: 9, related: [],
    message: `The sources give Ana Lopes different roles: "${a}" (north) vs "${b}" (south).`,
    data: { entity: 'person:ana-lopes', reason: 'different offices' },
  });
  const { decisions } = parseDecisions(addDecision('', role('economic envoy', 'special envoy'), 'Both titles are hers.', '2025-12-22'));
  assert.deepEqual(applyDecisions([role('economic envoy', 'special envoy'), role('minister', 'special envoy')], decisions).map((f) => f.message), [
    'The sources give Ana Lopes different roles: "minister" (north) vs "special envoy" (south).',
  ]);
});
