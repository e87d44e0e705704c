/**
 * Compacts what the analysis threads send, as it arrives. A message between threads is copied by
 * the structured clone, which is generous with memory in two ways that the server, keeping every
 * article of a workspace, pays for as long as it runs:
 * - It writes every string out on its own: an article's mention kinds, its words and their stems,
 *   the context words of each claim arrive as thousands of separate copies of the same few
 *   hundred words (a fifth of an article and a quarter of its claims in the server's heap,
 *   measured on the generated 1,000: 48 → 39 KB and 103 → 76 KB per article). Each short string
 *   is replaced by the copy seen first.
 * - It makes each plain object room for four properties, and puts the properties past the fourth
 *   in a separate store: a span (`{ start, end }`) took 56 bytes where an object literal takes 40,
 *   and a mention or a quotation carried a second store of its own. Each plain object is replaced
 *   by an object literal of the same keys in the same order, sized for them, built by one small
 *   function per set of keys.
 * Neither changes a value: the data is equal, keys in the same order, `undefined` values kept,
 * and an object the message holds twice is still one object, held twice.
 */

/** Strings longer than this are sentences or whole texts, which seldom repeat: left as they are. */
const LONGEST = 64;

/** Most strings remembered; past it a new table starts (strings already shared stay shared). */
const MOST = 100_000;

let seen = new Map<string, string>();

function share(s: string): string {
  if (s.length > LONGEST) return s;
  const known = seen.get(s);
  if (known !== undefined) return known;
  if (seen.size >= MOST) seen = new Map();
  seen.set(s, s);
  return s;
}

type Plain = Record<string, unknown>;

/** Keys an object literal can spell as they are: not `__proto__`, nothing an array index could be. */
const SIMPLE_KEY = /^[A-Za-z_$][\w$]*$/;

/** Most keys of an object rebuilt; one with more is left as it came. */
const MOST_KEYS = 64;

/** Most sets of keys given a builder; objects of further sets are left as they came. */
const MOST_SHAPES = 2_000;

/** A builder per set of keys (joined by commas), null for a set that is left as it came. */
const builders = new Map<string, ((o: Plain) => Plain) | null>();

/** The function that copies an object with these keys into an object literal of the same keys. */
function builderOf(keys: string[]): ((o: Plain) => Plain) | null {
  const id = keys.join(',');
  let build = builders.get(id);
  if (build === undefined) {
    build = null;
    if (builders.size < MOST_SHAPES && keys.length <= MOST_KEYS && keys.every((k) => SIMPLE_KEY.test(k) && k !== '__proto__')) {
      build = new Function('o', `return {${keys.map((k) => `${k}: o.${k}`).join(', ')}};`) as (o: Plain) => Plain;
    }
    builders.set(id, build);
  }
  return build;
}

const objectPrototype = Object.prototype;

/** The compact copy of a value; `done` maps each object met to its copy, so shared objects stay shared. */
function compact(value: object, done: Map<object, object>): object {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = share(v);
      else if (typeof v === 'object' && v !== null) value[i] = compact(v, done);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) !== objectPrototype) return value;
  const known = done.get(value);
  if (known) return known;
  const record = value as Plain;
  const keys: string[] = [];
  for (const key in record) {
    keys.push(key);
    const v = record[key];
    if (typeof v === 'string') record[key] = share(v);
    else if (typeof v === 'object' && v !== null) record[key] = compact(v, done);
  }
  const build = builderOf(keys);
  const copy = build ? build(record) : record;
  done.set(value, copy);
  return copy;
}

/**
 * The compact form (above) of plain data just received from another thread (objects and arrays,
 * no cycles); arrays are compacted in place. Never throws: data it cannot walk (too deep) is
 * returned with every value still equal.
 */
export function shareStrings<T>(data: T): T {
  if (typeof data !== 'object' || data === null) return data;
  try {
    return compact(data, new Map()) as T;
  } catch {
    // Too deep to walk (the analysis sends no such data): what was replaced is equal anyway.
    return data;
  }
}
