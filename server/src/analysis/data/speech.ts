/**
 * Words the quote extractor uses to find who said what. Kept as data so that a new verb, title
 * or speaking body is a one-line change rather than a new rule. Everything is lower case; the
 * extractor folds case before looking words up.
 */

/**
 * Verbs that attribute words to a speaker, in their base form. The extractor derives the
 * inflected forms it accepts ("say" → "says", "said", "saying") from {@link SPEECH_VERB_FORMS},
 * so list irregular past forms there.
 */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'write', 'deny', 'argue', 'claim', 'insist', 'warn', 'announce',
  'confirm', 'explain', 'note', 'acknowledge', 'admit', 'assert', 'comment', 'continue', 'declare',
  'reply', 'respond', 'answer', 'remark', 'report', 'suggest', 'stress', 'emphasise', 'emphasize',
  'tweet', 'post', 'allege', 'maintain', 'contend', 'concede', 'predict', 'promise', 'recall',
  'reveal', 'testify', 'urge', 'vow', 'ask', 'observe', 'reason', 'describe', 'call', 'conclude',
  'estimate', 'indicate', 'point out', 'read', 'mention', 'repeat', 'reiterate',
  'caution', 'complain', 'boast', 'joke', 'quip', 'shout', 'whisper', 'exclaim', 'cry', 'recount',
  'retort', 'counter', 'agree', 'disagree', 'dispute', 'accuse', 'charge', 'demand', 'express',
  'assure', 'inform', 'brief', 'signal', 'hint', 'threaten', 'pledge', 'recommend', 'propose', 'advise',
  // How a voice sounds, as dialogue tags give it ("she wailed", "Lee muttered").
  'wail', 'pant', 'snap', 'howl', 'muse', 'command', 'mutter', 'murmur', 'mumble', 'sigh', 'scream',
  'yell', 'gasp', 'grumble', 'growl', 'hiss', 'snarl', 'shriek', 'sob', 'stammer', 'stutter', 'bark',
  'roar', 'chuckle', 'giggle', 'laugh', 'plead', 'beg', 'croak', 'groan', 'moan', 'interrupt',
  'interject', 'wonder', 'sneer', 'scoff', 'squeal', 'bellow', 'blurt', 'drawl', 'splutter', 'sputter',
  'lament', 'rasp', 'tease', 'inquire', 'enquire', 'guess',
  // Words said again after another speaker ("“Long overdue,” echoed Lee.").
  'echo',
  // Verbs that judge in the speaker's own words, most often a fragment ("Lee slammed the plan as
  // “a disgrace”", "characterised it as “…”").
  'characterise', 'characterize', 'label', 'brand', 'slam', 'blast', 'hail', 'praise', 'condemn',
  'criticise', 'criticize', 'decry', 'dismiss', 'denounce',
];

/** Irregular and spelled-out inflections of {@link SPEECH_VERBS}, mapped to the base form. */
export const SPEECH_VERB_FORMS: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', saying: 'say',
  echoes: 'echo',
  told: 'tell', tells: 'tell', telling: 'tell',
  wrote: 'write', written: 'write', writes: 'write', writing: 'write',
  read: 'read', reads: 'read', reading: 'read',
  admitted: 'admit', admitting: 'admit', quipped: 'quip', quips: 'quip',
  'pointed out': 'point out', 'points out': 'point out',
  denied: 'deny', denies: 'deny', denying: 'deny',
  replied: 'reply', replies: 'reply', replying: 'reply',
  testified: 'testify', testifies: 'testify',
  cried: 'cry', cries: 'cry',
  slammed: 'slam', slamming: 'slam', labelled: 'label', labelling: 'label',
  snapped: 'snap', snapping: 'snap', sobbed: 'sob', sobbing: 'sob', begged: 'beg', begging: 'beg', pled: 'plead',
};

