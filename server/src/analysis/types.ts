/**
 * Plain data produced by the analysis core. Every span is a pair of UTF-16 offsets into the
 * article's text exactly as the editor holds it (BOM removed, line ends kept), `end` exclusive.
 */

/** A half-open range of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export type EntityKind = 'person' | 'organization' | 'place';

/** The optional header at the top of an article. */
export interface ArticleHeader {
  title: string | null;
  outlet: string | null;
  /** The article's date as `YYYY-MM-DD`, or null when it has none or it is impossible. */
  date: string | null;
  url: string | null;
  author: string | null;
  /** Where the header lies in the text (null when there is none). */
  span: Span | null;
  /** Offset where the body starts (0 when there is no header). */
  bodyStart: number;
  /** Problems with the header itself, such as an impossible date or an unclosed block. */
  problems: HeaderProblem[];
}

export interface HeaderProblem extends Span {
  message: string;
}

/** A heading line and the part of the article it governs. */
export interface Section extends Span {
  /** The heading's own text. */
  title: string;
  /** The heading line's span. */
  heading: Span;
}

/** A sentence of the body. */
export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** A name in the text: a person, an organisation or a place. */
export interface Mention extends Span {
  text: string;
  kind: EntityKind;
  /**
   * The name in a normalised form used to link mentions within and across articles
   * (for example "yury ushakov"). Filled by the extractor; linking may refine it.
   */
  key: string;
}

/** A direct or reported quotation. */
export interface Quote extends Span {
  /** The words quoted, without the quotation marks. */
  text: string;
  /** Span of the quoted words, without the marks. */
  content: Span;
  /** True for words in quotation marks, false for reported speech. */
  direct: boolean;
  /** The speech verb that introduces it ("said", "told reporters"), when found. */
  verb: (Span & { text: string }) | null;
  /** Who the text says spoke, when it says so. */
  speaker: Speaker | null;
}

export interface Speaker extends Span {
  text: string;
  /** Index into the article's `mentions` of the speaker's name, when the speaker is a name. */
  mention: number | null;
  /**
   * For a pronoun speaker ("he said"), the earlier name it stands for, when one was found. Set
   * even when no mention covers that name, so the speaker can still be named.
   */
  antecedent?: Span & { text: string };
}

/** A date or time expression. */
export interface DateRef extends Span {
  text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when it cannot be placed on the calendar. */
  value: string | null;
  /** True when the value depends on another date (the article's, or an event's). */
  relative: boolean;
  /**
   * What the words state of the calendar, whether or not the value could be resolved: a weekday
   * (Sunday = 0), a month (1–12), a day of the month. "on Friday" states a weekday even in an
   * article with no date.
   */
  stated?: { weekday?: number; month?: number; day?: number };
  /** A part of the day the words name: `morning`, `afternoon`, `evening`, `night`, or `early`/`late`. */
  part?: string;
  /** The time of day the expression gives ("8.49pm", "shortly after 2 a.m."). */
  time?: TimeOfDay;
  /**
   * True when the words name an event or a day by a date without being that day of the
   * article's year ("the July 7 bombings", "Black Friday"), or count from an event the article
   * does not date ("three days after the earthquake"): the value is then null.
   */
  named?: boolean;
  /**
   * The noun the date is attached to ("Monday's ruling", "the July 7 bombings", "the Friday
   * meeting"): the date belongs to that noun's event, not to the clause's verb.
   */
  head?: Span & { text: string };
  /** A time counted back from the moment of writing ("12 weeks ago"): how many of which unit. */
  ago?: { n: number; unit: string };
}

/** A time of day, in minutes after midnight, with the range its wording allows. */
export interface TimeOfDay extends Span {
  text: string;
  /** The time written: 20:49 is 1249. */
  minutes: number;
  /** The earliest and latest minutes the wording allows ("about 8.40pm": 20:25 to 20:55; "shortly after 2 a.m.": 2:00 to 2:20). */
  from: number;
  to: number;
  /** The hedge as written ("about", "shortly after"), or null. */
  hedge: string | null;
  /** The time zone written ("GMT"), or null for local time. */
  zone: string | null;
}

/** A number with what it counts. */
export interface Quantity extends Span {
  text: string;
  value: number;
  /** What is counted, singular and lower case ("drone", "guided aerial bomb"), or a currency code. */
  unit: string;
  /** A hedge such as "about", "nearly", "more than", or null. */
  hedge: string | null;
  /** Span of the number itself within the expression. */
  number: Span;
  /**
   * The upper end when the words give a range of money ("between $140 million and $150
   * million", "$140 million to $160 million"): `value` is then its lower end.
   */
  upper?: number;
}

/** A role or title the text gives to a named person ("Kremlin foreign policy adviser"). */
export interface Role extends Span {
  text: string;
  /** Index into the article's `mentions` of the person who holds the role. */
  mention: number;
}

/**
 * A description of a person ("the gunman", "the port's spokeswoman"), and the name the article
 * ties it to, when it does.
 */
export interface Description extends Span {
  text: string;
  /** The head noun, lower case ("gunman", "spokeswoman"). */
  head: string;
  /**
   * Index into the article's `mentions` of the person the text ties the description to (an
   * apposition, "identified as", or the same head given to one person only), or null.
   */
  mention: number | null;
}

/** Everything the core finds in one article. */
export interface Article {
  /** Where the article came from (a path or URI); used only to name it. */
  path: string;
  /** The outlet: from the header, or the file's name without its extension. */
  outlet: string;
  title: string;
  header: ArticleHeader;
  /** The text analysed (BOM removed). */
  text: string;
  sections: Section[];
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  dates: DateRef[];
  quantities: Quantity[];
  roles: Role[];
  /** Descriptions of people ("the gunman"), in text order; absent on articles built by hand. */
  descriptions?: Description[];
  /**
   * Where the tagger found verbs and auxiliaries in the body, in text order. Kept so that
   * comparing what clauses report need not tag the text a second time; absent on articles
   * built by hand.
   */
  verbs?: Span[];
  /** Problems found while analysing, such as input that was too large or not text. */
  notes: string[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in another (or the same) article that a finding refers to. */
export interface RelatedSpan extends Span {
  path: string;
  message: string;
}

/** A difference between sources, or another observation a reader should see. */
export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  path: string;
  related: RelatedSpan[];
  /** Machine-readable detail: what this source says and what the others say. */
  data?: Record<string, unknown>;
}

/**
 * A part of a story's comparison that failed: a rule, the linking of names, or the claims of
 * an article. Its findings are missing, so the hosts show the problem instead of letting the
 * silence read as sources that agree.
 */
export interface StoryProblem {
  /** The story concerned: its folder, or '' when the whole workspace is one story. */
  story: string;
  /** What failed: a rule id, `linking`, `claims` or `comparison`. */
  stage: string;
  /** The article concerned, when the failure was on one article. */
  path?: string;
  /** The error, in its own words. */
  message: string;
}

/** One real person, organisation or place, shared by every article of a story. */
export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  variants: string[];
}
