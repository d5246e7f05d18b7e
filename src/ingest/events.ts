/**
 * Events from raw text, deterministic and offline: a verb/phrase dictionary
 * (gazetteer/event-verbs.json, ordered specific to general) maps a trigger in a sentence to a CAMEO
 * code; overlapping triggers in one sentence are one event (the first entry wins). Source and target
 * are actor mentions of the same sentence, by the entry's frame:
 * - active: the source is the subject of the trigger's clause — the first mention of the clause that
 *   is not governed by a preposition nor inside a ", which …," clause ("Japanese Prime Minister Fumio
 *   Kishida" is the person; "Brazil and Colombia" are two subjects). A clause starts after a leading
 *   subordinate phrase ("In July, …", "After …, …"), after ", and"/", but"/";", and after a reporting
 *   verb's "that". A clause without a subject of its own (a pronoun "it"/"they", a participle
 *   "…, accusing them") takes the sentence's subject; "he"/"she" is the last person. The target is
 *   the first other mention after the trigger in the clause (inside the trigger for entries with
 *   objectInside: "expelled four Russian diplomats"), and "X and Y" are two targets; "them" = the
 *   last plural mention, "there" = the last territory, "him"/"her" = the last other person; a
 *   reduced relative ("diplomats it accused of spying") targets the mention before the pronoun;
 *   "the decision"/"the sanctions" with no actor = the source of the article's lead event, "the
 *   pact"/"the agreement" = both its parties. A symmetric entry (sign, meet) with two subjects and
 *   no object gives both directions. Passive "X was expelled by Y": the source is Y, the target X;
 * - passive-by: "… that were backed by Russia": source after "by", target the nearest before;
 * - nominal: "a Russian invasion of its territory": source = the mention right before the trigger,
 *   target after "of" ("its" = the first mention of the sentence).
 * A negated trigger ("no longer recognised", "did not condemn") is no event. A mention that stands
 * for several actors gives one event per actor; an embassy acts for its country.
 * Modality from cues in the trigger's clause (could/might/may: POSSIBLE; inside a statement span:
 * REPORTED; formerly, previously, World War II, a date in an earlier year: HISTORICAL;
 * will/plans to/pledges: PLANNED; else ASSERTED). The date is the expression nearest the trigger
 * (weekday, month, year, "last year", "next month"), resolved against the article date and biased to
 * the past — to the future for a plan or a possibility, which reads only expressions after the
 * trigger. A current event with no date in the text is dated to the publication day
 * (`dateInferred: true`). The same code, source and target in the same tense (past, present, future)
 * and on a compatible date is one event with every sentence as evidence; a country-to-country event
 * merges into the same event between people of those countries. A leader acting on a foreign country
 * whose leader the article names acts on that leader. "in retaliation"/"responded by" responds to the
 * latest earlier event whose source is the target. Pure: no Cypher, no network.
 */
import { ActorKind, DatePrecision, Modality } from '../schema/domain.enum';
import {
  type KgActor,
  type KgEvent,
  type KgOffice,
  type KgRelation,
  type KgStatement,
  type Span,
  eventId,
} from '../kg/kg-batch';
import { overlapsAny } from './clean';
import { splitSentences } from './sentences';
import { type ActorMention, REPORTING_VERBS, actorMentions } from './statements';
import { isCalendarDay } from '../kg/dates';
import { composeSummary } from './summary';
import eventVerbsData from './gazetteer/event-verbs.json';

export type EventFrame = 'active' | 'passive-by' | 'nominal';

export interface EventVerb {
  readonly pattern: string;
  readonly code: string;
  readonly frame: EventFrame;
  /** Sign, meet: two subjects with no object act on each other ("Japan and the Philippines sign"). */
  readonly symmetric?: boolean;
  /** The object is inside the trigger ("expelled four Russian diplomats"). */
  readonly objectInside?: boolean;
  /** Only with an actor mention right after the trigger: "received Ruto", not "received aid". */
  readonly requiresObject?: boolean;
  /** passive-by: the target is the clause's subject ("A and B agreed at talks mediated by C"). */
  readonly targetSubjects?: boolean;
  /** The summary's word before the target ("send aid to X", "impose sanctions on X"); none: "praised X". */
  readonly preposition?: string | null;
  /** The trigger is a noun phrase ("credit line for"): the summary reads "A’s credit line for B". */
  readonly noun?: boolean;
}

export interface EventContext {
  readonly articleId: string;
  readonly text: string;
  readonly actors: readonly KgActor[];
  readonly statements?: readonly KgStatement[];
  readonly offices?: readonly KgOffice[];
  readonly relations?: readonly KgRelation[];
  readonly ignoredSpans?: readonly Span[];
  readonly publishedAt?: string | null;
}

function isFrame(x: string): x is EventFrame {
  return x === 'active' || x === 'passive-by' || x === 'nominal';
}

interface RawEntry {
  readonly pattern: string;
  readonly code: string;
  readonly frame: string;
  readonly symmetric?: boolean;
  readonly objectInside?: boolean;
  readonly requiresObject?: boolean;
  readonly targetSubjects?: boolean;
  readonly preposition?: string;
  readonly noun?: boolean;
}

/** The curated dictionary. */
const VERB_REGEXPS = new Map<string, RegExp>();

/** Each dictionary pattern is compiled once per process, not once per sentence. */
function verbRegExp(pattern: string): RegExp {
  let re = VERB_REGEXPS.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern, 'gi');
    VERB_REGEXPS.set(pattern, re);
  }
  return re;
}

const PREFILTERS = new Map<string, RegExp>();

