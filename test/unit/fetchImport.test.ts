/**
 * Importing a page from its web address, against an HTTP server this test starts on 127.0.0.1:
 * a news page imported with its metadata and the address it came from, a redirect followed and
 * recorded, and every refusal (an HTTP error, a content type that is no page, a body over the
 * limit, a server too slow, a redirect to another scheme, an address with credentials) said in
 * words with no file written. An existing file is never overwritten, and an address imported
 * before is not fetched again. The command line's `--url` is run against the same server.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHeader } from '../../server/src/analysis';
import { MAX_PAGE_SIZE, fetchLimitsOf, importSources, type ImportOptions, type ImportOutcome } from '../../server/src/host/import';
import { fetchPage } from '../../server/src/host/import/fetchPage';
import { checkPageUrl } from '../../server/src/host/import/pageUrl';
import { FIXTURES } from '../support/fixtures';
import { boundMs } from '../support/timing';

const PAGE = readFileSync(join(FIXTURES, 'import', 'velmora-daily.html'));
const OTHER_PAGE = readFileSync(join(FIXTURES, 'import', 'north-sea-wire.html'));

/** Paths the server was asked for, in order, with the headers sent. */
const requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
/** Responses still open (the slow page), ended when the server closes. */
const open = new Set<ServerResponse>();

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  requests.push({ path, headers: req.headers });
  const html = (body: Buffer | string, extra: Record<string, string> = {}): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra });
    res.end(body);
  };
  switch (path) {
    case '/news/bridge':
      return html(PAGE);
    case '/old/bridge':
      res.writeHead(301, { location: '/news/moved?from=old' });
      return void res.end();
    case '/news/moved?from=old':
      return html(OTHER_PAGE);
    case '/missing':
      res.writeHead(404, { 'content-type': 'text/html' });
      return void res.end('<html><body><h1>Not found</h1></body></html>');
    case '/photo.jpg':
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      return void res.end(Buffer.alloc(2048, 0xff));
    case '/feed.json':
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"headline":"Velmora council votes"}');
    case '/untyped':
      res.writeHead(200);
      return void res.end('<html><body><p>No type.</p></body></html>');
    case '/huge-declared':
      // The body would be 50 kB of nothing; the declared length alone refuses it.
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000) });
      return void res.end(Buffer.alloc(50_000, 0x61));
    case '/huge-streamed':
      // No length declared: the body is cut off as it passes the limit.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><head><title>Bridge hearing, hour by hour</title></head><body><article>');
      for (let i = 0; i < 100; i++) res.write(`<p>At ${i} minutes past, another resident of Velmora asked the council why the harbour bridge will cost more than the first estimate, and the chair said the answer would come in writing before the April meeting of the transport committee.</p>`);
      res.write('</article></body></html>');
      return void res.end();
    case '/slow':
      // Headers at once, the body never: the time limit covers the body too.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Velmora');
      open.add(res);
      return;
    case '/silent':
      open.add(res);
      return;
    case '/to-file':
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return void res.end();
    case '/to-ftp':
      res.writeHead(307, { location: 'ftp://127.0.0.1/story.html' });
      return void res.end();
    case '/to-credentials':
      res.writeHead(302, { location: `http://reader:secret@127.0.0.1:${port()}/news/bridge` });
      return void res.end();
    case '/loop':
      res.writeHead(302, { location: '/loop' });
      return void res.end();
    case '/plain':
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('VELMORA, March 14 — The city council voted 7 to 4 on Thursday to build a harbour bridge.\n\nThe bridge will cost €80 million, the council said.\n');
    case '/latin1':
      // No charset in the page: the server's Content-Type names it.
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      return void res.end(Buffer.from('<html><head><title>Caf\xe9 owners fear the bridge</title></head><body><article><p>Erik Sand, who runs the harbour caf\xe9, said nobody from the city had told the fishermen where their boats would go. The council approved the bridge on Thursday, and the harbour master said a plan for new moorings would be ready by summer.</p></article></body></html>', 'latin1'));
    default:
      res.writeHead(404);
      return void res.end();
  }
}

let server: Server;
function port(): number {
  return (server.address() as AddressInfo).port;
}
function at(path: string): string {
  return `http://127.0.0.1:${port()}${path}`;
}

