/**
 * Importing saved web pages: the article's text without the site's furniture, and a header from
 * the page's metadata, on pages made to look like real news sites (test/fixtures/import/): one
 * with JSON-LD, one with Open Graph tags, one with neither (an old page in windows-1252), a
 * paywalled stub and a live blog.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, symlinkSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHeader } from '../../server/src/analysis';
import { extractPage, extractText, looksLikeHtml, dayOf, articleFileText, decodePage, importSources, slugOf, type Extraction } from '../../server/src/host/import';
import { writeFileAtomic } from '../../server/src/host/safeFs';
import { FIXTURES } from '../support/fixtures';

const PAGES = join(FIXTURES, 'import');

function page(name: string): string {
  return decodePage(readFileSync(join(PAGES, name)));
}

async function extracted(name: string): Promise<Extraction & { ok: true }> {
  const e = await extractPage(page(name));
  assert.ok(e.ok, e.ok ? '' : e.reason);
  return e;
}

function valuesOf(e: Extraction & { ok: true }): Record<string, string> {
  return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v?.value ?? '']));
}

function sourcesOf(e: Extraction & { ok: true }): Record<string, string> {
  return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v?.from ?? '']));
}

/** Asserts that none of the site's furniture reached the article. */
function assertNoneOf(body: string, phrases: string[]): void {
  for (const p of phrases) assert.ok(!body.includes(p), `"${p}" reached the article:\n${body}`);
}

