import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkPassages, parseDifferences, parseJudged, type DifferencesFile, type JudgedEntry } from '../../scripts/eval/findings/data';
import { findingsText } from '../../scripts/eval/findings/format';
import { evaluateFindings } from '../../scripts/eval/findings/run';
import { distinctFindings, flaggingFindings, matchJudged, overlaps, pool, precisionRows, scoreRecall, staleJudged, type RawFinding } from '../../scripts/eval/findings/match';

const A = 's/x/1.txt';
const B = 's/x/2.txt';
const C = 's/x/3.txt';

/** A finding shown on `own` with `related` places, as the report gives it. */
function raw(rule: string, severity: string, own: [string, number, number], ...related: Array<[string, number, number]>): RawFinding {
  return { rule, severity, message: `${rule} message`, path: own[0], start: own[1], end: own[2], related: related.map(([path, start, end]) => ({ path, start, end })) };
}

/** Its copy on each related article, as the tool shows a finding on every article it involves. */
function copies(f: RawFinding): RawFinding[] {
  const places = [{ path: f.path, start: f.start, end: f.end }, ...f.related];
  return places.map((own, i) => ({ ...f, ...own, related: places.filter((_, k) => k !== i) }));
}

function judged(rule: string, a: [string, number, number], b: [string, number, number] | null, verdict: JudgedEntry['verdict'], trivial = false): JudgedEntry {
  const p = ([path, start, end]: [string, number, number]) => ({ path, start, end, text: '' });
  return { story: 's/x', rule, severity: 'warning', a: p(a), ...(b ? { b: p(b) } : {}), verdict, trivial, reason: '' };
}

test('a finding shown on each article it involves counts once; different rules or places stay apart', () => {
  const q = raw('quote-differs', 'warning', [A, 10, 20], [B, 30, 40]);
  const name = raw('name-variant', 'information', [A, 0, 5], [B, 0, 5], [C, 7, 12]);
  const other = raw('quote-differs', 'warning', [A, 10, 20], [C, 50, 60]);
  const distinct = distinctFindings([...copies(q), ...copies(name), ...copies(other)]);
  assert.equal(distinct.length, 3);
  assert.deepEqual(distinct.map((d) => d.copies.length), [2, 3, 2]);
});

test('copies of one finding at different severities count at the highest', () => {
  const f = raw('quote-differs', 'information', [A, 0, 4], [B, 0, 4]);
  const [first, second] = copies(f);
  const distinct = distinctFindings([first, { ...second, severity: 'warning' }]);
  assert.equal(distinct.length, 1);
  assert.equal(distinct[0].severity, 'warning');
});

test('overlap needs the same path and a shared character; an empty span counts as its point', () => {
  assert.ok(overlaps({ path: A, start: 0, end: 10 }, { path: A, start: 9, end: 12 }));
  assert.ok(!overlaps({ path: A, start: 0, end: 10 }, { path: A, start: 10, end: 12 }));
  assert.ok(!overlaps({ path: A, start: 0, end: 10 }, { path: B, start: 0, end: 10 }));
  assert.ok(overlaps({ path: A, start: 5, end: 5 }, { path: A, start: 0, end: 10 }));
});

test('a judged entry matches its finding in either direction, by overlapping spans, whatever the severity now', () => {
  const f = distinctFindings([raw('quote-differs', 'hint', [A, 10, 20], [B, 30, 40])]);
  assert.ok(matchJudged(f, [judged('quote-differs', [A, 12, 18], [B, 35, 45], 'TRUE')])[0]);
  assert.ok(matchJudged(f, [judged('quote-differs', [B, 30, 40], [A, 10, 20], 'TRUE')])[0]);
  // Another rule, another path, or spans that do not overlap: no match.
  assert.equal(matchJudged(f, [judged('attribution-differs', [A, 10, 20], [B, 30, 40], 'TRUE')])[0], null);
  assert.equal(matchJudged(f, [judged('quote-differs', [A, 10, 20], [C, 30, 40], 'TRUE')])[0], null);
  assert.equal(matchJudged(f, [judged('quote-differs', [A, 20, 25], [B, 30, 40], 'TRUE')])[0], null);
  // Both passages in one place of the finding do not make a pair.
  assert.equal(matchJudged(f, [judged('quote-differs', [A, 10, 12], [A, 14, 16], 'TRUE')])[0], null);
});

test('a judged pair matches a multi-place finding whichever copy it was judged on, and the exact pair wins', () => {
  const name = raw('name-variant', 'information', [A, 0, 5], [B, 0, 5], [C, 7, 12]);
  const f = distinctFindings(copies(name));
  const loose = judged('name-variant', [B, 0, 5], [C, 7, 12], 'COMPATIBLE');
  assert.equal(matchJudged(f, [loose])[0], loose);
  const exact = judged('name-variant', [C, 7, 12], [A, 0, 5], 'TRUE');
  assert.equal(matchJudged(f, [loose, exact])[0], exact);
});

