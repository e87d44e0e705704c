import { analyzeArticle } from '../analysis';
import { readFileSync } from 'node:fs';

// Placeholder until the CLI lands.
for (const file of process.argv.slice(3)) {
  const a = analyzeArticle(readFileSync(file, 'utf8'), { path: file });
  console.log(`${file}: ${a.sections.length} sections, ${a.sentences.length} sentences`);
}
