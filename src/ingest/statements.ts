/**
 * Statements from raw text, deterministic and offline:
 * - direct quotations in straight or curly quotes (a quote may span sentences); the span is the
 *   quoted words without the marks and without a trailing comma or period inside them;
 * - reported speech: "<subject> stated/claimed/projected/suggested that <clause>", and the trailing
 *   form "<clause>, he continued.";
 * - attribution: "according to <person>" names the speaker, "according to (a report by) <outlet>"
 *   names the outlet that reported it; otherwise the subject of the reporting verb (the nearest actor
 *   mention before the verb that is not the object of a preposition); "he"/"she" is the last person
 *   mentioned; a passive "it was stated" keeps the previous statement's speaker;
 * - a subject never reaches back over ", and"/", but"/";": "…, and officials there suggested" has
 *   no actor subject, so it is no statement (yet);
 * - short scare quotes (at most 4 words) are never statements on their own unless their reporting
 *   verb introduces them directly ("said: “No.”"), and a quote with no
 *   attribution in its sentence is not a statement.
 * Pure: no Cypher, no network.
 */
import { ActorKind, DatePrecision } from '../schema/domain.enum';
import { type KgActor, type KgStatement, type Span, statementId } from '../kg/kg-batch';
import { overlapsAny } from './clean';
import { splitSentences } from './sentences';

export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: ActorKind;
}

export interface StatementContext {
  readonly articleId: string;
  readonly text: string;
  readonly actors: readonly KgActor[];
  readonly ignoredSpans?: readonly Span[];
  readonly publishedAt?: string | null;
}

/** Past and present forms of the verbs that introduce speech. */
export const REPORTING_VERBS: readonly string[] = [
  'said',
  'says',
  'stated',
  'states',
  'claimed',
  'claiming',
  'claims',
  'projected',
  'suggested',
  'suggests',
  'argued',
  'warned',
  'added',
  'noted',
  'declared',
  'insisted',
  'told',
  'wrote',
  'continued',
  'announced',
];

const VERB_ALT = REPORTING_VERBS.join('|');
const THAT_CLAUSE = new RegExp(`\\b(${VERB_ALT})\\s+that\\s+`, 'g');
const TRAILING = new RegExp(`,\\s+(he|she|they|it)\\s+(${VERB_ALT})\\s*[.!?]?[”"’]?\\s*$`, 'i');
/** A quote right after its reporting verb ("said: “…”", "stated that “…”") is speech at any length. */
const INTRODUCED = new RegExp(`\\b(?:${VERB_ALT})(?:\\s+that)?[:,]?\\s*$`);
const ACCORDING = /\baccording to\s+/g;
const OBJECT_CUE =
  /(?:\b(?:to|with|by|for|of|from|on|about|against|counterpart|and)\s+(?:(?:his|her|their|its|the)\s+)?(?:counterpart\s+)?)$/i;
const STRIP_END = /[\s,.;:]+$/;

/** Flattened, sorted actor mentions. */
export function actorMentions(actors: readonly KgActor[]): ActorMention[] {
  return actors
    .flatMap(a => a.mentions.map(m => ({ start: m.start, end: m.end, id: a.id, kind: a.kind })))
    .sort((x, y) => x.start - y.start || y.end - x.end);
}

function span(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) {
    s++;
  }
  const tail = STRIP_END.exec(text.slice(s, e));
  if (tail) {
    e -= tail[0].length;
  }
  return { start: s, end: e, text: text.slice(s, e) };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(w => /\p{L}/u.test(w)).length;
}

/** Quote pairs over the whole text: curly “…” and straight "…" (alternating). Inner spans. */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  const curly = /“([^“”]+)”/g;
  for (let m = curly.exec(text); m; m = curly.exec(text)) {
    out.push(span(text, m.index + 1, m.index + m[0].length - 1));
  }
  const straight = /"([^"]+)"/g;
  for (let m = straight.exec(text); m; m = straight.exec(text)) {
    out.push(span(text, m.index + 1, m.index + m[0].length - 1));
  }
  return out.filter(s => s.end > s.start).sort((a, b) => a.start - b.start);
}