function withTemp(run: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-import-'));
    try {
      await run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('a page with JSON-LD: the header from the NewsArticle, the text without share buttons, captions, "Read more", newsletter or advertisement', async () => {
  const e = await extracted('velmora-daily.html');
  assert.deepEqual(valuesOf(e), {
    url: 'https://www.velmora-daily.example/news/2025/03/14/council-votes-bridge',
    outlet: 'Velmora Daily',
    title: 'Velmora council votes for harbour bridge',
    date: '2025-03-14',
    author: 'Tomas Reyes',
  });
  assert.equal(sourcesOf(e).outlet, 'JSON-LD publisher');
  assert.equal(sourcesOf(e).date, 'JSON-LD datePublished');
  assert.equal(sourcesOf(e).author, 'JSON-LD author');
  assert.deepEqual(e.missing, []);
  assert.deepEqual(e.notes, []);
  const lines = e.body.split('\n');
  assert.equal(lines[0], 'The price has nearly doubled since the first estimate, and the transport authority says it never agreed to pay.');
  // Headings stand on their own line after a blank one, as the analysis reads sections.
  assert.equal(lines[lines.indexOf('The Vote') - 1], '');
  assert.equal(lines[lines.indexOf('Funding') - 1], '');
  assert.ok(lines.includes('Velmora Transit denied that it had agreed to fund any part of the bridge. A spokesperson for the authority, Jonas Ek, said talks would resume in April.'));
  assert.ok(lines.includes('More than 1,200 residents signed a petition against the plan last month.'));
  assertNoneOf(e.body, ['Share on', 'Copy link', 'Read more', 'Why the bridge price', 'Photo:', 'The old harbour, where', 'Morning Briefing', 'Sign up', 'Advertisement', 'Related stories', 'cookies', 'By Tomas', '07:45', 'Subscribe', '©', 'Bridge\nCouncil']);
});

test('a page with Open Graph tags: the header from og: and article: tags, the text without its share list, caption, promotion and dateline', async () => {
  const e = await extracted('north-sea-wire.html');
  assert.deepEqual(valuesOf(e), {
    url: 'https://northseawire.example/europe/velmora-bridge-vote-4471',
    outlet: 'North Sea Wire',
    title: 'Bridge plan wins council vote in Velmora',
    date: '2025-03-15',
    author: 'Wire staff',
  });
  assert.deepEqual(sourcesOf(e), { url: 'og:url', outlet: 'og:site_name', title: 'og:title', date: 'article:published_time', author: '<meta name="author">' });
  assert.deepEqual(e.missing, []);
  assert.match(e.body, /^This is a fictional story/);
  assert.ok(e.body.includes('The bridge is expected to cost $137 million, a figure that includes the new access roads, the council said in a statement.\n"We have waited long enough,"'));
  assertNoneOf(e.body, ['Read more', 'Ferry strike', 'Council members during', 'Photo desk', 'Enjoying this story', 'Subscribe', 'Share this', 'LinkedIn', 'More from Europe', 'Published 15 March', 'Europe\n', 'Log in']);
});

test('a page with neither: the outlet is its host name and says so, the date is its <time>, the missing author is reported, windows-1252 is decoded', async () => {
  const e = await extracted('harbour-gazette.html');
  assert.deepEqual(valuesOf(e), {
    url: 'https://www.harbourgazette.example/local/bridge-moorings.html',
    outlet: 'harbourgazette.example',
    title: 'Fishermen ask where their boats will go',
    date: '2025-03-16',
  });
  assert.equal(sourcesOf(e).url, 'the "saved from" note of the saved page');
  assert.equal(sourcesOf(e).date, '<time>');
  assert.deepEqual(e.missing, ['author']);
  assert.ok(e.notes.some((n) => n.includes('names no site') && n.includes('harbourgazette.example')), e.notes.join('\n'));
  assert.ok(e.body.includes('who runs the harbour café'), 'the windows-1252 é is decoded');
  assert.ok(e.body.includes('“We read about it in the paper,”'));
  // The date line repeats the header's date; "Share this" is furniture.
  assertNoneOf(e.body, ['Sunday 16 March 2025', 'Share this', 'Print', 'Copyright', 'Letters']);
});

test('a paywalled stub: the teaser only, with a note that the page is for subscribers; the subscription box is left out', async () => {
  const e = await extracted('paywalled.html');
  assert.equal(e.fields.date?.value, '2025-03-17');
  assert.equal(e.fields.author?.value, 'Hanna Voss');
  assert.equal(e.fields.outlet?.value, 'The Velmora Ledger');
  assert.equal(e.body.split('\n').length, 1);
  assert.match(e.body, /^This is a fictional story written to demonstrate Triangulate\. An internal memo/);
  assert.ok(e.notes.some((n) => n.includes('for subscribers') && n.includes(`${e.words} words`)), e.notes.join('\n'));
  assertNoneOf(e.body, ['Subscribe', 'continue reading', 'Already a subscriber', '4 euros a month']);
});

test('a live blog: the introduction and every update in the page\'s order, each under its time and title; dated by its JSON-LD, by its two authors', async () => {
  const e = await extracted('live-blog.html');
  assert.equal(e.fields.date?.value, '2025-03-13');
  assert.equal(e.fields.author?.value, 'Mara Lindqvist, Piet Olsen');
  assert.equal(e.fields.title?.value, 'Live: Velmora council debates the harbour bridge');
  assert.ok(e.notes.some((n) => n.includes('live blog')));
  const lines = e.body.split('\n');
  assert.match(lines[0], /^This is a fictional story .* Follow the council's debate/);
  const updates = [
    ['20:41', 'Council approves the bridge', 'The council has approved the harbour bridge by 19 votes to 12.'],
    ['19:15', 'Brandt speaks against', 'Council member Ilse Brandt told the chamber'],
    ['17:05', 'Debate opens', 'The debate has opened in the council chamber.'],
  ];
  let last = 0;
  for (const [time, title, start] of updates) {
    const at = lines.indexOf(time);
    assert.ok(at > last, `${time} after the update before it`);
    assert.equal(lines[at - 1], '', `a blank line before ${time}`);
    assert.equal(lines[at + 1], title);
    assert.ok(lines[at + 2].startsWith(start), lines[at + 2]);
    last = at;
  }
  assertNoneOf(e.body, ['Copy link', 'Share', 'Sign up', 'evening newsletter', '©']);
});

test('a page with no article text is refused with a reason, and so is text that is no page', async () => {
  const empty = await extractPage('<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  assert.equal(empty.ok, false);
  assert.match(empty.ok ? '' : empty.reason, /no article text/);
  assert.equal(extractText('   \n\n').ok, false);
});

test('the day of a page\'s date: ISO dates and date-times as written, written dates, and nothing else', () => {
  assert.equal(dayOf('2025-03-14T23:45:00-05:00'), '2025-03-14');
  assert.equal(dayOf('2025-03-14'), '2025-03-14');
  assert.equal(dayOf('Sunday 16 March 2025'), '2025-03-16');
  assert.equal(dayOf('March 16, 2025, 7:00 PM'), '2025-03-16');
  assert.equal(dayOf('2025-02-30'), null);
  assert.equal(dayOf('yesterday'), null);
  assert.equal(dayOf('16 Mayhem 2025'), null);
});

test('the header written is the header read: every field back as it was, quotes and odd characters included', () => {
  const fields = { title: '"Nobody asked them" — a council divided', outlet: 'Velmora Daily: City', date: '2025-03-14', url: 'https://example.org/a?b=c#d', author: "O'Neil, J." };
  const text = articleFileText(fields, 'The council voted.\n');
  assert.match(text, /^---\ntitle: /);
  const header = parseHeader(text);
  assert.deepEqual({ title: header.title, outlet: header.outlet, date: header.date, url: header.url, author: header.author }, fields);
  assert.deepEqual(header.problems, []);
  assert.equal(text.slice(header.bodyStart), 'The council voted.\n');
  // Only the fields given are written.
  assert.equal(articleFileText({ outlet: 'Wire' }, 'Text.'), '---\noutlet: Wire\n---\nText.\n');
  // Without fields: the text alone, unless it would itself read as a header.
  assert.equal(articleFileText({}, 'Text.'), 'Text.\n');
  for (const body of ['---\nnot: a header\n---\nText.', 'date 2025-01-01 Text.']) {
    const t = articleFileText({}, body);
    assert.equal(t.slice(parseHeader(t).bodyStart), body + '\n');
  }
});

test('pasted text: its own header is kept and read, text without one keeps every field missing; HTML is told from prose', () => {
  const withHeader = extractText('---\ntitle: Bridge vote\noutlet: Wire\n---\r\nThe council voted on Thursday.\r\n');
  assert.ok(withHeader.ok);
  assert.deepEqual(withHeader.ok && withHeader.missing, ['date', 'url', 'author']);
  assert.equal(withHeader.ok && withHeader.body, 'The council voted on Thursday.');
  const bare = extractText('The council voted on Thursday.');
  assert.deepEqual(bare.ok && bare.missing, ['title', 'outlet', 'date', 'url', 'author']);
  assert.ok(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>'));
  assert.ok(looksLikeHtml('  <p>The council</p>'));
  assert.ok(!looksLikeHtml('The council <b>voted</b>.'));
  assert.equal(slugOf('The Coastal Herald (fictional)'), 'coastal-herald-fictional');
  assert.equal(slugOf('Zürich Zeitung'), 'zurich-zeitung');
});

test('an import never replaces a file: a taken name gets a number, a link at the name is left alone, a page imported before is refused', withTemp(async (dir) => {
  writeFileSync(join(dir, 'velmora-daily.txt'), 'my own notes\n');
  const outside = join(dir, 'outside.md');
  writeFileSync(outside, 'not to be written through\n');
  symlinkSync(outside, join(dir, 'north-sea-wire.txt'));
  const sources = ['velmora-daily.html', 'north-sea-wire.html'].map((n) => ({ kind: 'file' as const, path: join(PAGES, n) }));
  const first = await importSources(sources, dir);
  assert.deepEqual(first.failed, []);
  assert.deepEqual(first.imported.map((i) => i.file), [join(dir, 'velmora-daily-2.txt'), join(dir, 'north-sea-wire-2.txt')]);
  assert.equal(readFileSync(join(dir, 'velmora-daily.txt'), 'utf8'), 'my own notes\n');
  assert.equal(readFileSync(outside, 'utf8'), 'not to be written through\n');
  const written = readFileSync(join(dir, 'velmora-daily-2.txt'), 'utf8');
  assert.equal(parseHeader(written).outlet, 'Velmora Daily');
  // The same pages again: their addresses are in the folder's articles already.
  const again = await importSources(sources, dir);
  assert.deepEqual(again.imported, []);
  assert.deepEqual(again.failed.map((f) => f.reason), [
    'it was imported before, as velmora-daily-2.txt (the same address, https://www.velmora-daily.example/news/2025/03/14/council-votes-bridge)',
    'it was imported before, as north-sea-wire-2.txt (the same address, https://northseawire.example/europe/velmora-bridge-vote-4471)',
  ]);
  // Pasted text has no address: a second paste is a second article.
  const pasted = { kind: 'text' as const, text: 'The council voted on Thursday.', name: 'clipboard' };
  const twice = await importSources([pasted, pasted], dir);
  assert.deepEqual(twice.imported.map((i) => i.file), [join(dir, 'clipboard.txt'), join(dir, 'clipboard-2.txt')]);
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
}));

test('the exclusive write refuses a name taken a moment before, where the replacing write replaces', withTemp(async (dir) => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'first\n');
  await assert.rejects(writeFileAtomic(dir, file, 'second\n', { replace: false }), (err: NodeJS.ErrnoException) => err.code === 'EEXIST');
  assert.equal(readFileSync(file, 'utf8'), 'first\n');
  assert.deepEqual(readdirSync(dir), ['a.txt']);
  await writeFileAtomic(dir, file, 'second\n');
  assert.equal(readFileSync(file, 'utf8'), 'second\n');
}));
