/**
 * `npm run eval [-- --corpus DIR] [--json] [--write] [--raw] [--unjudged] [--name-errors FILE] [--note TEXT]`
 *
 * Measures the analysis core against the annotated corpora: names, dates, quotes with speakers,
 * and cross-document linking; and the tool's findings on the development stories against the
 * judging data of `scripts/eval/findings/` (`--unjudged` lists the findings nobody has judged).
 * It reads `<corpus>/materialised/` when present and otherwise rebuilds articles and gold from
 * the raw tokenised datasets (`--raw` forces the rebuild).
 * `--json` prints the numbers for machines; `--write` records them in `docs/quality.md`;
 * `--name-errors FILE` writes every name error (ECB+, GUM news, GUM other genres) with its cause
 * and context, one per line, for reading by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Corpus } from '../../server/src/analysis';
import { hasMaterialised, loadMaterialised, type GoldDoc } from './gold';
import { loadRaw } from './raw';
import { compareRaw } from './rawCheck';
import { loadSpeakers } from './speakers';
import { analyseAll, collectDiscrepancies, poolDates, scoreDates, scoreLinking, scoreNames, scoreQuotes, type EvalReport } from './evaluate';
import { formatText, updateQualityDoc } from './report';
import { scoreSentences } from './sentences';
import { evaluateFindings, formatUnjudged } from './findings/run';
import { isOtherGenre, scoreGenres } from './genres';
import { formatNameErrors, nameErrors } from './nameErrors';

interface Args {
  corpus: string;
  json: boolean;
  write: boolean;
  raw: boolean;
  rawCheck: boolean;
  unjudged: boolean;
  nameErrors: string;
  note: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { corpus: '../shared/corpus', json: false, write: false, raw: false, rawCheck: false, unjudged: false, nameErrors: '', note: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') args.corpus = argv[++i] ?? args.corpus;
    else if (a.startsWith('--corpus=')) args.corpus = a.slice('--corpus='.length);
    else if (a === '--json') args.json = true;
    else if (a === '--write') args.write = true;
    else if (a === '--raw') args.raw = true;
    else if (a === '--raw-check') args.rawCheck = true;
    else if (a === '--unjudged') args.unjudged = true;
    else if (a === '--name-errors') args.nameErrors = argv[++i] ?? '';
    else if (a === '--note') args.note = argv[++i] ?? '';
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run eval [-- --corpus DIR] [--json] [--write] [--raw] [--raw-check] [--unjudged] [--name-errors FILE] [--note TEXT]\n');
      process.exit(0);
    } else {
      process.stderr.write(`eval: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  return args;
}

function commit(): string {
  try {
    const git = (...a: string[]) => execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    // Numbers measured with uncommitted changes to the analysis code say so.
    return git('status', '--porcelain', '--untracked-files=all', '--', 'server/src/analysis') ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const corpusDir = resolve(args.corpus);
  if (!existsSync(corpusDir)) {
    // The annotated corpora are kept outside the repository (beside it, as ../shared/corpus), so
    // a fresh clone has none: say so plainly rather than fail on the first file read.
    process.stderr.write(
      `eval: the evaluation corpus is not at ${corpusDir}. It is kept outside the repository; ` +
        'place it at ../shared/corpus or name its folder with --corpus DIR. Nothing is measured, the findings on the development stories included; the tests (npm test) do not need it.\n',
    );
    process.exit(2);
  }
  if (args.rawCheck) {
    // Compares the raw rebuild with the materialised gold instead of scoring the analyser.
    process.stdout.write(`${JSON.stringify(compareRaw(loadRaw(corpusDir), loadMaterialised(corpusDir)), null, 2)}\n`);
    return;
  }
  const started = Date.now();
  const useRaw = args.raw || !hasMaterialised(corpusDir);
  const docs: GoldDoc[] = useRaw ? loadRaw(corpusDir) : loadMaterialised(corpusDir);
  if (!docs.length) {
    process.stderr.write(`eval: no annotated documents found in ${corpusDir}\n`);
    process.exit(2);
  }
  const { corpus, articles } = analyseAll(docs);
  // GUM's genres other than news are measured apart (report.genres): the targets, and the
  // history's columns, keep meaning GUM news.
  const of = (pick: (d: GoldDoc) => boolean) => docs.filter((d) => !isOtherGenre(d) && pick(d));
  const report: EvalReport = {
    date: new Date().toISOString().slice(0, 10),
    commit: commit(),
    corpus: args.corpus,
    source: useRaw ? 'raw' : 'materialised',
    documents: docs.length,
    seconds: 0,
    names: {},
    dates: {},
    quotes: null,
    linking: null,
    discrepancies: null,
    findings: null,
    genres: scoreGenres(docs, articles),
  };
  for (const ds of ['gum', 'ecbplus'] as const) {
    const set = of((d) => d.dataset === ds && d.tasks.names);
    if (set.length) report.names[ds] = scoreNames(set, articles);
  }
  for (const ds of ['esc', 'gum'] as const) {
    const set = of((d) => d.dataset === ds && d.tasks.dates);
    if (set.length) report.dates[ds] = scoreDates(set, articles);
  }
  report.sentences = scoreSentences(corpusDir, docs, articles);
  const dateParts = [report.dates.esc, report.dates.gum].filter((x) => !!x);
  if (dateParts.length) report.dates.all = poolDates(dateParts);
  const quoteDocs = of((d) => d.tasks.quotes);
  if (quoteDocs.length) {
    // Speaker-set articles outside the gold (the seed article) are read from the corpus folder
    // and analysed with their story folder's other articles, as the product would see them.
    const extra = (file: string) => {
      const path = join(corpusDir, file);
      if (!existsSync(path)) return null;
      const own = new Corpus({ storyScope: 'folder' });
      const dir = dirname(path);
      for (const name of readdirSync(dir).sort()) {
        if (name.endsWith('.txt') && join(dir, name) !== path) own.setArticle(join(dir, name), readFileSync(join(dir, name), 'utf8'));
      }
      const article = own.setArticle(path, readFileSync(path, 'utf8'));
      return { article, story: own.snapshot().storyOf(path) };
    };
    // The speaker set spans ECB+ and every GUM genre, so its articles are looked up among all
    // the documents, not only those with a gold quote layer.
    const speakerSet = loadSpeakers(join('test', 'fixtures', 'speakers'));
    report.quotes = scoreQuotes(quoteDocs, articles, speakerSet, corpus.snapshot(), extra, docs);
  }
  const corefDocs = of((d) => d.tasks.coref);
  if (corefDocs.length) report.linking = scoreLinking(corefDocs, corpus);
  // ESC holds ECB+ articles with their creation dates, so relative dates resolve there.
  if (corefDocs.length) report.discrepancies = collectDiscrepancies(corpus, (id) => /^(ecbplus|esc)\//.test(id));
  const findings = evaluateFindings(corpusDir);
  report.findings = findings;
  if (findings.skipped) process.stderr.write(`eval: findings on the development stories NOT MEASURED: ${findings.skipped}\n`);
  report.seconds = (Date.now() - started) / 1000;

  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatText(report)}\n`);
  if (args.unjudged) process.stdout.write(`\n${formatUnjudged(findings.unjudged)}\n`);
  if (args.nameErrors) {
    const named = (pick: (d: GoldDoc) => boolean) => docs.filter((d) => d.tasks.names && pick(d));
    const errors = [
      ...nameErrors('ecbplus', named((d) => d.dataset === 'ecbplus'), articles),
      ...nameErrors('gum-news', named((d) => d.dataset === 'gum' && !isOtherGenre(d)), articles),
      ...nameErrors('gum-other', named(isOtherGenre), articles),
    ];
    writeFileSync(args.nameErrors, formatNameErrors(errors));
    process.stderr.write(`eval: wrote ${errors.length} name errors to ${args.nameErrors}\n`);
  }

  if (args.write) {
    const path = join('docs', 'quality.md');
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : null;
    const { text, dropped } = updateQualityDoc(existing, report, args.note);
    writeFileSync(path, text);
    process.stderr.write(`eval: wrote ${path}${dropped.length ? `; LOWER than the previous run: ${dropped.join(', ')} — explain it in the notes` : ''}\n`);
  }
}

main();
