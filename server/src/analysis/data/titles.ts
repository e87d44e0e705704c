/**
 * Titles and role words that stand before or after a person's name. They tell the names
 * extractor that the next capitalised words name a person, and they are cut off the person's
 * span ("Police Inspector Dave Gaskin" names "Dave Gaskin"). The roles extractor uses the same
 * lists to find the words of a role. All entries are lower case.
 */

import abbreviations from './abbreviations.json';

function set(words: string): Set<string> {
  return new Set(words.split('|').map((w) => w.trim()).filter(Boolean));
}

/**
 * Titles abbreviated with their stop ("Sen.", "Msgr.", "Atty."): the capitalised entries of the
 * abbreviations whose stop never ends a sentence, the list the segmentation reads.
 */
const ABBREVIATED_TITLES = abbreviations.never.filter((e) => e !== e.toLowerCase()).map((e) => `${e.toLowerCase()}.`);

/**
 * Words that end a title and are followed directly by a name ("President", "Inspector",
 * "Sen."). A title may be several words long; this is the last of them.
 */
export const TITLE_HEADS: ReadonlySet<string> = set(
  'president|vice-president|premier|chancellor|minister|secretary|senator|sen.|sen|representative|rep.|' +
    'congressman|congresswoman|governor|gov.|gov|mayor|judge|justice|magistrate|prosecutor|attorney|' +
    'inspector|officer|detective|det.|constable|sergeant|sgt.|sgt|lieutenant|lt.|lt|captain|capt.|capt|' +
    'colonel|col.|col|general|gen.|gen|admiral|adm.|major|maj.|corporal|cpl.|private|pvt.|marshal|' +
    'commander|cmdr.|commissioner|superintendent|supt.|sheriff|deputy|trooper|agent|chief|' +
    'mr.|mr|mrs.|mrs|ms.|ms|miss|dr.|dr|prof.|prof|professor|rev.|reverend|father|fr.|pastor|bishop|' +
    'archbishop|cardinal|pope|rabbi|imam|ayatollah|sheikh|sheik|mullah|patriarch|metropolitan|' +
    'king|queen|prince|princess|emperor|empress|sultan|emir|duke|duchess|earl|count|countess|baron|' +
    'lord|lady|sir|dame|ambassador|envoy|consul|speaker|chairman|chairwoman|chair|director|ceo|cfo|coo|' +
    'founder|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|coach|manager|leader|councillor|' +
    'councilman|councilwoman|alderman|delegate|lawmaker|mp|m.p.|msp|mep|treasurer|comptroller|auditor|' +
    'administrator|dean|provost|principal|headmaster|nurse|doctor|surgeon|pilot|actor|actress|singer|' +
    'rapper|star|player|striker|goalkeeper|quarterback|pitcher|champion|anchor|correspondent|reporter|' +
    'editor|columnist|author|writer|novelist|poet|artist|designer|producer|filmmaker|comedian|' +
    'economist|analyst|scientist|researcher|astronaut|candidate|nominee|challenger|incumbent|' +
    'first lady|crown prince|grand duke|pm|dpm|premier|taoiseach|tsar|czar|führer|shah|raja|maharaja|' +
    'hon.|honourable|honorable|brother|sister|uncle|aunt|mother|grandmother|grandfather|son|daughter|' +
    'wife|husband|widow|boss|owner|investor|billionaire|entrepreneur|activist|dissident|blogger|lawyer|' +
    'attorney-general|solicitor|barrister|counsel|suspect|victim|gunman|inmate|defendant|witness|' +
    'resident|student|teacher|president-elect|secretary-general|director-general|prime-minister|' +
    'son-in-law|daughter-in-law|father-in-law|mother-in-law|brother-in-law|sister-in-law|stepson|stepdaughter|' +
    'nephew|niece|cousin|grandson|granddaughter|partner|girlfriend|boyfriend|fiancé|fiancee|fiance|ally|' +
    'executive|negotiator|mediator|representative|deputy|head|official|chief of staff|strongman|dictator|ruler|monarch|' +
    'coroner|medical examiner|gm|rb|qb|wr|receiver|linebacker|cornerback|guard|tackle|' +
    'physician|surgeon general|publicist|rep|spokesperson|neurosurgeon|trustee|chaplain|warden|jailer|guard|' +
    // "council member Ilse Brandt", "a board member": the body that stands before it is the
    // role's modifier.
    'member|councilmember|councillor|councilor|alderwoman|assemblyman|assemblywoman|legislator|' +
    ABBREVIATED_TITLES.join('|'),
);

/**
 * The written-out title each abbreviation before a name stands for, so that "the senator" is
 * "Sen. Ann Lee" and "the sergeant" is "Sgt. Tom Reed". Lower case, without the stop.
 */
const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  senator: ['sen'], representative: ['rep'], congressman: ['rep'], congresswoman: ['rep'], governor: ['gov'],
  lieutenant: ['lt'], sergeant: ['sgt'], detective: ['det'], captain: ['capt'], colonel: ['col'], general: ['gen'],
  admiral: ['adm'], major: ['maj'], corporal: ['cpl'], private: ['pvt'], commander: ['cmdr'],
  superintendent: ['supt'], inspector: ['insp'], constable: ['const'], professor: ['prof'], reverend: ['rev'],
  father: ['fr'], doctor: ['dr'], attorney: ['atty'], monsignor: ['msgr'], president: ['pres'],
};

/** The abbreviations of the title `head` (lower case, without their stop); none for most words. */
export function titleAbbreviations(head: string): readonly string[] {
  return Object.prototype.hasOwnProperty.call(TITLE_ABBREVIATIONS, head) ? TITLE_ABBREVIATIONS[head] : [];
}

/**
 * Words that may stand before a title head within the same title ("Foreign Minister",
 * "Police Inspector", "Vice President", "Prime Minister").
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = set(
  'vice|prime|deputy|assistant|associate|acting|interim|former|ex|late|senior|junior|chief|head|lead|' +
    'first|second|special|executive|general|state|federal|regional|district|county|city|police|fire|' +
    'army|navy|air|naval|military|defense|defence|foreign|interior|home|finance|economy|economic|trade|' +
    'health|education|justice|energy|labor|labour|transport|environment|culture|sports|agriculture|' +
    'treasury|security|intelligence|information|communications|public|supreme|grand|high|lord|crown|' +
    'attorney|district|circuit|appeals|superior|presiding|managing|creative|artistic|technical|' +
    'national|international|foreign-policy|policy|political|press|media|senior|top|detective|staff|' +
    'master|royal|his|her|majesty|highness|holiness|excellency|u.s.|us|un|u.n.|eu|nato|white|house|' +
    'kremlin|party|opposition|rebel|militant|committee|council|board|commission|union|team|club|' +
    'olympic|world|gold|silver|medal|grammy|oscar|nobel|laureate|two-time|three-time|four-time|' +
    'republican|democratic|democrat|conservative|liberal|labour|green|independent|mp',
);

/**
 * Lower-case nouns of role or occupation that, just before a capitalised name, show that the
 * name is a person's ("actress Tara Reid", "spokesman John Kirby", "envoy Anna Berg").
 */
export const ROLE_NOUNS: ReadonlySet<string> = TITLE_HEADS;
