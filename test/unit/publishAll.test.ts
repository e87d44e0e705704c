/**
 * The diagnostics publisher asked to publish every story again: with `resend`, every file is
 * computed and sent again (settings or decisions changed what is shown); without it, a file
 * whose article, findings and document version are those last published is not sent again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, type Finding } from '../../server/src/analysis';
import { ROOT } from '../support/fixtures';
import { publisherOver } from '../support/publisher';

const STORY = join(ROOT, 'test', 'fixtures', 'stories', 'harbour-bridge');

/** A publisher over a corpus of the fixture story, with the files it sends recorded. */
function setUp() {
  const corpus = new Corpus();
  for (const name of readdirSync(STORY).filter((n) => n.endsWith('.txt')).sort()) corpus.setArticle(`harbour-bridge/${name}`, readFileSync(join(STORY, name), 'utf8'));
  const { publisher, sent } = publisherOver(corpus, (key) => `file:///${key}`);
  const articles = corpus.snapshot().paths().length;
  return { publisher, sent, articles, corpus };
}

test('publishing every story again sends a file only when asked to, or when its diagnostics changed', async () => {
  const { publisher, sent, articles, corpus } = setUp();
  assert.ok(articles >= 2);
  publisher.scheduleAll(true);
  publisher.publishNow();
  assert.equal(sent.length, articles, 'every file is published once');

  sent.length = 0;
  publisher.scheduleAll(true, false);
  publisher.publishNow();
  assert.equal(sent.length, 0, 'nothing changed: nothing is sent');

  publisher.scheduleAll(true);
  publisher.publishNow();
  assert.equal(sent.length, articles, 'asked to: every file is sent again');

  // A filter that hides findings (a decision recorded) is applied when every file is resent.
  const findings = corpus.snapshot().stories().flatMap((s) => s.findings ?? []);
  assert.ok(findings.length > 0, 'the fixture story has findings');
  const hidden = new Set<string>(findings.slice(0, 1).map((f: Finding) => f.path));
  sent.length = 0;
  publisher.keep = (f) => f !== findings[0];
  publisher.scheduleAll(true);
  publisher.publishNow();
  assert.equal(sent.length, articles);
  for (const path of hidden) assert.ok(sent.some((p) => p.uri === `file:///${path}`));
  // The timers the schedule armed find nothing left to do.
  await new Promise((r) => setTimeout(r, 30));
});
