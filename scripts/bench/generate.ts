/**
 * Builds synthetic news corpora for the benchmark: several stories, each told by many outlets,
 * sharing people, organisations, places and numbers, about 600 words an article. The output
 * depends only on the seed, so runs on different commits compare.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seedable generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Karin', 'Luis', 'Marta', 'Nikolai', 'Olga', 'Pavel', 'Rosa', 'Stefan', 'Tomas', 'Vera', 'Yusuf', 'Zofia'];
const FAMILY = ['Adler', 'Brandt', 'Castillo', 'Dorn', 'Eriksen', 'Fischer', 'Gallo', 'Horvat', 'Ivanova', 'Jansen', 'Kovac', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Young'];
const ROLES = ['foreign minister', 'defence minister', 'mayor', 'spokesperson', 'chief negotiator', 'special envoy', 'economic adviser', 'party leader', 'prime minister', 'police chief'];
const ORGS = ['Ministry of Transport', 'National Grid Authority', 'Harbour Workers Union', 'Central Bank', 'Green Party', 'Red Cross', 'World Bank', 'United Nations', 'Supreme Court', 'Port Authority'];
const PLACES = ['Velmora', 'Ostrava', 'Lisbon', 'Geneva', 'Istanbul', 'Nairobi', 'Warsaw', 'Oslo', 'Madrid', 'Vienna', 'Ankara', 'Dublin'];
const THINGS = ['drones', 'missiles', 'homes', 'jobs', 'trucks', 'tonnes of grain', 'refugees', 'troops', 'euros', 'votes'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['Herald', 'Courier', 'Gazette', 'Times', 'Post', 'Wire', 'Observer', 'Tribune', 'Chronicle', 'Standard', 'Journal', 'Record'];
const FILLER = [
  'Officials have spent weeks trying to narrow the differences between the two sides.',
  'The negotiations have been followed closely by neighbouring governments and by investors.',
  'Analysts said the outcome would depend on whether both sides were prepared to compromise.',
  'The talks took place behind closed doors, and few details were made public.',
  'Local residents said they had heard little about the plan before it was announced.',
  'Critics argued that the process had been rushed and that key questions remained open.',
  'The dispute has dominated local politics for much of the past year.',
  'Several previous attempts to reach an agreement ended without result.',
];

interface Person {
  name: string;
  surname: string;
  role: string;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** Writes one story's articles: the same cast and numbers, told with small differences. */
function storyArticles(r: () => number, storyIndex: number, count: number): { name: string; text: string }[] {
  const cast: Person[] = [];
  for (let i = 0; i < 6; i++) {
    const given = pick(r, GIVEN);
    const surname = pick(r, FAMILY);
    cast.push({ name: `${given} ${surname}`, surname, role: pick(r, ROLES) });
  }
  const place = pick(r, PLACES);
  const org = pick(r, ORGS);
  const thing = pick(r, THINGS);
  const amount = 100 + Math.floor(r() * 5000);
  const day = 1 + Math.floor(r() * 27);
  const month = Math.floor(r() * 12);
  const articles: { name: string; text: string }[] = [];
  for (let a = 0; a < count; a++) {
    const outlet = `${pick(r, OUTLETS)} ${storyIndex}-${a}`;
    const date = `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const parts: string[] = ['---', `title: Talks in ${place} enter a new phase`, `outlet: The ${outlet}`, `date: ${date}`, '---', ''];
    let words = 0;
    let section = 0;
    while (words < 600) {
      if (words >= section * 200) {
        parts.push(section === 0 ? 'What Happened' : section === 1 ? 'The Reaction' : 'What Comes Next');
        section++;
      }
      const p = cast[Math.floor(r() * cast.length)];
      const q = cast[Math.floor(r() * cast.length)];
      const n = Math.round(amount * (r() < 0.8 ? 1 : 0.9 + r() * 0.2));
      const sentences = [
        `${capitalise(p.role)} ${p.name} said on ${pick(r, WEEKDAYS)} that the ${org} would not accept the proposal in its current form.`,
        `"We are ready to talk, but not at any price," ${p.surname} told reporters in ${place}.`,
        `According to the ${org}, about ${n.toLocaleString('en')} ${thing} were affected in ${pick(r, MONTHS)}.`,
        `${q.name}, the ${q.role}, denied that a deal had been reached, and said talks would resume ${pick(r, ['next week', 'in two weeks', 'on Monday', 'later this month'])}.`,
        pick(r, FILLER),
        pick(r, FILLER),
      ];
      const paragraph = sentences.slice(0, 3 + Math.floor(r() * 4)).join(' ');
      parts.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    articles.push({ name: `${String(a).padStart(4, '0')}-${outlet.replace(/\s+/g, '-').toLowerCase()}.txt`, text: parts.join('\n') + '\n' });
  }
  return articles;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Writes `total` articles under `dir`, in stories of at most `storySize` articles (one folder
 * each). Returns the folders written.
 */
export function generateCorpus(dir: string, total: number, options: { seed?: number; storySize?: number } = {}): string[] {
  const r = rng(options.seed ?? 20251221);
  const storySize = options.storySize ?? 200;
  rmSync(dir, { recursive: true, force: true });
  const folders: string[] = [];
  let written = 0;
  for (let s = 0; written < total; s++) {
    const count = Math.min(storySize, total - written);
    const folder = join(dir, `story-${String(s).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const article of storyArticles(r, s, count)) writeFileSync(join(folder, article.name), article.text);
    folders.push(folder);
    written += count;
  }
  return folders;
}
