/**
 * A surname one outlet writes with a letter added ("Quintero" / "Quinteros") is one person and
 * a name variant; two such names one article uses side by side stay two people, and a plural
 * ending outside a person's surname stays grammar.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, compareStory, linkEntities } from '../../server/src/analysis';

function variants(files: Record<string, string>) {
  const articles = Object.entries(files).map(([path, text]) => analyzeArticle(`date 2026-02-24\n${text}`, { path }));
  const linking = linkEntities(articles);
  return compareStory(articles, linking).findings.filter((f) => f.rule === 'name-variant').map((f) => f.message);
}

test('a surname with a letter added in one outlet is the same person, reported as a variant', () => {
  const found = variants({
    'a.txt': 'Foreign Minister Ana Lucero met her counterpart Rafael Quintero in Valdera on Tuesday. Quintero said the talks went well.',
    'b.txt': 'Ana Lucero met Foreign Minister Rafael Quinteros in Valdera on Tuesday. Quinteros praised the agreements.',
  });
  assert.equal(found.length, 2, 'one finding on each article');
  assert.match(found[0], /Rafael Quintero/);
  assert.match(found[0], /Rafael Quinteros/);
});

test('two names a letter apart that one article gives as two people are not joined', () => {
  const found = variants({
    'a.txt': 'Rafael Quintero and his brother Rafael Quinteros met reporters in Valdera on Tuesday.',
    'b.txt': 'Rafael Quinteros spoke to reporters in Valdera on Tuesday.',
  });
  assert.deepEqual(found, []);
});