export function isPerson(m: ActorMention): boolean {
  return m.kind === ActorKind.PERSON;
}

/** The last person mentioned before `offset`. */
function lastPerson(mentions: readonly ActorMention[], offset: number): string | null {
  const before = mentions.filter(m => isPerson(m) && m.end <= offset);
  return before.at(-1)?.id ?? null;
}

/**
 * The subject of a reporting verb at `verbStart` in the sentence: a pronoun right before the verb is
 * the last person mentioned; otherwise the nearest actor mention before the verb (people first) that
 * is not governed by a preposition ("wrote to his counterpart Kim").
 */
export function subjectBefore(
  text: string,
  sentence: Span,
  verbStart: number,
  mentions: readonly ActorMention[],
): string | null {
  const lead = text.slice(sentence.start, verbStart);
  if (/\b(he|she)\s+(?:\w+ly\s+)?$/i.test(lead) || /\b(he|she)\s+\w+\s+by\s+$/i.test(lead)) {
    return lastPerson(mentions, verbStart);
  }
  // the verb's own clause: a subject never reaches back over ", and" / ", but" / ";"
  let clauseStart = sentence.start;
  const cut = /(?:,\s+(?:and|but)\s+|;\s*)/g;
  for (let m = cut.exec(lead); m; m = cut.exec(lead)) {
    clauseStart = sentence.start + m.index + m[0].length;
  }
  const inSentence = mentions.filter(m => m.start >= clauseStart && m.end <= verbStart);
  const eligible = inSentence.filter(
    m => !OBJECT_CUE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)),
  );
  const people = eligible.filter(isPerson);
  const pick = people.at(-1) ?? eligible.filter(m => m.kind !== ActorKind.MEDIA_OUTLET).at(-1);
  return pick?.id ?? null;
}

interface Attribution {
  readonly speakerId: string | null;
  readonly reportedById: string | null;
  readonly verb: string | null;
  readonly verbStart: number;
}

/** "according to <person>'s letter" / "according to a report by … KCNA". */
function according(
  text: string,
  sentence: Span,
  mentions: readonly ActorMention[],
): Attribution | null {
  ACCORDING.lastIndex = 0;
  const body = sentence.text;
  const m = ACCORDING.exec(body);
  if (!m) {
    return null;
  }
  const from = sentence.start + m.index + m[0].length;
  const upto = text.slice(from, sentence.end).search(/[,;]|$/);
  const end = from + (upto < 0 ? sentence.end - from : upto);
  const named = mentions.filter(x => x.start >= from && x.end <= end);
  const person = named.find(isPerson);
  const outlet = named.find(x => x.kind === ActorKind.MEDIA_OUTLET);
  return {
    speakerId: person?.id ?? null,
    reportedById: outlet?.id ?? null,
    verb: 'according to',
    verbStart: sentence.start + m.index,
  };
}

function reportingVerbIn(
  text: string,
  sentence: Span,
  before: number,
): { verb: string; start: number } | null {
  const re = new RegExp(`\\b(${VERB_ALT})\\b`, 'g');
  let found: { verb: string; start: number } | null = null;
  const body = text.slice(sentence.start, before);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    found = { verb: m[1] as string, start: sentence.start + m.index };
  }
  return found;
}

function dateOf(publishedAt: string | null | undefined): {
  date: string | null;
  precision: DatePrecision | null;
} {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt ?? '');
  return m
    ? { date: m[1] as string, precision: DatePrecision.DAY }
    : { date: null, precision: null };
}

