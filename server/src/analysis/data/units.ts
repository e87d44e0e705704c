/**
 * Words the quantity extractor recognises: currencies, hedges, irregular plurals, and the words
 * before a number that make it a name or a label rather than a count.
 */

/** Currency symbols written before the number, mapped to ISO 4217 codes. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  'US$': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₴': 'UAH',
  'C$': 'CAD',
  'A$': 'AUD',
};

/** Currency names written after the number ("85 million euros"), mapped to ISO 4217 codes. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
};

/** Hedges before a number, longest first so that "more than" wins over "more". */
export const HEDGES = [
  'no more than', 'no fewer than', 'no less than', 'in excess of', 'upwards of', 'as many as', 'as few as', 'as much as',
  'an estimated', 'more than', 'fewer than', 'less than', 'greater than', 'at least', 'at most', 'up to', 'close to',
  'just over', 'just under', 'well over', 'almost', 'nearly', 'about', 'around', 'approximately', 'roughly', 'some',
  'over', 'under', 'estimated', 'barely', 'only', 'exactly', 'precisely',
];

/** Plurals that do not follow the spelling rules. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  police: 'police',
  personnel: 'personnel',
  staff: 'staff',
  series: 'series',
  species: 'species',
  news: 'news',
  aircraft: 'aircraft',
  sheep: 'sheep',
  fish: 'fish',
  crises: 'crisis',
  analyses: 'analysis',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  leaves: 'leaf',
  halves: 'half',
  shelves: 'shelf',
  thieves: 'thief',
};

/** Words that name the percentage unit. */
export const PERCENT_WORDS = new Set(['percent', 'per cent', 'pct', 'percentage points', 'percentage point']);

/**
 * Words just before a number that make it part of a name or a label ("Route 94", "Boeing 737",
 * "No. 10", "Article 5"), not a count of anything.
 */
export const LABEL_WORDS = new Set(
  ('no nos number route highway interstate flight boeing airbus article section chapter resolution room apollo ' +
    'page pages platform gate terminal level grade class stage round phase act item line bus channel covid g model ' +
    'version episode season vol volume unit ward district precinct block lot apartment suite floor building')
    .split(' '),
);

/**
 * Nouns that a number counts in the course of an argument rather than as a fact to check
 * ("the two warring sides", "three reasons", "two ways"). A fact-checker compares counts of
 * people, casualties, money, objects and measures; a count of sides, reasons or options is
 * how the writer frames the story, so it is not reported as a quantity. Singular forms.
 */
export const DISCOURSE_NOUNS = new Set(
  ('side way thing reason aspect point option hand step question issue sense respect direction approach scenario ' +
    'possibility factor matter idea view word thought lesson goal priority problem principle topic theme pillar ' +
    'camp front extreme alternative choice explanation argument')
    .split(' '),
);

/**
 * Words just before a small number word that make it point back at things already named
 * ("the two countries", "both three", "their two leaders") rather than state a count.
 */
export const BACK_REFERENCE_WORDS = new Set('the these those its their his her our my your'.split(' '));