before(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

after(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function withTemp(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-fetch-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Imports one address into `dir`, quickly timed out; asserts it failed, wrote nothing, and returns the reason. */
async function refused(dir: string, url: string, options: ImportOptions = {}): Promise<string> {
  const outcome = await importSources([{ kind: 'url', url }], dir, { timeoutMs: 2_000, ...options });
  assert.deepEqual(outcome.imported, [], `${url} was imported`);
  assert.equal(outcome.failed.length, 1);
  // The address as given, a password in it hidden.
  assert.equal(outcome.failed[0].source, url.trim().replace(/\/\/reader:secret@/, '//…@'));
  assert.deepEqual(readdirSync(dir), [], `${url} left files behind`);
  return outcome.failed[0].reason;
}

function only(outcome: ImportOutcome): ImportOutcome['imported'][number] {
  assert.deepEqual(outcome.failed, []);
  assert.equal(outcome.imported.length, 1);
  return outcome.imported[0];
}

test('a news page with JSON-LD is fetched and imported with its metadata; its url is the address it was fetched from', withTemp(async (dir) => {
  const done = only(await importSources([{ kind: 'url', url: at('/news/bridge') }], dir));
  assert.equal(done.file, join(dir, 'velmora-daily.txt'));
  assert.equal(done.source, at('/news/bridge'));
  const text = readFileSync(done.file, 'utf8');
  const header = parseHeader(text);
  assert.equal(header.title, 'Velmora council votes for harbour bridge');
  assert.equal(header.outlet, 'Velmora Daily');
  assert.equal(header.date, '2025-03-14');
  assert.equal(header.author, 'Tomas Reyes');
  // Not the page's own og:url or JSON-LD url: where it was found.
  assert.equal(header.url, at('/news/bridge'));
  assert.ok(text.includes('Velmora Transit denied that it had agreed to fund any part of the bridge.'));
  assert.ok(!text.includes('Share on'), 'the furniture is removed as for a saved page');
  // One plain request: no cookie, no credentials, no referrer.
  const sent = requests.filter((r) => r.path === '/news/bridge').at(-1)!.headers;
  assert.equal(sent.cookie, undefined);
  assert.equal(sent.authorization, undefined);
  assert.equal(sent.referer, undefined);
}));

test('a redirect to another local path is followed, and the final address is the url recorded', withTemp(async (dir) => {
  const done = only(await importSources([{ kind: 'url', url: at('/old/bridge') }], dir));
  const header = parseHeader(readFileSync(done.file, 'utf8'));
  assert.equal(header.url, at('/news/moved?from=old'));
  assert.equal(header.outlet, 'North Sea Wire');
  assert.equal(done.fields.url, at('/news/moved?from=old'));
}));

test('plain text is imported under its address, the host name standing for the outlet it does not name; a charset the server names is used', withTemp(async (dir) => {
  const plain = only(await importSources([{ kind: 'url', url: at('/plain') }], dir));
  const header = parseHeader(readFileSync(plain.file, 'utf8'));
  assert.equal(header.url, at('/plain'));
  assert.equal(header.outlet, '127.0.0.1');
  assert.ok(plain.notes.some((n) => /host name "127\.0\.0\.1" is used/.test(n)), plain.notes.join('\n'));
  assert.deepEqual(plain.missing, ['title', 'date', 'author']);
  const latin = only(await importSources([{ kind: 'url', url: at('/latin1') }], dir));
  const text = readFileSync(latin.file, 'utf8');
  assert.equal(parseHeader(text).title, 'Café owners fear the bridge');
  assert.ok(text.includes('harbour café, said'));
}));

test('an HTTP error, a content type that is not a page, and a missing content type: each refused in words, no file written', withTemp(async (dir) => {
  assert.equal(await refused(dir, at('/missing')), 'the server answered 404 Not Found');
  assert.equal(await refused(dir, at('/photo.jpg')), 'it is image/jpeg, not a web page (text/html) or text (text/plain)');
  assert.equal(await refused(dir, at('/feed.json')), 'it is application/json, not a web page (text/html) or text (text/plain)');
  assert.match(await refused(dir, at('/untyped')), /^the server did not say what it sent \(no Content-Type\)/);
}));

test('a body over the page limit is refused, whether its length is declared or it only grows too long; a saved page has the same limit, and by default a page of several megabytes is imported', withTemp(async (dir) => {
  assert.equal(await refused(dir, at('/huge-declared'), { maxPageBytes: 10_000 }), 'the page is larger than 10,000 bytes (the largest page imported)');
  assert.equal(await refused(dir, at('/huge-streamed'), { maxPageBytes: 10_000 }), 'the page is larger than 10,000 bytes (the largest page imported)');
  // A command line names its own option.
  assert.equal(await refused(dir, at('/huge-declared'), { maxPageBytes: 10, limitName: 'see --max-page-size' }), 'the page is larger than 10 bytes (see --max-page-size)');
  // A saved page is held to the same limit, with the same words.
  const saved = join(dir, 'saved.html');
  writeFileSync(saved, `<html><body><article>${'<p>The harbour bridge will cost more than the first estimate, the chair of the transport committee said.</p>'.repeat(200)}</article></body></html>`);
  const outcome = await importSources([{ kind: 'file', path: saved }], join(dir, 'saved-story'), { maxPageBytes: 10_000 });
  assert.deepEqual(outcome.failed.map((f) => f.reason), ['the page is larger than 10,000 bytes (the largest page imported)']);
  // A page is limited as a page, not as an article: 3 MB of markup around its text is ordinary.
  assert.equal(fetchLimitsOf({}).maxBytes, MAX_PAGE_SIZE);
  assert.ok(MAX_PAGE_SIZE > 3_000_000);
  // Under the default limit the same page is imported.
  only(await importSources([{ kind: 'url', url: at('/huge-streamed') }], dir));
}));

test('a server too slow is given up after the time limit, whether the headers or the body are late', withTemp(async (dir) => {
  const started = Date.now();
  assert.equal(await refused(dir, at('/silent'), { timeoutMs: 300 }), 'the server did not send the page within 0.3 seconds');
  assert.equal(await refused(dir, at('/slow'), { timeoutMs: 300 }), 'the server did not send the page within 0.3 seconds');
  // Both gave up near the limit, not at the server's leisure (it never answers).
  assert.ok(Date.now() - started < boundMs(5_000));
}));

test('a redirect to a file:, ftp: or credentialled address is not followed, nor are endless redirects', withTemp(async (dir) => {
  assert.equal(await refused(dir, at('/to-file')), 'it redirects to file:///etc/passwd, which is not followed: only http and https addresses are fetched, not file:');
  assert.equal(await refused(dir, at('/to-ftp')), 'it redirects to ftp://127.0.0.1/story.html, which is not followed: only http and https addresses are fetched, not ftp:');
  const credentialled = await refused(dir, at('/to-credentials'));
  assert.match(credentialled, /^it redirects to http:\/\/…@127\.0\.0\.1:\d+\/news\/bridge, which is not followed: the address carries a user name or password/);
  assert.equal(await refused(dir, at('/loop')), 'it redirects more than 5 times');
  // The credentials were never sent to the page they pointed at.
  assert.ok(!requests.some((r) => r.headers.authorization));
}));

test('addresses that are not http or https, or carry credentials, are refused before any request', withTemp(async (dir) => {
  const count = requests.length;
  assert.equal(await refused(dir, 'file:///etc/passwd'), 'only http and https addresses are fetched, not file:');
  assert.equal(await refused(dir, 'javascript:alert(1)'), 'only http and https addresses are fetched, not javascript:');
  assert.equal(await refused(dir, `http://reader:secret@127.0.0.1:${port()}/news/bridge`), 'the address carries a user name or password; give it without them');
  assert.equal(await refused(dir, 'velmora-daily.example/news'), 'give the whole address, starting with https:// (or http://)');
  assert.equal(await refused(dir, 'not an address'), 'it is not a web address');
  assert.equal(requests.length, count, 'no request was made');
  // A connection refused is said so (a port nothing listens on: the one just closed).
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const free = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  assert.equal(await refused(dir, `http://127.0.0.1:${free}/news`), 'the server refused the connection');
  // The fragment is no part of the address fetched or recorded.
  assert.deepEqual(checkPageUrl(' https://example.org/a?b=1#comments '), { ok: true, url: 'https://example.org/a?b=1' });
  const page = await fetchPage(`${at('/news/bridge')}#top`, { maxBytes: 2_000_000, limitName: 'triangulate.maxFileSize' });
  assert.ok(page.ok && page.url === at('/news/bridge') && page.kind === 'html');
}));

test('a URL import never overwrites a file, and an address imported before is refused without being fetched again', withTemp(async (dir) => {
  writeFileSync(join(dir, 'velmora-daily.txt'), 'my own notes\n');
  const first = only(await importSources([{ kind: 'url', url: at('/news/bridge') }], dir));
  assert.equal(first.file, join(dir, 'velmora-daily-2.txt'));
  assert.equal(readFileSync(join(dir, 'velmora-daily.txt'), 'utf8'), 'my own notes\n');
  const count = requests.length;
  const again = await importSources([{ kind: 'url', url: `${at('/news/bridge')}#comments` }], dir);
  assert.deepEqual(again.imported, []);
  assert.deepEqual(again.failed.map((f) => f.reason), [`it was imported before, as velmora-daily-2.txt (the same address, ${at('/news/bridge')})`]);
  assert.equal(requests.length, count, 'not fetched again');
  // Reached through a redirect, the page is refused once its final address is known.
  writeFileSync(join(dir, 'moved.txt'), `---\noutlet: North Sea Wire\nurl: ${at('/news/moved?from=old')}\n---\nText.\n`);
  const moved = await importSources([{ kind: 'url', url: at('/old/bridge') }], dir);
  assert.deepEqual(moved.failed.map((f) => f.reason), [`it was imported before, as moved.txt (the same address, ${at('/news/moved?from=old')})`]);
  assert.deepEqual(readdirSync(dir).sort(), ['moved.txt', 'velmora-daily-2.txt', 'velmora-daily.txt']);
}));

// The bundled CLI: out/test/unit/fetchImport.test.js → out/cli.js. Run without blocking, so that
// this process's server can answer it.
const CLI = join(__dirname, '..', '..', 'cli.js');

function cli(cwd: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('triangulate import --url fetches into the story folder, names the article, and reports a page it could not import', withTemp(async (dir) => {
  const r = await cli(dir, 'import', '--url', at('/news/bridge'), '--url', at('/missing'), '--story', 'bridge');
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, `${join('bridge', 'velmora-daily.txt')}\n`);
  assert.match(r.stderr, new RegExp(`not imported: ${at('/missing').replace(/[.]/g, '\\.')}: the server answered 404 Not Found\n`));
  assert.match(r.stderr, /imported 1 article, 1 page not imported\n$/);
  assert.equal(parseHeader(readFileSync(join(dir, 'bridge', 'velmora-daily.txt'), 'utf8')).url, at('/news/bridge'));
  // Without --story, into the current folder; --max-page-size is the page's limit.
  const small = await cli(dir, 'import', '--url', at('/old/bridge'), '--max-page-size', '100');
  assert.equal(small.status, 1);
  assert.match(small.stderr, /the page is larger than 100 bytes \(see --max-page-size\)/);
  const moved = await cli(dir, 'import', '--url', at('/old/bridge'));
  assert.equal(moved.status, 0, moved.stderr);
  assert.equal(moved.stdout, 'north-sea-wire.txt\n');
}));

test('triangulate import --url refuses an address that is not http or https, or that carries credentials, as a usage error', withTemp(async (dir) => {
  const count = requests.length;
  const file = await cli(dir, 'import', '--url', 'file:///etc/passwd');
  assert.equal(file.status, 2);
  assert.match(file.stderr, /--url file:\/\/\/etc\/passwd: only http and https addresses are fetched, not file:/);
  const secret = await cli(dir, 'import', `--url=http://reader:secret@127.0.0.1:${port()}/news/bridge`);
  assert.equal(secret.status, 2);
  assert.match(secret.stderr, /--url http:\/\/…@127\.0\.0\.1:\d+\/news\/bridge: the address carries a user name or password/);
  assert.ok(!secret.stderr.includes('secret'), 'the password is not printed');
  const none = await cli(dir, 'import', '--url');
  assert.equal(none.status, 2);
  assert.match(none.stderr, /--url needs a value/);
  assert.equal(requests.length, count);
  assert.deepEqual(readdirSync(dir), []);
}));