function aboutIds(mentions: readonly ActorMention[], s: Span, speakerId: string): string[] {
  const ids = mentions
    .filter(m => m.start >= s.start && m.end <= s.end && m.id !== speakerId)
    .map(m => m.id);
  return [...new Set(ids)];
}

interface Draft {
  readonly span: Span;
  readonly speakerId: string;
  readonly reportedById: string | null;
  readonly direct: boolean;
  readonly verb: string | null;
}

export function extractStatements(ctx: StatementContext): KgStatement[] {
  const { text } = ctx;
  const ignored = ctx.ignoredSpans ?? [];
  const mentions = actorMentions(ctx.actors);
  const sentences = splitSentences(text).filter(s => !overlapsAny(s.start, s.end, ignored));
  const quotes = findQuotes(text).filter(q => !overlapsAny(q.start, q.end, ignored));
  const drafts: Draft[] = [];
  let lastSpeaker: string | null = null;
  for (const sentence of sentences) {
    const inner = quotes.filter(q => q.start >= sentence.start && q.start < sentence.end);
    const long = inner.filter(
      q => wordCount(q.text) > 4 || INTRODUCED.test(text.slice(sentence.start, q.start - 1)),
    );
    const acc = according(text, sentence, mentions);
    const thatRe = new RegExp(THAT_CLAUSE.source, 'g');
    const that = thatRe.exec(sentence.text);
    const trailing = TRAILING.exec(sentence.text);
    // 1. direct quotations with an attribution in the sentence
    if (long.length > 0) {
      let speakerId: string | null = acc?.speakerId ?? null;
      let verb: string | null = acc?.speakerId ? 'according to' : null;
      const firstQuote = long[0] as Span;
      const rv = reportingVerbIn(text, sentence, firstQuote.start);
      if (rv) {
        verb = rv.verb;
        const passive = /\b(?:it|this)\s+(?:was|has been|is)\s+(?:\w+\s+)?$/i.test(
          text.slice(sentence.start, rv.start),
        );
        speakerId = passive
          ? (speakerId ?? lastSpeaker)
          : (subjectBefore(text, sentence, rv.start, mentions) ?? speakerId);
      }
      if (speakerId !== null && verb !== null) {
        for (const q of long) {
          drafts.push({
            span: q,
            speakerId,
            reportedById: acc?.reportedById ?? null,
            direct: true,
            verb,
          });
        }
        lastSpeaker = speakerId;
        continue;
      }
    }
    // 2. "<subject> stated that <clause>"
    if (that) {
      const verbStart = sentence.start + that.index;
      const from = verbStart + that[0].length;
      let end = sentence.end;
      if (acc && acc.verbStart > from) {
        end = acc.verbStart;
      }
      const speakerId = subjectBefore(text, sentence, verbStart, mentions) ?? acc?.speakerId;
      if (speakerId) {
        drafts.push({
          span: span(text, from, end),
          speakerId,
          reportedById: acc?.reportedById ?? null,
          direct: false,
          verb: that[1] as string,
        });
        lastSpeaker = speakerId;
      }
      continue;
    }
    // 3. "<clause>, he continued."
    if (trailing) {
      const speakerId = lastPerson(mentions, sentence.start + trailing.index);
      if (speakerId) {
        drafts.push({
          span: span(text, sentence.start, sentence.start + trailing.index),
          speakerId,
          reportedById: null,
          direct: false,
          verb: trailing[2] as string,
        });
        lastSpeaker = speakerId;
      }
    }
  }
  const { date, precision } = dateOf(ctx.publishedAt);
  return drafts.map(d => ({
    id: statementId(ctx.articleId, d.span),
    speakerId: d.speakerId,
    addresseeIds: [],
    aboutIds: aboutIds(mentions, d.span, d.speakerId),
    reportedById: d.reportedById,
    direct: d.direct,
    reportingVerb: d.verb,
    stance: 0,
    date,
    datePrecision: precision,
    channel: null,
    span: d.span,
    eventIds: [],
  }));
}
