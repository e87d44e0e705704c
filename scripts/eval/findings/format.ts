/**
 * The findings task's part of the eval report: terminal tables and the Markdown block of
 * `docs/quality.md`.
 */
import type { RecallCount } from './match';
import type { FindingsReport } from './run';

const f3 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(3));
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));
const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** How many missed differences the tables list. */
const MISSED_SHOWN = 40;
/** How many data problems the tables list. */
const PROBLEMS_SHOWN = 20;

function scope(r: FindingsReport): string {
  return `${r.stories} story folders, ${r.articles} articles; ${r.rawFindings} findings as shown (one per article involved), ${r.distinct} distinct; ${r.judgedEntries} judged entries`;
}

function unjudgedLine(r: FindingsReport): string {
  return r.unjudged.length
    ? `NOT YET JUDGED: ${r.unjudged.length} findings (${r.unjudged.filter((u) => u.severity === 'warning').length} warnings); list them with \`npm run eval -- --unjudged\` and judge them by reading`
    : 'not yet judged: none';
}

function staleLine(r: FindingsReport): string {
  const n = Object.values(r.stale).reduce((a, b) => a + b, 0);
  return n ? `judged findings no longer raised: ${n} (${Object.entries(r.stale).filter(([, c]) => c).map(([v, c]) => `${v} ${c}`).join(', ')})` : 'judged findings no longer raised: none';
}

const recallCells = (c: RecallCount) => [String(c.listed), String(c.flagged), String(c.flaggedWarning), f3(c.recall)];

/** The findings section of the terminal report. */
export function findingsText(r: FindingsReport): string[] {
  if (r.skipped) return ['', `Findings on the development stories: NOT MEASURED — ${r.skipped}`];
  const out = ['', `Findings on the development stories (${scope(r)})`];
  out.push(`  ${pad('rule', 22)} ${pad('severity', 12)} ${['found', 'judged', 'TRUE', 'COMPAT', 'MISREAD', 'trivial', 'unjudged', 'precision'].map((h) => pad(h, 9, true)).join(' ')}`);
  for (const row of r.rows) {
    const cells = [row.findings, row.judged, row.verdicts.TRUE, row.verdicts.COMPATIBLE, row.verdicts.MISREAD, row.trivialTrue, row.unjudged].map(String);
    out.push(`  ${pad(row.rule, 22)} ${pad(row.severity, 12)} ${[...cells, f3(row.precision)].map((c) => pad(c, 9, true)).join(' ')}`);
  }
  const w = r.warnings;
  out.push(`  warnings: ${w.true} TRUE of ${w.judged} judged = ${f3(w.precision)}; worth a correction (TRUE, not a trivial variant) ${w.true - w.trivialTrue} = ${f3(w.worthCorrection)}; trivial TRUE ${w.trivialTrue}`);
  out.push(`  ${unjudgedLine(r)}`, `  ${staleLine(r)}`);
  if (r.recall) {
    const rc = r.recall;
    out.push('', `Real differences flagged (${rc.stories} stories read in full; ${rc.updates} updates of a developing story listed apart, not counted)`);
    out.push(`  ${pad('kind', 10)} ${['listed', 'flagged', 'warning', 'recall'].map((h) => pad(h, 8, true)).join(' ')}`);
    for (const [kind, c] of Object.entries(rc.byKind)) if (c) out.push(`  ${pad(kind, 10)} ${recallCells(c).map((x) => pad(x, 8, true)).join(' ')}`);
    out.push(`  ${pad('overall', 10)} ${recallCells(rc.overall).map((x) => pad(x, 8, true)).join(' ')}`);
    if (rc.missed.length) {
      out.push(`  missed${rc.missed.length > MISSED_SHOWN ? ` (first ${MISSED_SHOWN} of ${rc.missed.length})` : ''}:`);
      for (const m of rc.missed.slice(0, MISSED_SHOWN)) out.push(`    - ${m.story} ${m.kind}: ${JSON.stringify(clip(m.a, 70))} vs ${JSON.stringify(clip(m.b, 70))}`);
    }
  } else {
    out.push('', 'Real differences flagged: no differences file yet (scripts/eval/findings/differences/*.json)');
  }
  if (r.problems.length) {
    out.push('', `Findings data problems (${r.problems.length}):`);
    for (const p of r.problems.slice(0, PROBLEMS_SHOWN)) out.push(`  - ${p}`);
  }
  return out;
}

/** The findings block of `docs/quality.md`. */
export function findingsMarkdown(r: FindingsReport): string[] {
  if (r.skipped) return ['', '### Findings on the development stories', '', `Not measured: ${r.skipped}.`];
  const out = ['', '### Findings on the development stories', '', `${scope(r)}. Each distinct finding is judged by reading both articles (\`scripts/eval/findings/judged.json\`): TRUE a real difference (for an agreement or paraphrase note: the pairing it states is right), COMPATIBLE no real conflict, MISREAD an extraction error.`, ''];
  out.push('| rule | severity | found | judged | TRUE | COMPATIBLE | MISREAD | trivial TRUE | not yet judged | precision |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of r.rows) {
    out.push(`| \`${row.rule}\` | ${row.severity} | ${row.findings} | ${row.judged} | ${row.verdicts.TRUE} | ${row.verdicts.COMPATIBLE} | ${row.verdicts.MISREAD} | ${row.trivialTrue} | ${row.unjudged} | ${f3(row.precision)} |`);
  }
  const w = r.warnings;
  out.push('', `Warnings: **${f3(w.precision)}** TRUE (${w.true} of ${w.judged} judged); worth a correction (TRUE and not a one-letter or function-word variant): ${f3(w.worthCorrection)} (${w.true - w.trivialTrue}). ${unjudgedLine(r).replace(/^./, (c) => c.toUpperCase())}. ${staleLine(r).replace(/^./, (c) => c.toUpperCase())}.`);
  if (r.recall) {
    const rc = r.recall;
    out.push('', `Real differences flagged, ${rc.stories} stories read in full (\`scripts/eval/findings/differences/\`; ${rc.updates} updates of a developing story listed apart):`, '');
    out.push('| kind | listed | flagged | flagged by a warning | recall |', '|---|---:|---:|---:|---:|');
    for (const [kind, c] of Object.entries(rc.byKind)) if (c) out.push(`| ${kind} | ${recallCells(c).join(' | ')} |`);
    out.push(`| **overall** | ${recallCells(rc.overall).join(' | ')} |`);
  }
  if (r.problems.length) out.push('', `Data problems: ${r.problems.length} (run \`npm run eval\` to list them).`);
  return out;
}
