/**
 * Gender as words give it, for resolving "he" and "she": first names of one gender (from
 * `firstNames.json`, which `scripts/lexicon/firstNames.ts` writes from registry data packages;
 * names of either gender are left out), and nouns that name a person of one gender or a person
 * by role ("the spokeswoman", "the minister"). Everything is lower case.
 */
import firstNames from './firstNames.json';
import personNouns from './personNouns.json';
import rulesWords from './rulesWords.json';

export type Gender = 'male' | 'female';

const FEMALE_NAMES: ReadonlySet<string> = new Set(firstNames.female.split('|'));
const MALE_NAMES: ReadonlySet<string> = new Set(firstNames.male.split('|'));

/** The gender a first name (any case) is given to, or null when it is given to both or unknown. */
export function firstNameGender(name: string): Gender | null {
  const lower = name.toLowerCase();
  if (FEMALE_NAMES.has(lower)) return 'female';
  if (MALE_NAMES.has(lower)) return 'male';
  return null;
}

/** Nouns for a woman or a girl. */
export const FEMALE_NOUNS: ReadonlySet<string> = new Set([
  'woman', 'women', 'girl', 'mother', 'mom', 'mum', 'wife', 'daughter', 'sister', 'aunt', 'niece', 'grandmother',
  'grandma', 'widow', 'bride', 'girlfriend', 'actress', 'spokeswoman', 'chairwoman', 'congresswoman',
  'businesswoman', 'policewoman', 'councilwoman', 'waitress', 'queen', 'princess', 'lady', 'nun', 'stepmother',
  'fiancee', 'heiress', 'duchess', 'countess', 'sportswoman', 'horsewoman', 'landlady', 'hostess',
]);

/** Nouns for a man or a boy. */
export const MALE_NOUNS: ReadonlySet<string> = new Set([
  'man', 'men', 'boy', 'father', 'dad', 'husband', 'son', 'brother', 'uncle', 'nephew', 'grandfather', 'grandpa',
  'widower', 'groom', 'boyfriend', 'actor', 'spokesman', 'chairman', 'congressman', 'businessman', 'policeman',
  'councilman', 'waiter', 'king', 'prince', 'gentleman', 'monk', 'priest', 'stepfather', 'fiance', 'heir',
  'duke', 'sportsman', 'horseman', 'landlord', 'host',
]);

/**
 * Nouns that name one person by what they do or are, of either gender: the heads of
 * descriptions that "he" or "she" may stand for ("the minister … she said").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'official', 'minister', 'secretary', 'president', 'governor', 'mayor', 'senator', 'judge',
  'lawyer', 'attorney', 'prosecutor', 'officer', 'detective', 'inspector', 'sheriff', 'chief', 'commissioner',
  'director', 'manager', 'coach', 'captain', 'player', 'doctor', 'nurse', 'teacher', 'student', 'witness',
  'neighbour', 'neighbor', 'resident', 'friend', 'victim', 'suspect', 'driver', 'owner', 'worker', 'employee',
  'leader', 'founder', 'author', 'writer', 'editor', 'reporter', 'researcher', 'scientist', 'professor',
  'survivor', 'parent', 'relative', 'cousin', 'child', 'teenager', 'pastor', 'ambassador',
  'diplomat', 'aide', 'adviser', 'advisor', 'candidate', 'councillor', 'councilor', 'representative',
  'analyst', 'expert', 'historian', 'curator', 'guard', 'pilot', 'soldier', 'commander', 'firefighter',
  'paramedic', 'agent', 'chef', 'singer', 'star', 'artist', 'musician', 'designer', 'athlete', 'champion',
  'source', 'stranger', 'passenger', 'customer', 'patient', 'client',
]);

/**
 * Nouns that name a person by their tie to someone else (kin, partners, friends, those who speak
 * or act for another): "the mother" or "the lawyer" of a story's subject is someone else. The
 * words of kin are those of `kinNouns` in `rulesWords.json` ("mum", "grandad", "stepson").
 */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set([
  ...rulesWords.kinNouns.flat(),
  'parent', 'relative', 'child', 'widow', 'widower', 'partner', 'friend',
  'neighbour', 'neighbor', 'lawyer', 'attorney', 'counsel', 'spokesman', 'spokeswoman', 'spokesperson', 'agent', 'rep',
  'publicist', 'aide', 'adviser', 'advisor', 'manager', 'boss', 'employer', 'employee', 'colleague', 'client',
  'doctor', 'landlord', 'landlady', 'heir', 'ally', 'rival', 'opponent',
]);

/**
 * Common nouns whose usual meaning is a person ("chemist", "guy", "traveller"), from WordNet
 * (`personNouns.json`, written by `scripts/lexicon/personNouns.ts`): the heads of descriptions
 * of people beyond the roles listed above.
 */
const COMMON_PERSON_NOUNS: ReadonlySet<string> = new Set(personNouns.nouns.split('|'));

/** The gender a person noun tells, or null for a noun of either gender. */
export function nounGender(lower: string): Gender | null {
  if (FEMALE_NOUNS.has(lower)) return 'female';
  if (MALE_NOUNS.has(lower)) return 'male';
  return null;
}

/** True for a noun that names one person (of either gender, or of one). */
export function isPersonNoun(lower: string): boolean {
  return isRoleNoun(lower) || COMMON_PERSON_NOUNS.has(lower);
}

/** True for a noun of the lists above: a person of one gender or by a role ("the minister"). */
export function isRoleNoun(lower: string): boolean {
  return PERSON_NOUNS.has(lower) || FEMALE_NOUNS.has(lower) || MALE_NOUNS.has(lower);
}
