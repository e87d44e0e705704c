/**
 * Where tests find their inputs. Every file a test reads lives in the repository, below
 * `test/fixtures/`, so a fresh clone with nothing beside it runs every test, and a change to the
 * demo stories in `samples/` never changes what a test sees.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The repository root. Tests run bundled from `out/test/<suite>/` (or deeper), so the root is
 * found by walking up to the folder that holds both `package.json` and `server/`.
 */
export const ROOT = ((): string => {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server'))) return dir;
    dir = resolve(dir, '..');
  }
  throw new Error(`no repository root above ${__dirname}`);
})();

/** The folder of test inputs. */
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/**
 * The folder of a story kept for tests (`test/fixtures/stories/<name>/`): `kremlin-talks` is the
 * user's example input (two outlets' reports of the Kremlin denying three-way talks),
 * `harbour-bridge` a fictional story of three outlets. They start as copies of the stories in
 * `samples/`; `stories/.vscode/settings.json` maps `*.txt` to articles for the workbench tests,
 * which open the folder as their workspace.
 */
export function storyDir(name: string): string {
  return join(FIXTURES, 'stories', name);
}

/** The names of the stories kept for tests, in order. */
export function storyNames(): string[] {
  return readdirSync(join(FIXTURES, 'stories'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

/** The text of one article of a fixture story. */
export function storyText(name: string, file: string): string {
  return readFileSync(join(storyDir(name), file), 'utf8');
}

/** The `.txt` articles of a fixture story, file name → text, in name order. */
export function storyTexts(name: string): Map<string, string> {
  const files = readdirSync(storyDir(name)).filter((f) => f.endsWith('.txt')).sort();
  return new Map(files.map((f) => [f, storyText(name, f)]));
}

/** The seed story's two articles: `003_…` (dated 2025-12-21) and `000_…`. */
export const SEED = { story: 'kremlin-talks', a: '003_f8e5167f93d04d44.txt', b: '000_3b96670c0742de4e.txt' } as const;