test('a single-place judged entry matches a single-place finding at its place', () => {
  const f = distinctFindings([raw('single-source', 'information', [A, 0, 9])]);
  assert.ok(matchJudged(f, [judged('single-source', [A, 3, 4], null, 'TRUE')])[0]);
  assert.equal(matchJudged(f, [judged('single-source', [B, 3, 4], null, 'TRUE')])[0], null);
});

test('precision is TRUE over judged per rule and severity; unjudged findings are counted apart, trivial TRUE too', () => {
  const findings = distinctFindings([
    raw('quote-differs', 'warning', [A, 0, 10], [B, 0, 10]),
    raw('quote-differs', 'warning', [A, 20, 30], [B, 20, 30]),
    raw('quote-differs', 'warning', [A, 40, 50], [B, 40, 50]),
    raw('quote-differs', 'warning', [A, 60, 70], [B, 60, 70]),
    raw('role-differs', 'warning', [A, 80, 85], [C, 0, 5]),
    raw('name-variant', 'information', [A, 90, 95], [C, 10, 15]),
  ]);
  const list = [
    judged('quote-differs', [A, 0, 10], [B, 0, 10], 'TRUE', true),
    judged('quote-differs', [A, 20, 30], [B, 20, 30], 'TRUE'),
    judged('quote-differs', [A, 40, 50], [B, 40, 50], 'COMPATIBLE'),
    judged('role-differs', [A, 80, 85], [C, 0, 5], 'MISREAD'),
    judged('quote-differs', [C, 100, 110], [B, 100, 110], 'TRUE'),
  ];
  const matches = matchJudged(findings, list);
  const rows = precisionRows(findings, matches);
  assert.deepEqual(
    rows.map((r) => [r.rule, r.severity, r.findings, r.judged, r.verdicts.TRUE, r.trivialTrue, r.unjudged]),
    [
      ['quote-differs', 'warning', 4, 3, 2, 1, 1],
      ['role-differs', 'warning', 1, 1, 0, 0, 0],
      ['name-variant', 'information', 1, 0, 0, 0, 1],
    ],
  );
  assert.equal(rows[0].precision, 2 / 3);
  assert.equal(rows[2].precision, null);
  const warnings = pool(rows.filter((r) => r.severity === 'warning'));
  assert.equal(warnings.precision, 2 / 4);
  assert.equal(warnings.worthCorrection, 1 / 4);
  assert.equal(warnings.unjudged, 1);
  // The last entry matches nothing the tool raises now.
  assert.deepEqual(staleJudged(list, matches), { TRUE: 1, COMPATIBLE: 0, MISREAD: 0 });
});

test('a difference is flagged when one finding covers one side and a related place the other, any rule or severity', () => {
  const d = { a: { path: A, start: 100, end: 110, text: '' }, b: { path: B, start: 200, end: 210, text: '' } };
  assert.equal(flaggingFindings(d, [raw('quantity-differs', 'hint', [B, 205, 215], [A, 90, 101])]).length, 1);
  // One side only, or both sides in different findings: not flagged.
  assert.equal(flaggingFindings(d, [raw('quantity-differs', 'warning', [A, 100, 110], [C, 0, 5])]).length, 0);
  assert.equal(flaggingFindings(d, [raw('x', 'warning', [A, 100, 110], [C, 0, 5]), raw('x', 'warning', [B, 200, 210], [C, 0, 5])]).length, 0);
  // Two related places of one finding are not its own place and a related one.
  assert.equal(flaggingFindings(d, [raw('x', 'warning', [C, 0, 5], [A, 100, 110], [B, 200, 210])]).length, 0);
});

test('recall is counted per kind and overall; updates are listed apart and not counted', () => {
  const p = (path: string, start: number, end: number) => ({ path, start, end, text: 'w' });
  const files: DifferencesFile[] = [
    {
      story: 's/x',
      readInFull: true,
      articles: [A, B],
      differences: [
        { kind: 'count', a: p(A, 0, 5), b: p(B, 0, 5), note: '' },
        { kind: 'count', a: p(A, 10, 15), b: p(B, 10, 15), note: '' },
        { kind: 'name', a: p(A, 20, 25), b: p(B, 20, 25), note: '' },
        { kind: 'update', a: p(A, 30, 35), b: p(B, 30, 35), note: '' },
      ],
    },
  ];
  const found = [raw('quantity-differs', 'warning', [A, 0, 5], [B, 0, 5]), raw('name-variant', 'information', [B, 20, 25], [A, 20, 25]), raw('q', 'warning', [A, 30, 35], [B, 30, 35])];
  const r = scoreRecall(files, found);
  assert.deepEqual(r.byKind.count, { listed: 2, flagged: 1, flaggedWarning: 1, recall: 0.5 });
  assert.deepEqual(r.byKind.name, { listed: 1, flagged: 1, flaggedWarning: 0, recall: 1 });
  assert.equal(r.byKind.update, undefined);
  assert.deepEqual(r.overall, { listed: 3, flagged: 2, flaggedWarning: 1, recall: 2 / 3 });
  assert.equal(r.updates, 1);
  assert.deepEqual(r.missed.map((m) => m.kind), ['count']);
});

