/**
 * The steps of "Triangulate: Import Article from URL…" (`client/src/urlImport.ts`), with the
 * editor's parts played by the test: in an untrusted workspace the command says why it is off and
 * asks nothing and fetches nothing; in a trusted one it asks for the address (the input box
 * refusing any address the fetcher would refuse) and the folder, then imports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UNTRUSTED_URL_IMPORT, runUrlImport, urlInputProblem, type UrlImportSteps } from '../../client/src/urlImport';
import type { ImportOutcome } from '../../server/src/host/import';

const OUTCOME: ImportOutcome = { imported: [], failed: [] };

/** Steps that record what was called; `trust` gives the answer to each reading of `trusted`. */
function steps(trust: boolean[], url: string | undefined, folder: string | undefined) {
  const calls: string[] = [];
  const fetched: string[] = [];
  let reads = 0;
  const s: UrlImportSteps = {
    get trusted() {
      return trust[Math.min(reads++, trust.length - 1)];
    },
    refuse: (message) => void calls.push(`refuse: ${message}`),
    askUrl: async (validate) => {
      calls.push('askUrl');
      assert.equal(validate(url ?? ''), undefined, 'the answer given passes the input box');
      return url;
    },
    askFolder: async () => {
      calls.push('askFolder');
      return folder;
    },
    fetchAndImport: async (u, f) => {
      calls.push(`import ${f}`);
      fetched.push(u);
      return OUTCOME;
    },
  };
  return { s, calls, fetched };
}

test('in an untrusted workspace the command says why it is off, and asks nothing and fetches nothing', async () => {
  const { s, calls, fetched } = steps([false], 'https://example.org/story', '/ws/story');
  assert.equal(await runUrlImport(s), undefined);
  assert.deepEqual(calls, [`refuse: ${UNTRUSTED_URL_IMPORT}`]);
  assert.deepEqual(fetched, []);
  assert.match(UNTRUSTED_URL_IMPORT, /Restricted Mode/);
  assert.match(UNTRUSTED_URL_IMPORT, /Trust this workspace/);
});

test('in a trusted workspace it asks for the address and the folder, then fetches that address (without its fragment)', async () => {
  const { s, calls, fetched } = steps([true], ' https://example.org/story?id=4#comments ', '/ws/story');
  assert.deepEqual(await runUrlImport(s), { outcome: OUTCOME, folder: '/ws/story' });
  assert.deepEqual(calls, ['askUrl', 'askFolder', 'import /ws/story']);
  assert.deepEqual(fetched, ['https://example.org/story?id=4']);
});

test('cancelling the address or the folder fetches nothing; trust withdrawn before the fetch refuses it', async () => {
  for (const [url, folder] of [[undefined, '/ws'], ['', '/ws'], ['https://example.org/a', undefined]] as const) {
    const { s, fetched } = steps([true], url, folder);
    assert.equal(await runUrlImport(s), undefined);
    assert.deepEqual(fetched, []);
  }
  const { s, calls, fetched } = steps([true, false], 'https://example.org/a', '/ws/story');
  assert.equal(await runUrlImport(s), undefined);
  assert.deepEqual(calls, ['askUrl', 'askFolder', `refuse: ${UNTRUSTED_URL_IMPORT}`]);
  assert.deepEqual(fetched, []);
});

test('the input box accepts http and https addresses only, without credentials, and says what is wrong', () => {
  assert.equal(urlInputProblem(''), undefined, 'nothing typed yet: no complaint');
  assert.equal(urlInputProblem('https://www.example.org/news/2025/bridge'), undefined);
  assert.equal(urlInputProblem('http://127.0.0.1:8080/a'), undefined);
  assert.equal(urlInputProblem('file:///etc/passwd'), 'Only http and https addresses are fetched, not file:.');
  assert.equal(urlInputProblem('ftp://example.org/a'), 'Only http and https addresses are fetched, not ftp:.');
  assert.equal(urlInputProblem('https://user:pw@example.org/a'), 'The address carries a user name or password; give it without them.');
  assert.equal(urlInputProblem('https://user@example.org/a'), 'The address carries a user name or password; give it without them.');
  assert.equal(urlInputProblem('example.org/news'), 'Give the whole address, starting with https:// (or http://).');
  assert.equal(urlInputProblem('bridge vote'), 'It is not a web address.');
  // A refused address never reaches the fetch, even if the input box were bypassed.
  const { s, fetched } = steps([true], 'file:///etc/passwd', '/ws/story');
  s.askUrl = async () => 'file:///etc/passwd';
  return runUrlImport(s).then((r) => {
    assert.equal(r, undefined);
    assert.deepEqual(fetched, []);
  });
});
