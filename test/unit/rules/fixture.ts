/**
 * Builds stories by hand for the comparison tests, so they do not depend on the extractors.
 * Marks in the text become the article's annotations and are removed from it:
 *
 *   [[Yury Ushakov|person|ushakov]]             a mention (kind, optional entity id)
 *   [[Kremlin adviser|role|ushakov]]            a role of the nearest mention of that entity
 *   [[“No talks are planned”|quote|ushakov]]    a direct quotation (marks inside), with its speaker
 *   [[no talks were planned|said|ushakov]]      reported speech, with its speaker
 *   [[on Sunday|date|2025-12-21]]               a resolved date
 *   [[about 1,300 drones|qty|1300|drone|about]] a quantity: value, unit, hedge
 *   [[the gunman|desc|vell]]                    a description of a person, tied to the nearest
 *                                               mention of that entity (untied without one)
 *
 * Marks nest ("[[[[Vladimir Putin|person|putin]]'s economic envoy|role|dmitriev]]").
 */
import { analyzeArticle, type Article, type Entity, type EntityKind, type Mention } from '../../../server/src/analysis';

interface Mark {
  start: number;
  end: number;
  text: string;
  args: string[];
}

function parseMarks(marked: string): { text: string; marks: Mark[] } {
  let out = '';
  const stack: number[] = [];
  const marks: Mark[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      stack.push(out.length);
      i++;
    } else if (marked.startsWith(']]', i) && stack.length) {
      const start = stack.pop()!;
      const inner = out.slice(start);
      const bar = inner.indexOf('|');
      const display = bar < 0 ? inner : inner.slice(0, bar);
      const args = bar < 0 ? [] : inner.slice(bar + 1).split('|');
      out = out.slice(0, start) + display;
      marks.push({ start, end: out.length, text: display, args });
      i++;
    } else out += marked[i];
  }
  return { text: out, marks };
}

const slug = (s: string) => s.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9]+/g, '-');

/** One article of a hand-built story, and the entity id of each of its mentions. */
export interface FixtureArticle {
  article: Article;
  ids: string[];
}

/** Builds an article from marked text; `path` names the outlet ("s/coastal-herald.txt"). */
export function fixtureArticle(path: string, marked: string): FixtureArticle {
  const { text, marks } = parseMarks(marked);
  const base = analyzeArticle(text, { path });
  const article: Article = { ...base, mentions: [], quotes: [], dates: [], quantities: [], roles: [], descriptions: [] };
  const ids: string[] = [];
  const byStart = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of byStart) {
    if (m.args[0] === 'person' || m.args[0] === 'organization' || m.args[0] === 'place') {
      const mention: Mention = { start: m.start, end: m.end, text: m.text, kind: m.args[0] as EntityKind, key: m.text.toLowerCase() };
      article.mentions.push(mention);
      ids.push(m.args[1] ?? slug(m.text));
    }
  }
  const nearest = (id: string, at: number): number => {
    let best = -1;
    article.mentions.forEach((m, i) => {
      if (ids[i] !== id) return;
      if (best < 0 || Math.abs(m.start - at) < Math.abs(article.mentions[best].start - at)) best = i;
    });
    return best;
  };
  for (const m of byStart) {
    const [kind, ...rest] = m.args;
    if (kind === 'role') {
      const mention = nearest(rest[0], m.end);
      if (mention >= 0) article.roles.push({ start: m.start, end: m.end, text: m.text, mention });
    } else if (kind === 'quote' || kind === 'said') {
      const direct = kind === 'quote';
      const lead = direct ? (m.text.match(/^["“‘']/)?.[0].length ?? 0) : 0;
      const trail = direct ? (m.text.match(/["”’']$/)?.[0].length ?? 0) : 0;
      const content = { start: m.start + lead, end: m.end - trail };
      const speakerIndex = rest[0] ? nearest(rest[0], m.start) : -1;
      const sm = speakerIndex >= 0 ? article.mentions[speakerIndex] : null;
      article.quotes.push({
        start: m.start,
        end: m.end,
        text: text.slice(content.start, content.end),
        content,
        direct,
        verb: null,
        speaker: sm ? { start: sm.start, end: sm.end, text: sm.text, mention: speakerIndex } : null,
      });
    } else if (kind === 'desc') {
      const mention = rest[0] ? nearest(rest[0], m.start) : -1;
      const head = m.text.toLowerCase().split(/\s+/).pop() ?? '';
      article.descriptions!.push({ start: m.start, end: m.end, text: m.text, head, mention: mention >= 0 ? mention : null });
    } else if (kind === 'date') {
      article.dates.push({ start: m.start, end: m.end, text: m.text, value: rest[0] || null, relative: true });
    } else if (kind === 'qty') {
      article.quantities.push({
        start: m.start,
        end: m.end,
        text: m.text,
        value: Number(rest[0]),
        unit: rest[1] ?? '',
        hedge: rest[2] || null,
        number: { start: m.start, end: m.end },
      });
    }
  }
  return { article, ids };
}

/** A hand-built story: its articles and a linking that follows the marks' entity ids. */
export function fixtureStory(files: Record<string, string>): {
  articles: Article[];
  link: { entityOf(path: string, i: number): string | null; entities: Entity[] };
} {
  const built = Object.entries(files).map(([path, marked]) => fixtureArticle(path, marked));
  const entities = new Map<string, Entity>();
  for (const { article, ids } of built) {
    article.mentions.forEach((m, i) => {
      const e = entities.get(ids[i]);
      const name = m.text.replace(/['’]s$/, '');
      if (!e) entities.set(ids[i], { id: ids[i], kind: m.kind, name, variants: [name] });
      else {
        if (!e.variants.includes(name)) e.variants.push(name);
        if (name.split(' ').length > e.name.split(' ').length) e.name = name;
      }
    });
  }
  const byPath = new Map(built.map((b) => [b.article.path, b.ids]));
  return {
    articles: built.map((b) => b.article),
    link: { entityOf: (path, i) => byPath.get(path)?.[i] ?? null, entities: [...entities.values()] },
  };
}