function inflect(base: string): string[] {
  if (base.includes(' ')) return [base];
  const forms = [base];
  if (base.endsWith('e')) forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`);
  else if (/(s|sh|ch|x)$/.test(base)) forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  else forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  return forms;
}

/** Every inflected form of the verbs `bases` (regular ones derived, irregular ones listed), mapped to its base. */
export function inflectedForms(bases: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const b of bases) for (const f of inflect(b)) map.set(f, b);
  for (const [form, base] of Object.entries(SPEECH_VERB_FORMS)) if (bases.includes(base)) map.set(form, base);
  return map;
}

const SPEECH_FORMS = inflectedForms(SPEECH_VERBS);

/** Base form of a speech verb, or null when `lower` (any inflected form, lower case) is not one. */
export function speechVerb(lower: string): string | null {
  return SPEECH_FORMS.get(lower) ?? null;
}

/**
 * Verbs that, followed by a clause, report speech as an indirect quote ("Zelensky said
 * Washington had floated …"). A narrower list than {@link SPEECH_VERBS}: "call", "describe" or
 * "ask" attribute direct words but do not introduce a reported clause.
 */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'write', 'deny', 'argue', 'claim', 'insist', 'warn', 'announce',
  'confirm', 'explain', 'note', 'acknowledge', 'admit', 'assert', 'declare', 'reply', 'respond',
  'report', 'suggest', 'stress', 'emphasise', 'emphasize', 'allege', 'maintain', 'contend',
  'concede', 'predict', 'promise', 'reveal', 'testify', 'vow', 'observe', 'reason', 'conclude',
  'estimate', 'indicate', 'point out', 'reiterate', 'caution', 'complain', 'tweet', 'agree',
  'assure', 'inform', 'pledge', 'threaten', 'repeat', 'recall', 'comment', 'counter', 'retort',
];

/** Multi-word attributions that work like a speech verb placed after or before the words. */
export const SPEECH_PHRASES: readonly string[] = ['according to', 'in the words of', 'quoted as saying', 'went on to say'];

/**
 * Listeners or channels that may follow "told" or "said" before the reported clause
 * ("told reporters that", "said in a statement that"). Words here never start the clause.
 */
export const LISTENER_WORDS: readonly string[] = [
  'reporters', 'journalists', 'the press', 'press', 'media', 'the media', 'us', 'me', 'him', 'her', 'them',
  'lawmakers', 'parliament', 'congress', 'the house', 'the senate', 'a news conference', 'a press conference',
  'the audience', 'supporters', 'the crowd', 'the court', 'the jury', 'listeners', 'viewers', 'readers',
  'police', 'investigators', 'officials',
];

/**
 * Titles and honorifics that come before a person's name. The speaker's name is what follows
 * the last of them ("U.S. President Donald Trump" → "Donald Trump").
 */
export const TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'gov.', 'mayor',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'ambassador', 'envoy', 'general',
  'gen.', 'colonel', 'col.', 'captain', 'capt.', 'lieutenant', 'lt.', 'major', 'sergeant', 'sgt.', 'admiral',
  'commander', 'chief', 'inspector', 'detective', 'officer', 'judge', 'justice', 'king', 'queen', 'prince',
  'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'reverend', 'rev.', 'father',
  'sheikh', 'coach', 'manager', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'spokesman',
  'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'undersecretary', 'deputy', 'commissioner', 'attorney',
  'counsel', 'editor', 'professor', 'leader', 'speaker', 'chancellor', 'crown', 'emir', 'sultan', 'tsar',
  'captain', 'head', 'founder', 'campaigner', 'barrister', 'lawyer', 'analyst', 'economist', 'member',
  'constable', 'const.', 'cpl.', 'corporal', 'supt.', 'superintendent', 'insp.', 'det.', 'sheriff', 'deputy',
];

/**
 * Common nouns that name a speaking body or its voice when they head the subject of a speech
 * verb ("the Kremlin's spokesman said", "Macron's office said", "the ministry said").
 */
export const SPEAKING_BODIES: readonly string[] = [
  'office', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'ministry', 'government', 'presidency',
  'administration', 'department', 'embassy', 'agency', 'police', 'army', 'military', 'company', 'firm',
  'campaign', 'party', 'committee', 'council', 'court', 'statement', 'official', 'officials', 'authorities',
  'prosecutors', 'lawyers', 'lawyer', 'attorney', 'attorneys', 'aides', 'aide', 'adviser', 'advisers', 'advisor',
  'source', 'sources', 'diplomats', 'diplomat', 'church', 'club', 'team', 'union', 'group', 'organisation',
  'organization', 'association', 'federation', 'board', 'commission', 'cabinet', 'palace', 'kremlin', 'letter', 'report', 'study',
  'survey', 'website', 'channel', 'newspaper', 'broadcaster', 'city', 'state', 'family', 'witnesses',
  'residents', 'experts', 'analysts', 'critics', 'researchers', 'scientists', 'doctors', 'observers',
];

/** Personal pronouns that may stand for a speaker, with the kind of antecedent they fit. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, 'person' | 'thing' | 'group'>> = {
  he: 'person', she: 'person', it: 'thing', they: 'group', we: 'group', i: 'person',
};

/**
 * Capitalised words that start sentences or clauses but never begin a speaker's name, so a run
 * of capitalised words is cut after them ("In Moscow, Peskov said" → "Peskov").
 */
export const NOT_NAME_WORDS: readonly string[] = [
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'so', 'yet', 'after', 'before', 'when',
  'while', 'as', 'since', 'then', 'later', 'also', 'however', 'meanwhile', 'separately', 'earlier', 'still',
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'its', 'our', 'my', 'your', 'by', 'with', 'from', 'to', 'if', 'although', 'though',
  'asked', 'speaking', 'writing', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'last', 'next', 'according', 'both', 'all', 'some', 'many', 'most',
];
