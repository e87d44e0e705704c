/**
 * The JSON report is a contract: `schema/report.schema.json` describes it, and the reports of
 * the fixture stories (as the CLI prints them and as `buildReport` builds them, with and without
 * problems) are valid against it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { buildReport, Corpus, failingRules, REPORT_VERSION, type Report } from '../../server/src/analysis';

const ROOT = join(__dirname, '..', '..', '..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const FIXTURES = ['test/fixtures/stories', 'test/fixtures/report'];

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(SCHEMA);

function check(report: unknown): void {
  const ok = validate(report);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

/** Every fixture story folder, as a path relative to the repository. */
function storyFolders(): string[] {
  return FIXTURES.flatMap((base) =>
    readdirSync(join(ROOT, base), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${base}/${d.name}`),
  );
}

test('the schema is for the version the report has', () => {
  assert.equal(SCHEMA.properties.version.const, REPORT_VERSION);
  assert.equal(SCHEMA.$id, `urn:triangulate:report:${REPORT_VERSION}`);
});

test('the CLI report of the fixture stories is valid, with each quote content span inside its quote', () => {
  const folders = storyFolders();
  assert.ok(folders.length >= 3, folders.join(', '));
  const r = spawnSync(process.execPath, [join(ROOT, 'out', 'cli.js'), 'check', '--format', 'json', ...folders], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  check(report);
  assert.ok(report.findings.length > 0 && report.entities.length > 0);
  let quotes = 0;
  for (const s of report.sources) {
    const text = readFileSync(join(ROOT, s.path), 'utf8').replace(/^\uFEFF/, '');
    for (const q of s.quotes) {
      quotes++;
      assert.ok(q.start <= q.content.start && q.content.start <= q.content.end && q.content.end <= q.end, JSON.stringify(q));
      assert.equal(text.slice(q.content.start, q.content.end).replace(/\s+/g, ' '), q.text.replace(/\s+/g, ' '), s.path);
    }
  }
  assert.ok(quotes > 10, `${quotes} quotes`);
});

test('a report with problems is valid; the schema rejects a report that breaks the contract', () => {
  const corpus = new Corpus({ ruleSet: failingRules(['quote-differs']) });
  const dir = join(ROOT, 'test', 'fixtures', 'report', 'harbour');
  for (const name of readdirSync(dir)) corpus.setArticle(`harbour/${name}`, readFileSync(join(dir, name), 'utf8'));
  const report = buildReport(corpus.snapshot().stories());
  assert.equal(report.problems.length, 1);
  check(report);

  const broken = (change: (r: Record<string, any>) => void) => {
    const copy = JSON.parse(JSON.stringify(report));
    change(copy);
    return validate(copy);
  };
  assert.equal(broken(() => undefined), true);
  assert.equal(broken((r) => (r.version = 1)), false);
  assert.equal(broken((r) => delete r.problems), false);
  assert.equal(broken((r) => delete r.sources[0].quotes[0].content), false);
  assert.equal(broken((r) => (r.findings[0].severity = 'fatal')), false);
  assert.equal(broken((r) => (r.findings[0].extra = true)), false);
  assert.equal(broken((r) => (r.sources[0].mentions[0].start = -1)), false);
  assert.equal(broken((r) => (r.problems[0].stage = 7)), false);
});