test('judged and differences files are checked: bad entries are named and left out', () => {
  const j = parseJudged(
    {
      version: 1,
      judged: [
        { story: 's/x', rule: 'r', severity: 'warning', a: { path: A, start: 0, end: 3, text: 'abc' }, verdict: 'TRUE', trivial: true, reason: 'x' },
        { story: 's/x', rule: 'r', severity: 'warning', a: { path: A, start: 0, end: 3, text: 'abc' }, verdict: 'MAYBE', reason: 'x' },
        { story: 's/x', rule: 'r', a: { path: A, start: 5, end: 3, text: '' }, verdict: 'TRUE' },
      ],
    },
    'judged.json',
  );
  assert.equal(j.value.length, 1);
  assert.equal(j.value[0].trivial, true);
  assert.equal(j.problems.length, 2);
  assert.deepEqual(parseJudged({ nothing: true }, 'judged.json').value, []);

  const d = parseDifferences({ story: 's/x', differences: [{ kind: 'colour', a: {}, b: {} }, { kind: 'age', a: { path: A, start: 0, end: 2, text: '41' }, b: { path: B, start: 0, end: 2, text: '42' } }] }, 'x.json');
  assert.equal(d.value?.differences.length, 1);
  assert.equal(d.problems.length, 1);
  assert.equal(parseDifferences([], 'y.json').value, null);
});

test('a passage whose text is no longer at its offsets, or whose file is missing, is named', () => {
  const files: Record<string, string> = { [A]: 'Three people were hurt.' };
  const read = (path: string) => files[path] ?? null;
  const problems = checkPassages(
    [
      { where: 'ok', passage: { path: A, start: 0, end: 12, text: 'Three people' } },
      { where: 'moved', passage: { path: A, start: 1, end: 13, text: 'Three people' } },
      { where: 'gone', passage: { path: B, start: 0, end: 1, text: 'T' } },
    ],
    read,
  );
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^moved:/);
  assert.match(problems[1], /^gone: .* not in the corpus/);
});

test('the task says so when the corpus has no materialised articles, instead of scoring nothing', () => {
  const r = evaluateFindings(join(tmpdir(), 'no-such-corpus-for-findings'), join(tmpdir(), 'no-such-data'));
  assert.match(r.skipped ?? '', /materialised/);
  assert.match(findingsText(r).join('\n'), /NOT MEASURED/);
});

test('the task runs the tool on every story folder of the named dataset and scores it against the data', () => {
  const root = mkdtempSync(join(tmpdir(), 'findings-eval-'));
  try {
    const put = (path: string, text: string) => {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    const one = 'Warehouse fire injures five\nFive people were injured when a fire destroyed a warehouse in Palmer on Tuesday, police said.\n';
    const two = 'Palmer warehouse burns\nThree people were injured when a fire destroyed a warehouse in Palmer on Tuesday.\n';
    put('corpus/materialised/news/fire/1_a.txt', one);
    put('corpus/materialised/news/fire/2_b.txt', two);
    put('corpus/materialised/news/other/1_c.txt', 'A quiet day in Palmer.\n');
    const at = (path: string, text: string, words: string) => ({ path, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words });
    const a = at('news/fire/1_a.txt', one, 'Five people');
    const b = at('news/fire/2_b.txt', two, 'Three people');
    put('data/judged.json', JSON.stringify({ version: 1, judged: [{ story: 'news/fire', rule: 'quantity-differs', severity: 'warning', a, b, verdict: 'TRUE', trivial: false, reason: 'five vs three injured' }] }));
    const day = at('news/fire/1_a.txt', one, 'on Tuesday');
    put('data/differences/fire.json', JSON.stringify({ version: 1, story: 'news/fire', readInFull: true, articles: [], differences: [{ kind: 'count', a, b, note: '' }, { kind: 'date', a: day, b: { ...day, path: 'news/fire/2_b.txt', start: two.indexOf('on Tuesday'), end: two.indexOf('on Tuesday') + 10 }, note: '' }] }));

    const r = evaluateFindings(join(root, 'corpus'), join(root, 'data'));
    assert.equal(r.skipped, null);
    assert.deepEqual([r.stories, r.articles, r.judgedEntries], [2, 3, 1]);
    assert.deepEqual(r.problems, []);
    assert.equal(r.rows.reduce((n, row) => n + row.findings, 0), r.distinct);
    assert.equal(r.rows.reduce((n, row) => n + row.unjudged, 0), r.unjudged.length);
    // The casualty figures differ and are flagged and judged; the same day is not flagged.
    assert.deepEqual(r.stale, { TRUE: 0, COMPATIBLE: 0, MISREAD: 0 });
    assert.equal(r.warnings.true, 1);
    assert.deepEqual(r.recall?.byKind.count, { listed: 1, flagged: 1, flaggedWarning: 1, recall: 1 });
    assert.equal(r.recall?.byKind.date?.flagged, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
