/**
 * What `triangulate check` prints for other programs and for terminals: SARIF with the rules as
 * configured, the run's problems and fingerprints that survive edits elsewhere in a file; text
 * output that tells each difference once, story by story, and in which article words and file
 * names cannot inject control characters.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'out', 'cli.js');
let dir = '';

function run(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface SarifResult {
  ruleId: string;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints?: Record<string, string>;
}

function sarif(...args: string[]) {
  const r = run(['check', '--format', 'sarif', ...args]);
  assert.ok(r.status === 0 || r.status === 3, r.stderr);
  return { status: r.status, run: JSON.parse(r.stdout).runs[0] };
}

/** Each result as `rule uri` → its fingerprints, in order. */
function fingerprints(results: SarifResult[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of results) {
    const key = `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}`;
    const print = r.partialFingerprints?.['triangulateFinding/v1'];
    assert.match(print ?? '', /^[0-9a-f]{32}:\d+$/, JSON.stringify(r));
    out.set(key, [...(out.get(key) ?? []), print!]);
  }
  return out;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'triangulate-output-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'report', 'harbour'), join(dir, 'harbour'), { recursive: true });
  // The two demo stories (the held-out-style stories beside them have tests of their own).
  for (const name of ['harbour-bridge', 'kremlin-talks']) cpSync(join(ROOT, 'test', 'fixtures', 'stories', name), join(dir, 'stories', name), { recursive: true });
  cpSync(join(ROOT, 'test', 'fixtures', 'stories', '.vscode'), join(dir, 'stories', '.vscode'), { recursive: true });
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('SARIF rules say whether they are on by default; --rule overrides are the invocation\'s', () => {
  const { run: plain } = sarif('harbour');
  const rules = plain.tool.driver.rules as { id: string; defaultConfiguration: { enabled: boolean; level: string } }[];
  const byId = new Map(rules.map((r) => [r.id, r.defaultConfiguration]));
  assert.equal(byId.get('single-source')?.enabled, false);
  for (const id of ['name-variant', 'quote-differs', 'quantity-differs', 'invalid-header']) assert.equal(byId.get(id)?.enabled, true, id);
  assert.equal(plain.invocations[0].executionSuccessful, true);
  assert.equal(plain.invocations[0].ruleConfigurationOverrides, undefined);
  assert.ok(!plain.results.some((r: SarifResult) => r.ruleId === 'single-source'));

  const { run: configured } = sarif('harbour', '--rule', 'single-source=warning', '--rule=quote-differs=off', '--rule', 'quantity-differs=error');
  const overrides = configured.invocations[0].ruleConfigurationOverrides as { descriptor: { id: string; index: number }; configuration: unknown }[];
  assert.deepEqual(
    overrides.map((o) => [o.descriptor.id, o.configuration]),
    [
      ['single-source', { enabled: true, level: 'warning' }],
      ['quote-differs', { enabled: false }],
      ['quantity-differs', { enabled: true, level: 'error' }],
    ],
  );
  for (const o of overrides) assert.equal(configured.tool.driver.rules[o.descriptor.index].id, o.descriptor.id);
  // The defaults stay the defaults; the results follow the configuration.
  assert.deepEqual(configured.tool.driver.rules, plain.tool.driver.rules);
  const results = configured.results as SarifResult[];
  assert.ok(results.some((r) => r.ruleId === 'single-source' && r.level === 'warning'));
  assert.ok(!results.some((r) => r.ruleId === 'quote-differs'));
  assert.ok(results.filter((r) => r.ruleId === 'quantity-differs').every((r) => r.level === 'error'));
});

test('--rule names a known rule and a level', () => {
  for (const [args, message] of [
    [['--rule', 'no-such-rule=off'], /unknown rule "no-such-rule" in --rule \(rules: name-variant, /],
    [['--rule', 'quote-differs'], /--rule quote-differs needs =off, =error, =warning, =information or =hint/],
    [['--rule', 'quote-differs=loud'], /--rule quote-differs needs =off/],
    [['--rule'], /--rule needs a value/],
  ] as const) {
    const r = run(['check', 'harbour', ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
  assert.match(run(['--help']).stdout, /--rule <rule>=<level>[\s\S]*single-source \(off by default\)/);
});

test('SARIF lists what failed in the invocation', () => {
  const r = run(['check', '--format', 'sarif', 'harbour'], { TRIANGULATE_FAULTS: 'quote-differs' });
  assert.equal(r.status, 3);
  const invocation = JSON.parse(r.stdout).runs[0].invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  assert.equal(invocation.toolExecutionNotifications.length, 1);
  assert.equal(invocation.toolExecutionNotifications[0].level, 'error');
  assert.equal(invocation.toolExecutionNotifications[0].associatedRule.id, 'quote-differs');
  assert.match(invocation.toolExecutionNotifications[0].message.text, /rule quote-differs failed on story "harbour"/);
});

test('SARIF fingerprints are the same across runs and after edits elsewhere in the file, and change with the words', () => {
  const first = sarif('harbour').run.results as SarifResult[];
  assert.ok(first.length >= 6);
  const prints = fingerprints(first);
  assert.deepEqual(fingerprints(sarif('harbour').run.results), prints);
  // Every result of the story is told apart from the others.
  const all = [...prints.values()].flat();
  assert.equal(new Set(all).size, all.length);

  const north = join(dir, 'harbour', 'north-post.txt');
  const original = readFileSync(north, 'utf8');
  try {
    // A paragraph added before every finding moves them all down.
    writeFileSync(north, original.replace('---\nMaria', '---\nThe port authority met on Thursday evening.\n\nMaria'));
    const moved = sarif('harbour').run.results as SarifResult[];
    const line = (rs: SarifResult[], rule: string) => rs.find((r) => r.ruleId === rule && r.locations[0].physicalLocation.artifactLocation.uri.endsWith('north-post.txt'))!.locations[0].physicalLocation.region.startLine;
    assert.equal(line(moved, 'quantity-differs'), line(first, 'quantity-differs') + 2);
    assert.deepEqual(fingerprints(moved), prints);

    // Changing the words of a finding changes its fingerprint (on both sources), and no other.
    writeFileSync(north, original.replace('40 people', '45 people'));
    const changed = fingerprints(sarif('harbour').run.results);
    for (const [key, list] of prints) {
      if (key.startsWith('quantity-differs ')) assert.notDeepEqual(changed.get(key), list, key);
      else assert.deepEqual(changed.get(key), list, key);
    }
  } finally {
    writeFileSync(north, original);
  }
});

test('text output escapes control characters from article text and file names', () => {
  const story = join(dir, 'hostile');
  mkdirSync(story);
  const header = (outlet: string) => `---\ntitle: Report\noutlet: ${outlet}\ndate: 2025-03-14\n---\n`;
  // A quotation carrying an escape sequence that would clear the screen and retitle the window.
  writeFileSync(join(story, 'plain.txt'), `${header('Plain')}"We acted as fast as we could and nobody was hurt," Maria Lindqvist told reporters at the quay.\n`);
  // A name whose second line reads as a finding on another file.
  const forged = 'evil\nplain.txt:1:1: error: forged finding [quote-differs]\n.txt';
  writeFileSync(join(story, forged), `${header('Evil')}"We acted as \u001b[2J\u001b]0;owned\u0007quickly as we could and nobody was hurt," Maria Lindqvist told reporters at the quay.\n`);
  try {
    const r = run(['check', 'hostile']);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u007f]/, 'no control character but the line ends');
    assert.ok(!r.stdout.split('\n').some((l) => l.startsWith('plain.txt:1:1: error: forged')), r.stdout);
    assert.match(r.stdout, /hostile\/evil\\nplain\.txt:1:1: error: forged finding \[quote-differs\]\\n\.txt:\d+:\d+: warning: /);
    assert.match(r.stdout, /\\u001b\[2J\\u001b\]0;owned\\u0007/);
    // File names in messages on stderr are escaped too.
    const skipped = run(['check', '--max-file-size', '10', 'hostile']);
    assert.doesNotMatch(skipped.stderr, /[\u0000-\u0009\u000b-\u001f\u007f]/);
    assert.match(skipped.stderr, /skipped hostile\/evil\\nplain\.txt:1:1: error: forged finding \[quote-differs\]\\n\.txt: /);
  } finally {
    rmSync(story, { recursive: true, force: true });
  }
});

test('a reader that closes the pipe early ends the check quietly', async () => {
  const story = join(dir, 'many');
  mkdirSync(story);
  // Enough findings that the text output is larger than what a pipe holds.
  for (let i = 0; i < 80; i++) {
    writeFileSync(join(story, `outlet-${i}.txt`), `Outlet ${i}\n\nMaria Lindqvist said on Monday that ${100 + i} people attended the meeting in Berlin.\n`);
  }
  try {
    const child = spawn(process.execPath, [CLI, 'check', 'many'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Read the first chunk and close the pipe, as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  } finally {
    rmSync(story, { recursive: true, force: true });
  }
});

/** The text output cut into stories: each story's line, and its findings with the places beneath. */
function textStories(out: string): { story: string; findings: { line: string; places: string[] }[] }[] {
  const stories: { story: string; findings: { line: string; places: string[] }[] }[] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('story ')) stories.push({ story: line, findings: [] });
    else if (line.startsWith('  ')) stories[stories.length - 1].findings.at(-1)!.places.push(line.trim());
    else if (line && !line.startsWith('checked ')) stories[stories.length - 1].findings.push({ line, places: [] });
  }
  return stories;
}

test('text output tells each difference once, with every outlet and its words beneath, story by story, warnings first', () => {
  const r = run(['check', 'stories']);
  assert.equal(r.status, 0, r.stderr);
  const stories = textStories(r.stdout);
  assert.deepEqual(
    stories.map((s) => s.story.replace(/:.*$/, '')),
    ['story stories/harbour-bridge', 'story stories/kremlin-talks'],
  );
  // The figures three outlets give for the bridge: one finding, three places, each with its outlet's words.
  const figures = stories[0].findings.filter((f) => f.line.endsWith('[quantity-differs]') && f.line.includes('bridge, cost'));
  assert.equal(figures.length, 1, r.stdout);
  assert.deepEqual(
    figures[0].places.map((p) => p.replace(/:\d+:\d+: /, ': ')),
    [
      'stories/harbour-bridge/coastal-herald.txt: The Coastal Herald (fictional): "€80 million"',
      'stories/harbour-bridge/north-sea-wire.txt: North Sea Wire (fictional): "$137 million"',
      'stories/harbour-bridge/velmora-daily.txt: Velmora Daily (fictional): "85 million euros"',
    ],
  );
  assert.match(figures[0].line, /^stories\/harbour-bridge\/coastal-herald\.txt:10:\d+: warning: The figures for the same thing \(bridge, cost\) differ: /);
  // No message is printed twice within a story, and the counts are those of the findings listed.
  for (const s of stories) {
    const messages = s.findings.map((f) => f.line.replace(/^[^ ]*:\d+:\d+: /, ''));
    assert.equal(new Set(messages).size, messages.length, s.story);
    assert.ok(s.story.endsWith(`${s.findings.length} finding${s.findings.length === 1 ? '' : 's'}`), s.story);
    const ranks = s.findings.map((f) => ['error', 'warning', 'information', 'hint'].indexOf(/: (error|warning|information|hint): /.exec(f.line)![1]));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `${s.story}: most pressing first`);
  }
  const total = stories.reduce((n, s) => n + s.findings.length, 0);
  assert.match(r.stdout, new RegExp(`\\nchecked 5 articles in 2 stories: ${total} findings\\n$`));
  // The JSON report still lists the finding on each article it involves.
  const json = JSON.parse(run(['check', 'stories', '--format', 'json']).stdout);
  assert.equal(json.findings.filter((f: { rule: string; message: string }) => f.rule === 'quantity-differs' && f.message.includes('bridge, cost')).length, 3);
});

test('--min-severity leaves out the less pressing findings in every format; a wrong level is a usage error', () => {
  const warnings = run(['check', 'stories', '--min-severity', 'warning']);
  assert.equal(warnings.status, 0, warnings.stderr);
  const stories = textStories(warnings.stdout);
  assert.ok(stories.every((s) => s.findings.every((f) => /: (error|warning): /.test(f.line))), warnings.stdout);
  const everything = textStories(run(['check', 'stories']).stdout);
  const pressing = everything.map((s) => s.findings.filter((f) => /: (error|warning): /.test(f.line)).length);
  assert.ok(pressing[0] > 0 && pressing[0] < everything[0].findings.length, 'the fixture has warnings and less pressing findings');
  assert.deepEqual(stories.map((s) => s.findings.length), pressing);
  // Worker threads, which filter each story themselves, print the same.
  assert.equal(run(['check', 'stories', '--min-severity', 'warning'], { TRIANGULATE_WORKERS: '2' }).stdout, warnings.stdout);
  const all = run(['check', 'stories', '--min-severity=hint']);
  assert.equal(all.stdout, run(['check', 'stories']).stdout);
  const json = JSON.parse(run(['check', 'stories', '--format', 'json', '--min-severity', 'information']).stdout);
  assert.ok(json.findings.length > 0);
  assert.ok(json.findings.every((f: { severity: string }) => f.severity === 'warning' || f.severity === 'information' || f.severity === 'error'));
  const { run: sarifRun } = sarif('stories', '--min-severity', 'warning');
  assert.ok(sarifRun.results.length > 0 && sarifRun.results.every((x: SarifResult) => x.level === 'warning' || x.level === 'error'));
  for (const bad of ['off', 'warn', '']) {
    const r = run(['check', 'stories', '--min-severity', bad]);
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--min-severity/);
  }
});