/**
 * A pattern that matches the whole text wherever the entry matches one of its sentences: the entry's
 * pattern without its negative lookarounds. A sentence is a slice of the text, so whatever a match
 * and its positive lookarounds read in the sentence is in the text too; only a negative lookaround can
 * fail on text beyond the sentence (a headline's "hosts" over a byline's "By …"), and it only ever
 * removes matches.
 */
export function prefilterRegExp(pattern: string): RegExp {
  let re = PREFILTERS.get(pattern);
  if (re === undefined) {
    re = new RegExp(withoutNegativeLookarounds(pattern), 'gi');
    PREFILTERS.set(pattern, re);
  }
  return re;
}

/** Drops every `(?!…)` and `(?<!…)` group, minding escapes and character classes. */
export function withoutNegativeLookarounds(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const negative = /^\(\?<?!/.exec(pattern.slice(i, i + 4));
    if (negative === null) {
      const token = regExpToken(pattern, i);
      out += token;
      i += token.length;
      continue;
    }
    let depth = 0;
    do {
      const token = regExpToken(pattern, i);
      depth += token === '(' || token.startsWith('(?') ? 1 : token === ')' ? -1 : 0;
      i += token.length;
    } while (depth > 0 && i < pattern.length);
  }
  return out;
}

/** The token of a pattern at `i`: an escape, a whole character class, a group opener or one char. */
function regExpToken(pattern: string, i: number): string {
  const c = pattern[i] ?? '';
  if (c === '\\') {
    return pattern.slice(i, i + 2);
  }
  if (c === '[') {
    let j = i + 1;
    while (j < pattern.length && pattern[j] !== ']') {
      j += pattern[j] === '\\' ? 2 : 1;
    }
    return pattern.slice(i, j + 1);
  }
  if (c === '(') {
    return /^\((?:\?(?:<?[=!]|:))?/.exec(pattern.slice(i, i + 4))?.[0] ?? c;
  }
  return c;
}

export function loadEventVerbs(): EventVerb[] {
  return (eventVerbsData.entries as readonly RawEntry[]).map(e => {
    if (!isFrame(e.frame)) {
      throw new Error(`event-verbs.json: unknown frame ${e.frame}`);
    }
    return {
      pattern: e.pattern,
      code: e.code,
      frame: e.frame,
      symmetric: e.symmetric === true,
      objectInside: e.objectInside === true,
      requiresObject: e.requiresObject === true,
      targetSubjects: e.targetSubjects === true,
      preposition: e.preposition ?? null,
      noun: e.noun === true,
    };
  });
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_ALT = MONTHS.join('|');
/** Date expressions, compiled once (matchAll works on a copy). */
const ON_WEEKDAY = new RegExp(`\\bon\\s+(${WEEKDAYS.join('|')})\\b`, 'gi');
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_ALT})\\s+(\\d{1,2})(?:,?\\s+((?:19|20)\\d{2}))?\\b`,
  'gi',
);
const IN_MONTH = new RegExp(
  `\\b(?:in|since|by|until|from|during|early|late|mid-?)\\s+(${MONTH_ALT})\\b(?:\\s+((?:19|20)\\d{2}))?(?:\\s+((?:last|next|this)\\s+year))?`,
  'gi',
);
const PREPOSITION_BEFORE =
  /\b(?:to|with|by|for|of|from|on|about|against|counterpart|in|at|between|among|than|like|over|into|toward|towards)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:counterpart\s+)?$/i;
const PLURAL_KINDS = new Set<ActorKind>([ActorKind.TERRITORY, ActorKind.GROUP]);
const LEADER_ROLES = new Set(['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT']);
/** Words of a title or description between a country and a person: "Philippine President …". */
const TITLE_WORDS =
  /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|leader|chief|army|president|minister|prime|foreign|defen[cs]e|deputy|vice|spokes(?:man|woman|person)|envoy|ambassador|official|state|secretary|general|counterpart|of|opposition|top|senior|former|national|security|adviser|advisor|diplomat|negotiator|lawmaker|commander|military|special|interior|finance|trade))*\s+$/u;
/** A leading subordinate phrase ends at its first comma: "In July, …", "After Russia …, …". */
const LEADING =
  /^(?:According\s+to|After|Before|When|While|As|Although|Though|Since|Because|If|Once|Following|Despite|Using|In|On|At|During|Formerly|Previously|However|Meanwhile|Earlier|Later|Last|This|Under|With|Amid)\b[^,]*,\s*/;
const REPORT_THAT = new RegExp(
  `\\b(?:${REPORTING_VERBS.join('|')})\\s+(?:[^\\s,.;]+\\s+){0,4}?that\\s+`,
  'g',
);
const ZERO_THAT_VERB =
  /\b(?:said|says|added|warned|insisted|argued|noted|claimed)\s+(?!that\b|in\b|on\b|at\b|to\b|of\b|it\s+was\b)(?=\p{Lu}|(?:the|it|they|he|she|its|their)\b)/gu;
/** "The breakaway region of Transnistria": an "of" that names the actor, not an object. */
const NAMING_OF =
  /\b(?:nation|island|state|country|republic|kingdom|city|region|territory|province|enclave)\s+of\s+$/i;
const NEGATION =
  /\b(?:not|never|no longer|refused to|declined to|did not|didn['’]t|does not|doesn['’]t|won['’]t|will not|would not)\s+(?:\w+ly\s+)?(?:\w+\s+)?$/i;
const LEAD_ANAPHORA =
  /^\s*(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(decision|move|step|expulsions?|sanctions|measures|pact|agreement|deal|accord|treaty|plan|switch|announcement|choice|recognition|visit|accusations?|allegations?|charges|claims)\b/i;
/** "the pact" stands for both parties of the lead event, as states. */
const BOTH_PARTIES = new Set(['pact', 'agreement', 'deal', 'accord', 'treaty']);
/** The codes an anaphoric noun stands for: "the visit" is the latest 04x event. */
const ANAPHORA_CODES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^visit$/i, ['042', '043', '044']],
  [/^sanctions|measures$/i, ['163']],
  [/^expulsions?$/i, ['161', '166', '174']],
  [/^recognition$/i, ['054']],
  [/^(?:pact|agreement|deal|accord|treaty)$/i, ['057', '03', '087']],
];
/** "The two sides could exchange prisoners": both parties of the article's first two-party event. */
const BOTH_SIDES =
  /^\s*(?:the\s+two|both)\s+(?:sides|countries|neighbou?rs|nations|governments|states|parties)\b/i;
/** A clause whose subject is "he and X" / "she and X". */
const HE_AND = /^\s*(?:he|she)\s+and\s+/i;
/** A mention governed by a topic preposition is no object: "fought a war over Nagorno-Karabakh". */
const TOPIC_BEFORE = /\b(?:over|about|regarding|concerning)\s+(?:the\s+)?$/i;
/** Between a trigger and the mention it requires: "received (the visiting) Ruto". */
const RIGHT_BEFORE_OBJECT =
  /^\s+(?:(?:the|his|her|their|its)\s+)?(?:visiting\s+)?(?:[\w'’-]+\s+){0,2}$/;
/** A pronoun object counts as an object: "Marcos hosted him". */
const PRONOUN_OBJECT = /^\s+(?:him|her|them)\b/i;
/** "the accusations" stands for whoever made the latest accusation against the source. */
const ACCUSATIONS = /^(?:accusations?|allegations?|charges|claims)$/i;

interface Grouped {
  readonly start: number;
  readonly end: number;
  readonly ids: string[];
  readonly kind: ActorKind;
}

/** Mentions grouped by span: one span may stand for several actors. */
function groupMentions(mentions: readonly ActorMention[]): Grouped[] {
  const out: Grouped[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    if (last && last.start === m.start && last.end === m.end) {
      last.ids.push(m.id);
    } else {
      out.push({ start: m.start, end: m.end, ids: [m.id], kind: m.kind });
    }
  }
  return out;
}

/** Spans of ", which …," / ", who …," relative clauses inside a sentence. */
function relativeClauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const re = /,\s+(?:which|who|whose)\b[^,]*,/g;
  const body = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

export interface ResolvedDate {
  readonly date: string;
  readonly precision: DatePrecision;
}

export interface DateOptions {
  /** Offset of the trigger in `sentence`: the nearest date expression wins. */
  readonly at?: number;
  /** A plan or a possibility: read only expressions after `at`, and bias months to the future. */
  readonly future?: boolean;
  /** Offset in `sentence` where the trigger's clause ends. */
  readonly clauseEnd?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Resolves a date expression in the sentence against the article date: "on Tuesday" (the last
 * Tuesday on or before the publication day), "May 27", "in July" / "in July 2021" / "in March last
 * year", "in 2019", "last year" / "next year" / "this year", "last month" / "next month",
 * "yesterday". Biased to the past unless `future`. The expression nearest `at` wins.
 */
export function resolveDate(
  sentence: string,
  publishedAt: string | null | undefined,
  options: DateOptions = {},
): ResolvedDate | null {
  const pubMatch = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  const pub = pubMatch
    ? new Date(Date.UTC(Number(pubMatch[1]), Number(pubMatch[2]) - 1, Number(pubMatch[3])))
    : null;
  const pubYear = pub?.getUTCFullYear() ?? null;
  const pubMonth = pub ? pub.getUTCMonth() + 1 : null;
  const future = options.future === true;
  const found: { at: number; end: number; value: ResolvedDate }[] = [];
  const add = (at: number, end: number, value: ResolvedDate | null): void => {
    if (value !== null) {
      found.push({ at, end, value });
    }
  };
  const monthYear = (
    mi: number,
    explicit: number | null,
    rel: string | undefined,
  ): number | null => {
    if (explicit !== null) {
      return explicit;
    }
    if (pubYear === null || pubMonth === null) {
      return null;
    }
    if (rel !== undefined) {
      return /last/i.test(rel) ? pubYear - 1 : /next/i.test(rel) ? pubYear + 1 : pubYear;
    }
    if (future) {
      return mi < pubMonth ? pubYear + 1 : pubYear;
    }
    return mi > pubMonth ? pubYear - 1 : pubYear;
  };
  // "on Tuesday"
  for (const m of sentence.matchAll(ON_WEEKDAY)) {
    if (pub === null) {
      continue;
    }
    const wd = WEEKDAYS.indexOf((m[1] as string).toLowerCase());
    const d = new Date(pub);
    const diff = future ? (wd - d.getUTCDay() + 7) % 7 : -((d.getUTCDay() - wd + 7) % 7);
    d.setUTCDate(d.getUTCDate() + diff);
    add(m.index, m.index + m[0].length, { date: isoDay(d), precision: DatePrecision.DAY });
  }
  // "May 27" / "May 27, 2024"
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const mi = MONTHS.indexOf((m[1] as string).toLowerCase()) + 1;
    const y = monthYear(mi, m[3] ? Number(m[3]) : null, undefined);
    const day = Number(m[2]);
    // "February 30" names no day: no date rather than one the Date scalar cannot serve
    if (y !== null && isCalendarDay(y, mi, day)) {
      add(m.index, m.index + m[0].length, {
        date: `${y}-${pad(mi)}-${pad(day)}`,
        precision: DatePrecision.DAY,
      });
    }
  }
  // "in July", "in July 2021", "since April last year"
  for (const m of sentence.matchAll(IN_MONTH)) {
    const mi = MONTHS.indexOf((m[1] as string).toLowerCase()) + 1;
    const y = monthYear(mi, m[2] ? Number(m[2]) : null, m[3]);
    if (y !== null) {
      add(m.index, m.index + m[0].length, {
        date: `${y}-${pad(mi)}-01`,
        precision: DatePrecision.MONTH,
      });
    }
  }
  // "in 2019"
  for (const m of sentence.matchAll(/\b(?:in|during|by)\s+((?:19|20)\d{2})\b/gi)) {
    add(m.index, m.index + m[0].length, {
      date: `${m[1] as string}-01-01`,
      precision: DatePrecision.YEAR,
    });
  }
  if (pub !== null && pubYear !== null && pubMonth !== null) {
    for (const m of sentence.matchAll(/\b(last|next|this)\s+(year|month)\b/gi)) {
      const dir = /last/i.test(m[1] as string) ? -1 : /next/i.test(m[1] as string) ? 1 : 0;
      if (/year/i.test(m[2] as string)) {
        add(m.index, m.index + m[0].length, {
          date: `${pubYear + dir}-01-01`,
          precision: DatePrecision.YEAR,
        });
      } else {
        const d = new Date(Date.UTC(pubYear, pubMonth - 1 + dir, 1));
        add(m.index, m.index + m[0].length, {
          date: isoDay(d),
          precision: DatePrecision.MONTH,
        });
      }
    }
    for (const m of sentence.matchAll(/\byesterday\b/gi)) {
      const d = new Date(pub);
      d.setUTCDate(d.getUTCDate() - 1);
      add(m.index, m.index + m[0].length, { date: isoDay(d), precision: DatePrecision.DAY });
    }
  }
  // an expression inside a longer one ("July" in "in July last year") is not another date
  const outer = found.filter(
    f => !found.some(g => g !== f && g.at <= f.at && f.end <= g.end && g.end - g.at > f.end - f.at),
  );
  const at = options.at ?? 0;
  const usable = future && options.at !== undefined ? outer.filter(f => f.at >= at) : outer;
  const dist = (f: { at: number; end: number }): number =>
    f.at >= at ? f.at - at : Math.max(0, at - f.end);
  // an expression after the trigger in its own clause ("… in March") wins over one before it
  const clauseEnd = options.clauseEnd ?? Number.POSITIVE_INFINITY;
  const following = usable.filter(f => f.at >= at && f.end <= clauseEnd);
  const pool = following.length > 0 ? following : usable;
  const best = [...pool].sort((a, b) => dist(a) - dist(b) || a.at - b.at)[0];
  return best?.value ?? null;
}

type Tense = 'past' | 'now' | 'future';

function tenseOf(m: Modality): Tense {
  if (m === Modality.HISTORICAL) {
    return 'past';
  }
  return m === Modality.POSSIBLE || m === Modality.PLANNED ? 'future' : 'now';
}

/** A plan: "will provide" (not "the will of"), "plans to", "pledged". */
const PLANNED_CUE =
  /\b(?:(?:will|shall)(?!\s+(?:of|and|to|the|in|be\s+the)\b)|plans? to|planned to|planning to|intends? to|aims? to|is expected to|are expected to|is set to|are set to|is due to|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\b/i;

function modalityOf(
  lead: string,
  clause: string,
  date: ResolvedDate | null,
  publishedYear: number | null,
  reported: boolean,
): Modality {
  if (/\b(?:might|could|may)\b/i.test(lead)) {
    return Modality.POSSIBLE;
  }
  if (PLANNED_CUE.test(lead)) {
    return Modality.PLANNED;
  }
  if (reported) {
    return Modality.REPORTED;
  }
  const year = date ? Number(date.date.slice(0, 4)) : null;
  if (
    /\b(?:formerly|previously|World War (?:I|II|One|Two)|in the past|once|decades ago|during the Cold War)\b/i.test(
      clause,
    ) ||
    (publishedYear !== null && year !== null && year < publishedYear)
  ) {
    return Modality.HISTORICAL;
  }
  return Modality.ASSERTED;
}

interface People {
  readonly offices: readonly KgOffice[];
  /** person or body -> its country */
  readonly countryOf: ReadonlyMap<string, string>;
}

/** A leader acting on a foreign country whose leader the article names acts on that leader. */
function counterpart(people: People, sourceId: string, targetId: string): string {
  const own = people.offices.find(o => o.personId === sourceId);
  if (own === undefined || own.countryId === targetId || !LEADER_ROLES.has(own.role)) {
    return targetId;
  }
  const leaders = people.offices.filter(o => o.countryId === targetId && LEADER_ROLES.has(o.role));
  return (leaders.find(o => o.role === own.role) ?? leaders[0])?.personId ?? targetId;
}

/** An embassy acts for its country. */
function actingFor(id: string, people: People): string {
  return /^org:[a-z]{3}-embassy$/.test(id) ? (people.countryOf.get(id) ?? id) : id;
}

interface Draft {
  readonly code: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly modality: Modality;
  readonly date: ResolvedDate | null;
  readonly evidence: Span[];
  readonly retaliation: boolean;
  readonly trigger: string;
  readonly verb: EventVerb;
}

/** Clause boundaries of a sentence, as absolute offsets. */
interface Clauses {
  /** True when the clause that holds `offset` is speech reported by a verb ("said Ukraine would …"). */
  reported(offset: number): boolean;
  /** Start of the main clause (after a leading subordinate phrase before `offset`). */
  mainStart(offset: number): number;
  /** Start of the clause that holds `offset`. */
  startOf(offset: number): number;
  /** End of the clause that holds `offset`. */
  endOf(offset: number): number;
}

function clausesOf(sentence: Span): Clauses {
  const body = sentence.text;
  const lead = LEADING.exec(body);
  const leadEnd = lead ? sentence.start + lead[0].length : sentence.start;
  const cuts: number[] = [];
  for (const m of body.matchAll(/,\s+(?:and|but|while|whereas)\s+|;\s*/g)) {
    cuts.push(sentence.start + m.index + m[0].length);
  }
  const speech: number[] = [];
  for (const m of body.matchAll(REPORT_THAT)) {
    cuts.push(sentence.start + m.index + m[0].length);
    speech.push(sentence.start + m.index + m[0].length);
  }
  // "…, days after the breakaway region of Transnistria appealed …": a subordinate clause
  for (const m of body.matchAll(
    /,\s+(?:(?:\w+\s+){0,2}(?:after|before|since|because|when|while|although|though|as|until))\s+/g,
  )) {
    cuts.push(sentence.start + m.index + m[0].length);
  }
  // "Kuleba said Ukraine would support …": a reported clause without "that"
  for (const m of body.matchAll(ZERO_THAT_VERB)) {
    cuts.push(sentence.start + m.index + m[0].length);
    speech.push(sentence.start + m.index + m[0].length);
  }
  const startOf = (offset: number): number =>
    Math.max(leadEnd <= offset ? leadEnd : sentence.start, ...cuts.filter(c => c <= offset));
  const ends: number[] = [];
  for (const m of body.matchAll(/,\s+(?:and|but|while|whereas|which|who|as|according)\b|;/g)) {
    ends.push(sentence.start + m.index);
  }
  return {
    mainStart: offset => (leadEnd <= offset ? leadEnd : sentence.start),
    reported: offset => speech.includes(startOf(offset)),
    startOf,
    endOf: offset => Math.min(sentence.end, ...ends.filter(e => e >= offset)),
  };
}

/** True when an actor mention follows the trigger within a few words. */
function objectFollows(inside: readonly Grouped[], text: string, tEnd: number): boolean {
  if (PRONOUN_OBJECT.test(text.slice(tEnd, tEnd + 6))) {
    return true;
  }
  const next = inside.find(x => x.start >= tEnd);
  return next !== undefined && RIGHT_BEFORE_OBJECT.test(text.slice(tEnd, next.start));
}

/** The two parties (as states) of the first event between two different actors, for "the two sides". */
function bothSides(
  drafts: readonly Draft[],
  kindOf: ReadonlyMap<string, ActorKind>,
  countryOf: ReadonlyMap<string, string>,
): string[] {
  const asState = (id: string): string =>
    kindOf.get(id) === ActorKind.PERSON ? (countryOf.get(id) ?? id) : id;
  for (const d of drafts) {
    const pair = [asState(d.sourceId), asState(d.targetId)];
    if (pair[0] !== pair[1] && pair.every(id => id.startsWith('country:'))) {
      return pair;
    }
  }
  return [];
}

export function extractEvents(ctx: EventContext, verbs = loadEventVerbs()): KgEvent[] {
  const { text } = ctx;
  const ignored = ctx.ignoredSpans ?? [];
  const mentions = groupMentions(actorMentions(ctx.actors)).filter(
    m => m.kind !== ActorKind.MEDIA_OUTLET,
  );
  const kindOf = new Map(ctx.actors.map(a => [a.id, a.kind]));
  const countryOf = new Map<string, string>();
  for (const r of ctx.relations ?? []) {
    if ((r.type === 'OF_COUNTRY' || r.type === 'PART_OF') && r.toId.startsWith('country:')) {
      countryOf.set(r.fromId, r.toId);
    }
  }
  for (const o of ctx.offices ?? []) {
    countryOf.set(o.personId, o.countryId);
  }
  const people: People = { offices: ctx.offices ?? [], countryOf };
  const statementSpans = (ctx.statements ?? []).map(s => s.span);
  const pubYear = /^(\d{4})/.exec(ctx.publishedAt ?? '');
  const publishedYear = pubYear ? Number(pubYear[1]) : null;
  const drafts: Draft[] = [];
  const lastOf = (offset: number, ok: (m: Grouped) => boolean): Grouped | undefined =>
    mentions.filter(m => m.end <= offset && ok(m)).at(-1);

  // most dictionary entries occur nowhere in a given article: one scan of the text each rules them out
  // for every sentence
  const present = verbs.filter(verb => {
    const re = prefilterRegExp(verb.pattern);
    re.lastIndex = 0;
    return re.test(text);
  });

  for (const sentence of splitSentences(text)) {
    if (overlapsAny(sentence.start, sentence.end, ignored)) {
      continue;
    }
    const inside = mentions.filter(m => m.start >= sentence.start && m.end <= sentence.end);
    const relative = relativeClauses(text, sentence);
    const clauses = clausesOf(sentence);
    const claimed: Span[] = [];
    let previous: { sources: Grouped[]; targets: Grouped[] } | null = null;
    const leadEvent = drafts.find(d => tenseOf(d.modality) !== 'past');
    const eligible = (x: Grouped): boolean => {
      const before = text.slice(sentence.start, x.start);
      return (
        !overlapsAny(x.start, x.end, relative) &&
        (!PREPOSITION_BEFORE.test(before) || NAMING_OF.test(before))
      );
    };
    /** The subject(s) of the clause in [from, to): the first eligible mention, its person, and "X and Y". */
    const subjectsIn = (from: number, to: number): Grouped[] => {
      const cands = inside.filter(x => x.start >= from && x.end <= to && eligible(x));
      const out: Grouped[] = [];
      let i = 0;
      while (i < cands.length) {
        let cur = cands[i] as Grouped;
        // "Japanese Prime Minister Fumio Kishida": the person, not the country word
        let j = i + 1;
        while (j < cands.length) {
          const next = cands[j] as Grouped;
          const between = text.slice(cur.end, next.start);
          if (
            next.kind === ActorKind.PERSON &&
            cur.kind !== ActorKind.PERSON &&
            TITLE_WORDS.test(between)
          ) {
            cur = next;
            j++;
          } else if (next.start < cur.end) {
            j++; // the country word inside a body mention ("China" in "China's Foreign Ministry")
          } else {
            break;
          }
        }
        out.push(cur);
        const next = cands[j];
        // "Brazil and Colombia", "Japan and the Philippines"
        if (
          next === undefined ||
          !/^(?:['’]s)?(?:\s*,)?\s+and\s+(?:the\s+)?$/.test(text.slice(cur.end, next.start))
        ) {
          break;
        }
        i = j;
      }
      return out;
    };
    for (const verb of present) {
      const re = verbRegExp(verb.pattern);
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
        const tStart = sentence.start + m.index;
        const tEnd = tStart + m[0].length;
        if (overlapsAny(tStart, tEnd, claimed)) {
          continue;
        }
        if (verb.requiresObject === true && !objectFollows(inside, text, tEnd)) {
          continue; // another entry may read the words ("received aid" is aid, not a visit)
        }
        claimed.push({ start: tStart, end: tEnd, text: m[0] });
        if (overlapsAny(tStart, tEnd, relative) && verb.frame === 'active') {
          continue;
        }
        const clauseStart = clauses.startOf(tStart);
        const clauseEnd = clauses.endOf(tEnd);
        const lead = text.slice(clauseStart, tStart);
        if (NEGATION.test(lead)) {
          continue;
        }
        let sources: Grouped[] = [];
        let targets: Grouped[] = [];
        const after = text.slice(tEnd, sentence.end);
        const passive =
          verb.frame === 'active' &&
          /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i.test(lead) &&
          /^\s+by\s/i.test(after);
        if (verb.frame === 'passive-by' || passive) {
          const agent = inside.find(x => x.start >= tEnd);
          sources = agent ? [agent] : [];
          const subject =
            passive || verb.targetSubjects === true
              ? subjectsIn(clauseStart, tStart)
              : inside.filter(x => x.end <= tStart).slice(-1);
          targets = subject;
        } else if (verb.frame === 'nominal') {
          const s = inside.find(x => x.end <= tStart && /^\s*$/.test(text.slice(x.end, tStart)));
          sources = s ? [s] : [];
          const t = /^\s*its\b/.test(after)
            ? inside[0]
            : inside.find(x => x.start >= tEnd && x !== s);
          targets = t ? [t] : [];
        } else {
          const pronoun = /\b(?:he|she)\s+(?:\w+\s+)?$/i.exec(text.slice(sentence.start, tStart));
          const heAnd = HE_AND.test(text.slice(clauseStart, tStart));
          if (heAnd) {
            // "…, and he and Indian Prime Minister Narendra Modi signed": the last person and the other
            const p = lastOf(clauseStart, x => x.kind === ActorKind.PERSON);
            sources = [...(p ? [p] : []), ...subjectsIn(clauseStart, tStart)];
          } else if (pronoun) {
            const p = lastOf(tStart, x => x.kind === ActorKind.PERSON);
            sources = p ? [p] : [];
          } else {
            // "Kuleba said Ukraine would support …, and accused the Kremlin": the second verb is the speaker's
            const speakersVerb =
              clauses.reported(tStart) &&
              /\b(?:would|could|will|might|should|must)\b[^,;]*\band\s+$/i.test(lead);
            sources = speakersVerb ? [] : subjectsIn(clauseStart, tStart);
            const sides = BOTH_SIDES.test(text.slice(clauseStart, tStart))
              ? bothSides(drafts, kindOf, countryOf)
              : [];
            if (sources.length === 0 && sides.length === 2) {
              // "the two sides could exchange prisoners": each side acts on the other
              sources = sides.map(id => ({
                start: clauseStart,
                end: clauseStart,
                ids: [id],
                kind: kindOf.get(id) ?? ActorKind.COUNTRY,
              }));
            }
            if (sources.length === 0) {
              // "…, and in 2019 it recognised", "…, accusing them", "projected that cooperation …"
              const main = clauses.mainStart(clauseStart);
              sources = subjectsIn(main, tStart).slice(0, 1);
              if (sources.length === 0 && main !== sentence.start) {
                sources = subjectsIn(sentence.start, tStart).slice(0, 1);
              }
            }
          }
          const sourceIds = new Set(sources.flatMap(s => s.ids));
          // a person never acts on their own country: "Mirzoyan warned that Armenia would respond if
          // Azerbaijani troops …" targets Azerbaijan
          const ownCountries = new Set(
            [...sourceIds].flatMap(id => {
              const c = countryOf.get(id);
              return c === undefined || kindOf.get(id) !== ActorKind.PERSON ? [] : [c];
            }),
          );
          const other = (x: Grouped): boolean =>
            !x.ids.some(id => sourceIds.has(id) || ownCountries.has(id));
          const from = verb.objectInside === true ? tStart : tEnd;
          const reduced = /([^\s]+)\s+(?:that\s+|whom\s+)?(?:it|they)\s+(?:\w+ly\s+)?$/i.exec(lead);
          const anaphora = verb.symmetric === true ? null : LEAD_ANAPHORA.exec(after);
          /** "the decision" / "the pact" / "the accusations": actors of an earlier event. */
          const resolveAnaphora = (noun: string): string[] => {
            if (ACCUSATIONS.test(noun)) {
              const accusation = drafts
                .filter(
                  d =>
                    d.code.startsWith('11') &&
                    [...sourceIds].some(s => d.targetId === s || countryOf.get(s) === d.targetId),
                )
                .at(-1);
              return accusation ? [accusation.sourceId] : [];
            }
            // "the visit" is the latest visit, "the sanctions" the latest sanctions; else the lead event
            const family = ANAPHORA_CODES.find(([re]) => re.test(noun))?.[1];
            const asState = (id: string): string =>
              kindOf.get(id) === ActorKind.PERSON ? (countryOf.get(id) ?? id) : id;
            // an agreement binds states: skip one between people whose country is unknown
            const bindsStates = (d: Draft): boolean =>
              !BOTH_PARTIES.has(noun.toLowerCase()) ||
              [d.sourceId, d.targetId].every(id => kindOf.get(asState(id)) !== ActorKind.PERSON);
            const antecedent =
              (family
                ? drafts
                    .filter(d => family.some(c => d.code.startsWith(c)) && bindsStates(d))
                    .at(-1)
                : undefined) ?? leadEvent;
            if (antecedent === undefined) {
              return [];
            }
            if (BOTH_PARTIES.has(noun.toLowerCase())) {
              // an agreement binds states: leaders stand for their countries
              return [antecedent.sourceId, antecedent.targetId].map(asState);
            }
            return [antecedent.sourceId];
          };
          const anaphoric = anaphora
            ? [...new Set(resolveAnaphora(anaphora[1] as string))].filter(id => !sourceIds.has(id))
            : [];
          if (/^\s*them\b/i.test(after)) {
            const t =
              lastOf(tStart, x => PLURAL_KINDS.has(x.kind) && x.ids.length > 1) ??
              inside.filter(x => x.end <= tStart && other(x)).at(-1);
            targets = t ? [t] : [];
          } else if (/^\s*there\b/i.test(after)) {
            const t = lastOf(tStart, x => x.kind === ActorKind.TERRITORY);
            targets = t ? [t] : [];
          } else if (/^\s*(?:him|her)\b/i.test(after)) {
            const t = lastOf(tStart, x => x.kind === ActorKind.PERSON && other(x));
            targets = t ? [t] : [];
          } else if (anaphoric.length > 0) {
            targets = anaphoric.map(id => ({
              start: tEnd,
              end: tEnd,
              ids: [id],
              kind: kindOf.get(id) ?? ActorKind.COUNTRY,
            }));
          } else if (reduced && /s$/i.test(reduced[1] as string)) {
            // "45 Russian diplomats it accused of spying": the mention before the pronoun
            const before = tStart - reduced[0].length;
            const t = inside
              .filter(
                x =>
                  x.end <= before + (reduced[1] as string).length &&
                  x.end >= before - 40 &&
                  other(x),
              )
              .at(-1);
            targets = t ? [t] : [];
          } else if (!anaphora) {
            const objs = inside.filter(
              x =>
                x.start >= from &&
                x.end <= clauseEnd &&
                other(x) &&
                !TOPIC_BEFORE.test(text.slice(Math.max(from, x.start - 20), x.start)),
            );
            const first = objs[0];
            if (first !== undefined) {
              targets = [first];
              for (const next of objs.slice(1)) {
                const prev = targets.at(-1) as Grouped;
                if (
                  !/^(?:['’]s)?(?:\s*,)?\s+and\s+(?:the\s+)?$/.test(
                    text.slice(prev.end, next.start),
                  )
                ) {
                  break;
                }
                targets.push(next);
              }
            }
          }
          if (
            targets.length === 0 &&
            verb.symmetric !== true &&
            /,\s*$/.test(text.slice(sentence.start, tStart)) &&
            /^\w+ing\b/i.test(m[0])
          ) {
            // "an ally of North Korea, providing aid": the participle's object is before it
            const t = inside
              .filter(x => x.end <= tStart && !sources.includes(x) && other(x))
              .at(-1);
            targets = t ? [t] : [];
          }
        }
        // "X refused to apologise": a refusal with no object rejects whoever made the latest demand of X
        if (targets.length === 0 && verb.code.startsWith('12') && sources.length > 0) {
          const own = new Set(
            sources.flatMap(s => s.ids.flatMap(id => [id, countryOf.get(id) ?? id])),
          );
          const demand = drafts.filter(d => d.code.startsWith('10') && own.has(d.targetId)).at(-1);
          if (demand !== undefined) {
            targets = [
              {
                start: tEnd,
                end: tEnd,
                ids: [demand.sourceId],
                kind: kindOf.get(demand.sourceId) ?? ActorKind.COUNTRY,
              },
            ];
          }
        }
        // "denounced the deal … and warned of countermeasures": a coordinated verb shares the object
        if (targets.length === 0 && previous !== null && /\band\s+$/i.test(lead)) {
          targets = previous.targets;
          if (sources.length === 0) {
            sources = previous.sources;
          }
        }
        if (targets.length > 0 && sources.length > 0) {
          previous = { sources, targets };
        }
        const pairs: [string, string][] = [];
        const sIds = sources.flatMap(s => s.ids).map(id => actingFor(id, people));
        const tIds = targets.flatMap(t => t.ids).map(id => actingFor(id, people));
        const twoSides = sources.length === 2 && sources.every(x => x.start === x.end);
        if ((verb.symmetric === true || (twoSides && tIds.length === 0)) && sIds.length > 1) {
          for (const a of sIds) {
            for (const b of sIds) {
              pairs.push([a, b]);
            }
          }
        } else {
          for (const a of sIds) {
            for (const b of tIds) {
              pairs.push([a, b]);
            }
          }
        }
        if (pairs.length === 0) {
          continue;
        }
        const reported = statementSpans.some(s => s.start <= tStart && tEnd <= s.end);
        const quoted = statementSpans.find(s => s.start <= tStart && tEnd <= s.end);
        const leadCue = text.slice(clauseStart, tEnd);
        const future = /\b(?:might|could|may)\b/i.test(leadCue) || PLANNED_CUE.test(leadCue);
        // reported speech is dated by the words inside it only
        const dateText = quoted ? quoted.text : sentence.text;
        const dateBase = quoted ? quoted.start : sentence.start;
        const date = resolveDate(dateText, ctx.publishedAt, {
          at: tStart - dateBase,
          future,
          clauseEnd: clauseEnd - dateBase,
        });
        const modality = modalityOf(
          leadCue,
          text.slice(sentence.start, clauseEnd),
          date,
          publishedYear,
          reported,
        );
        for (const [rawSource, rawTarget] of pairs) {
          const sourceId = rawSource;
          const targetId = counterpart(people, sourceId, rawTarget);
          // an actor acting on itself or on its own country is no event between two actors
          if (sourceId === targetId || countryOf.get(sourceId) === targetId) {
            continue;
          }
          drafts.push({
            code: verb.code,
            sourceId,
            targetId,
            modality,
            date,
            evidence: [sentence],
            retaliation:
              /\bin (?:retaliation|response|return)\b/i.test(after) ||
              /\b(?:responded|retaliated|reacted|hit back)\s+by\s+$/i.test(lead),
            trigger: m[0],
            verb,
          });
        }
      }
    }
  }

  // the same code, source and target in the same tense and on a compatible date is one event
  const merged: Draft[] = [];
  for (const d of drafts.sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
  )) {
    const i = merged.findIndex(
      x =>
        x.code === d.code &&
        x.sourceId === d.sourceId &&
        x.targetId === d.targetId &&
        tenseOf(x.modality) === tenseOf(d.modality) &&
        (x.date === null ||
          d.date === null ||
          (x.date.date === d.date.date && x.date.precision === d.date.precision)),
    );
    const prev = merged[i];
    if (prev === undefined) {
      merged.push(d);
      continue;
    }
    merged[i] = {
      ...prev,
      date: prev.date ?? d.date,
      retaliation: prev.retaliation || d.retaliation,
      evidence: prev.evidence.some(e => e.start === d.evidence[0]?.start)
        ? prev.evidence
        : [...prev.evidence, ...d.evidence],
    };
  }
  // "Japan and the Philippines sign a pact" is the signing by their leaders when the article has it
  const isPerson = (id: string): boolean => kindOf.get(id) === ActorKind.PERSON;
  const dropped = new Set<number>();
  merged.forEach((d, i) => {
    if (isPerson(d.sourceId) || isPerson(d.targetId)) {
      return;
    }
    const j = merged.findIndex(
      (p, k) =>
        k !== i &&
        !dropped.has(k) &&
        p.code === d.code &&
        isPerson(p.sourceId) &&
        isPerson(p.targetId) &&
        tenseOf(p.modality) === tenseOf(d.modality) &&
        countryOf.get(p.sourceId) === d.sourceId &&
        countryOf.get(p.targetId) === d.targetId,
    );
    const into = merged[j];
    if (into !== undefined) {
      const extra = d.evidence.filter(e => !into.evidence.some(x => x.start === e.start));
      merged[j] = {
        ...into,
        evidence: [...into.evidence, ...extra].sort((x, y) => x.start - y.start),
      };
      dropped.add(i);
    }
  });
  const final = merged.filter((_, i) => !dropped.has(i));

  const pubDay = /^(\d{4}-\d{2}-\d{2})/.exec(ctx.publishedAt ?? '')?.[1] ?? null;
  const nameOf = new Map(ctx.actors.map(a => [a.id, a.name]));
  const summaryOf = (d: Draft): string =>
    composeSummary({
      source: nameOf.get(d.sourceId) ?? d.sourceId,
      target: nameOf.get(d.targetId) ?? d.targetId,
      verbPhrase: d.trigger,
      preposition: d.verb.preposition ?? null,
      modality: d.modality,
      targetInPhrase: d.verb.objectInside === true,
      form:
        d.verb.frame === 'passive-by'
          ? 'passive'
          : d.verb.frame === 'nominal' || d.verb.noun === true
            ? 'nominal'
            : 'active',
    });
  const events: KgEvent[] = [];
  for (const d of final) {
    const first = d.evidence[0] as Span;
    // the first event of the latest earlier sentence in which the target acted
    const earlier = d.retaliation
      ? events.filter(e => e.sourceId === d.targetId && (e.evidence[0]?.start ?? 0) < first.start)
      : [];
    const latest = Math.max(...earlier.map(e => e.evidence[0]?.start ?? 0));
    const responds = earlier.find(e => (e.evidence[0]?.start ?? 0) === latest);
    // news of the day with no date in the text happened about when it was published
    const inferred = d.date === null && pubDay !== null && tenseOf(d.modality) === 'now';
    events.push({
      id: eventId(ctx.articleId, d.code, d.sourceId, d.targetId, first),
      code: d.code,
      sourceId: d.sourceId,
      targetId: d.targetId,
      date: inferred ? pubDay : (d.date?.date ?? null),
      datePrecision: inferred ? DatePrecision.DAY : (d.date?.precision ?? null),
      dateInferred: inferred,
      modality: d.modality,
      summary: summaryOf(d),
      evidence: d.evidence,
      respondsToId: responds?.id ?? null,
    });
  }
  return events;
}
