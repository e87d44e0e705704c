/**
 * Profiles the language server while a person edits: starts it with `node --cpu-prof` on a
 * folder, opens its first article, waits until the workspace is read and checked, makes
 * keystrokes one at a time (each waited for), then prints where the time went.
 *
 * Usage: node out/scripts/bench/profileServer.js DIR [EDITS] [SERVER]
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { firstArticle, LspClient } from './lspClient';
import { summariseProfile } from './profile';

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? '.');
  const edits = Number(process.argv[3] ?? 10);
  const server = resolve(process.argv[4] ?? join(__dirname, '..', '..', '..', 'server', 'out', 'server.js'));
  const out = mkdtempSync(join(tmpdir(), 'triangulate-server-profile-'));
  const client = new LspClient(server, {}, ['--cpu-prof', `--cpu-prof-dir=${out}`]);
  await client.initialize(dir);
  const target = firstArticle(dir);
  const uri = client.open(target);
  const settled = (m: { method?: unknown; params?: unknown }) => m.method === 'triangulate/status' && (m.params as { reading?: boolean }).reading === false;
  const t0 = Date.now();
  if (!client.notifications.some(settled)) await client.waitFor(settled, 300_000);
  process.stderr.write(`workspace read and checked in ${Date.now() - t0} ms\n`);
  const line = Math.max(0, readFileSync(target, 'utf8').split('\n').findIndex((l) => l.length > 40));
  for (let i = 0; i < edits; i++) {
    const version = i + 2;
    const done = client.waitFor((m) => m.method === 'triangulate/status' && client.notifications.some((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string; version?: number }).uri === uri && (n.params as { version?: number }).version === version), 60_000);
    const t1 = Date.now();
    const insert = i % 2 === 0;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [insert ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' } : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' }],
    });
    await done;
    process.stderr.write(`edit ${i + 1}: ${Date.now() - t1} ms\n`);
  }
  await client.close();
  const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('the server wrote no profile');
  const s = summariseProfile(join(out, file), 30);
  const row = (e: { selfMs: number; totalMs: number; name: string }) => `${e.selfMs.toFixed(0).padStart(7)} ${e.totalMs.toFixed(0).padStart(7)}  ${e.name}`;
  process.stdout.write(`profile ${join(out, file)}: ${s.totalMs.toFixed(0)} ms\nself ms, total ms, by self:\n${s.bySelf.map(row).join('\n')}\n\nby total:\n${s.byTotal.map(row).join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
