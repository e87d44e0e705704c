import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOptions, fileSizeOption, storyScopeOption, UsageError } from '../../server/src/cli/args';

/** Parses with one switch (`--force`, or `-f`) and one valued option (`--out`), returning what was seen. */
function parse(args: string[]): { out: string[]; force: number; positionals: string[] } {
  const seen = { out: [] as string[], force: 0, positionals: [] as string[] };
  parseOptions(
    args,
    { out: { type: 'string', set: (v) => seen.out.push(v) }, force: { type: 'boolean', short: 'F', set: () => seen.force++ } },
    (arg) => seen.positionals.push(arg),
  );
  return seen;
}

test('an option takes its value from after = or from the next argument; other words are positional', () => {
  assert.deepEqual(parse(['a', '--out', 'dir', '--force', 'b', '--out=x=y']), { out: ['dir', 'x=y'], force: 1, positionals: ['a', 'b'] });
  assert.deepEqual(parse(['--out=']), { out: [''], force: 0, positionals: [] });
});

test('after -- every argument is a path, even one that looks like an option; a lone - is a path', () => {
  assert.deepEqual(parse(['-', '--', '--force', '-x']), { out: [], force: 0, positionals: ['-', '--force', '-x'] });
});

test('unknown options and missing values are usage errors that name the option', () => {
  assert.throws(() => parse(['--forced']), (e: unknown) => e instanceof UsageError && e.message === 'unknown option --forced');
  assert.throws(() => parse(['-f']), /unknown option -f/);
  assert.throws(() => parse(['a', '--out']), (e: unknown) => e instanceof UsageError && e.message === '--out needs a value');
  // Names inherited from Object.prototype are not options.
  assert.throws(() => parse(['constructor', '--constructor']), /unknown option --constructor/);
});

test('story scope and file size values are checked', () => {
  assert.equal(storyScopeOption('workspace'), 'workspace');
  assert.throws(() => storyScopeOption('all'), /unknown story scope "all"/);
  assert.equal(fileSizeOption('1000'), 1000);
  for (const bad of ['0', '-5', 'big', 'Infinity']) assert.throws(() => fileSizeOption(bad), /positive number of bytes/);
});

test('a value given to a switch is a usage error; a short name stands for its option', () => {
  assert.throws(() => parse(['--force=yes']), (e: unknown) => e instanceof UsageError && e.message === '--force takes no value');
  assert.deepEqual(parse(['-F', 'a', '--force']), { out: [], force: 2, positionals: ['a'] });
  // A value that starts with a dash is still the option's value, as before.
  assert.deepEqual(parse(['--out', '--force', '--out', '-5']), { out: ['--force', '-5'], force: 0, positionals: [] });
});
