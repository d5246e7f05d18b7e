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
  'reported',
  'reports',
  'replied',
  'stressed',
  'emphasised',
  'emphasized',
  'explained',
  'confirmed',
  'acknowledged',
  'admitted',
  'asserted',
  'cautioned',
  'predicted',
  'commented',
  'remarked',
];

const VERB_ALT = REPORTING_VERBS.join('|');
/** "stated that", "said in a statement that", "told his counterpart that". */
const THAT_CLAUSE = new RegExp(`\\b(${VERB_ALT})\\s+(?:[^\\s,.;"“”]+\\s+){0,4}?that\\s+`, 'g');
/** "He said the four had been …": a reporting verb right before its clause, without "that". */
const ZERO_THAT =
  /\b(said|says|added|warned|insisted|argued|noted|claimed)\s+(?!that\b|in\b|on\b|at\b|to\b|of\b|it\s+was\s+(?:not\s+)?(?:clear|unclear)\b)(?=[\p{L}"“])/u;
/** "<clause>, Foreign Minister Annalena Baerbock announced on Wednesday" / "…, the agency added." */
const TRAILING = new RegExp(
  `,\\s+((?:[^\\s,;“”"]+\\s+){0,7}?)(${VERB_ALT})\\b((?:\\s+(?!that\\b)[^\\s,;]+){0,6}?)(?=,\\s+(?:as|while|when|after|according)\\b|[.!?]?[”"’]?\\s*$)`,
  'u',
);
/** Words that make a phrase a clause rather than the noun phrase of a speaker. */
const FINITE =
  /\b(?:had|has|have|was|were|is|are|would|will|could|did|does|do|been|being|which|that|who)\b/i;
/** A dateline that opens a story: "WARSAW (Example Wire) - ". */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]+(?:\([^)]*\))?\s*[-–—]\s*/u;
/** A quote right after its reporting verb ("said: “…”", "stated that “…”") is speech at any length. */
const REPORTING_VERB = new RegExp(`\\b(${VERB_ALT})\\b`, 'g');
/** After a quote: "…,” Foreign Minister X told reporters" / "…,” said Kim". */
const PHRASE_THEN_VERB = new RegExp(`^((?:[^\\s,;“”"]+\\s+){0,7}?)(${VERB_ALT})\\b`, 'u');
const VERB_FIRST = new RegExp(`^(${VERB_ALT})\\s+`, 'u');
const INTRODUCED = new RegExp(`\\b(?:${VERB_ALT})(?:\\s+that)?[:,]?\\s*$`);
const ACCORDING = /\b[Aa]ccording to\s+/g;
const OBJECT_CUE =
  /(?:\b(?:to|with|by|for|of|from|on|about|against|counterpart|and)\s+(?:(?:his|her|their|its|the)\s+)?(?:counterpart\s+)?)$/i;
/** "The Pacific island nation of Nauru": an "of" that names the subject, not an object. */
const NAMING_OF =
  /\b(?:nation|island|state|country|republic|kingdom|city|region|government|people)\s+of\s+$/i;
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
  // the verb's own clause: a subject never reaches back over ", and" / ", but" / ", as" / ";"
  let clauseStart = sentence.start;
  const cut = /(?:,\s+(?:and|but|as|while|when|after|because)\s+|;\s*)/g;
  for (let m = cut.exec(lead); m; m = cut.exec(lead)) {
    clauseStart = sentence.start + m.index + m[0].length;
  }
  const inSentence = mentions.filter(m => m.start >= clauseStart && m.end <= verbStart);
  const eligible = inSentence.filter(m => {
    const before = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    return !OBJECT_CUE.test(before) || NAMING_OF.test(before);
  });
  const people = eligible.filter(isPerson);
  const pick = people.at(-1) ?? eligible.filter(m => m.kind !== ActorKind.MEDIA_OUTLET).at(-1);
  return pick?.id ?? null;
}

interface Attribution {
  readonly speakerId: string | null;
  readonly reportedById: string | null;
  readonly verb: string | null;
  readonly verbStart: number;
  /** Where the "according to …" phrase ends (its comma, or the sentence end). */
  readonly end: number;
  /** A body or state named there ("according to the Foreign Ministry"), when no person is. */
  readonly otherId: string | null;
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
  // a body before the country it belongs to: "the Ghanaian Foreign Ministry"
  const other =
    named.find(x => x.kind === ActorKind.ORGANIZATION) ??
    named.filter(x => !isPerson(x) && x.kind !== ActorKind.MEDIA_OUTLET).at(-1);
  return {
    speakerId: person?.id ?? null,
    reportedById: outlet?.id ?? null,
    verb: 'according to',
    verbStart: sentence.start + m.index,
    end,
    otherId: other?.id ?? null,
  };
}

function reportingVerbIn(
  text: string,
  sentence: Span,
  before: number,
): { verb: string; start: number } | null {
  const re = REPORTING_VERB;
  re.lastIndex = 0;
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

/** The last mention before `offset` that satisfies `ok`. */
function lastMention(
  mentions: readonly ActorMention[],
  offset: number,
  ok: (m: ActorMention) => boolean,
): ActorMention | undefined {
  return mentions.filter(m => m.end <= offset && ok(m)).at(-1);
}

/**
 * The speaker named by a short noun phrase around a reporting verb ("Foreign Minister Radoslaw
 * Sikorski", "two U.S. officials", "he", "the agency", "a ministry spokesperson"). A possessive
 * followed by a name ("the UN's World Food Programme") names someone the article does not know.
 */
function speakerOfPhrase(
  text: string,
  from: number,
  to: number,
  mentions: readonly ActorMention[],
): string | null {
  const phrase = text.slice(from, to).trim();
  if (/^(?:he|she)$/i.test(phrase)) {
    return lastPerson(mentions, from);
  }
  const inside = mentions.filter(m => m.start >= from && m.end <= to);
  // "the UN's World Food Programme": the possessed body is the speaker if the article knows it
  const possessor = inside.find(
    m =>
      /^['’]s\s+\p{Lu}/u.test(text.slice(m.end - 2, to)) &&
      /['’]s$/.test(text.slice(m.start, m.end)),
  );
  if (possessor !== undefined) {
    return inside.find(m => m.start >= possessor.end)?.id ?? null;
  }
  const outlet = inside.find(m => m.kind === ActorKind.MEDIA_OUTLET);
  // "Sudanese state media": an outlet the article does not name
  if (
    outlet === undefined &&
    /\b(?:media|agency|outlet|newspaper|television|TV|broadcaster|radio|press)$/i.test(phrase) &&
    inside.length > 0
  ) {
    return null;
  }
  const pick =
    inside.filter(isPerson).at(-1) ??
    inside.filter(m => m.kind !== ActorKind.MEDIA_OUTLET).at(-1) ??
    outlet;
  if (pick) {
    return pick.id;
  }
  if (/\b(?:agency|outlet|broadcaster|newspaper|news service)$/i.test(phrase)) {
    return lastMention(mentions, from, m => m.kind === ActorKind.MEDIA_OUTLET)?.id ?? null;
  }
  if (/\bspokes(?:man|woman|person)$/i.test(phrase)) {
    // "A spokesperson said" after "China's Foreign Ministry criticised …": that ministry's
    return (
      lastMention(
        mentions,
        from,
        m => /(?:ministry|government|office)$/.test(m.id) && from - m.end < 400,
      )?.id ?? null
    );
  }
  return null;
}

/** The attribution right after a quote: "…,” Foreign Minister Radoslaw Sikorski told reporters" / "said Kim". */
function attributionAfter(
  text: string,
  sentence: Span,
  quoteEnd: number,
  mentions: readonly ActorMention[],
): { speakerId: string | null; verb: string; verbStart: number } | null {
  const rest = text.slice(quoteEnd, sentence.end);
  const lead = /^[\s,.”"’]*/.exec(rest)?.[0] ?? '';
  if (!lead.includes(',') && !/^[”"’]/.test(rest)) {
    return null;
  }
  const np = PHRASE_THEN_VERB.exec(rest.slice(lead.length));
  if (np) {
    const from = quoteEnd + lead.length;
    const verbStart = from + (np[1] as string).length;
    return {
      speakerId: speakerOfPhrase(text, from, verbStart, mentions),
      verb: np[2] as string,
      verbStart,
    };
  }
  const inverted = VERB_FIRST.exec(rest.slice(lead.length));
  if (inverted) {
    const from = quoteEnd + lead.length + inverted[0].length;
    const end = from + (/^[^,.;]*/.exec(text.slice(from, sentence.end))?.[0].length ?? 0);
    return {
      speakerId: speakerOfPhrase(text, from, end, mentions),
      verb: inverted[1] as string,
      verbStart: quoteEnd + lead.length,
    };
  }
  return null;
}

/**
 * Whom a statement is addressed to, from its sentence: "told X", "wrote to (his counterpart) X",
 * "in a letter / message to X" (channel LETTER for a letter). "told reporters" names no one.
 */
function addresseesOf(
  text: string,
  sentence: Span,
  statement: Span,
  speakerId: string,
  mentions: readonly ActorMention[],
): { ids: string[]; channel: string | null } {
  const body = text.slice(sentence.start, sentence.end);
  const ids: string[] = [];
  let channel: string | null = null;
  const cue =
    /\b(?:told|wrote\s+to|(?:letter|message|note|telegram|cable|phone\s+call|call)\s+to|said\s+to)\s+/gi;
  for (const m of body.matchAll(cue)) {
    const from = sentence.start + m.index + m[0].length;
    if (from > statement.start && from < statement.end) {
      continue;
    }
    // the first mention after the cue, through titles: "to Lithuanian Foreign Minister Gabrielius Landsbergis"
    const after = mentions.filter(
      x => x.start >= from && x.end <= sentence.end && x.id !== speakerId,
    );
    const first = after[0];
    if (
      first === undefined ||
      !/^(?:(?:his|her|their|its|the)\s+)?(?:counterpart\s+)?$/i.test(text.slice(from, first.start))
    ) {
      continue;
    }
    let pick = first;
    for (const next of after.slice(1)) {
      if (
        isPerson(next) &&
        /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of))*\s+$/u.test(text.slice(pick.end, next.start))
      ) {
        pick = next;
      } else {
        break;
      }
    }
    if (!ids.includes(pick.id)) {
      ids.push(pick.id);
    }
    if (/letter|wrote|message|note|telegram|cable/i.test(m[0])) {
      channel = 'LETTER';
    }
  }
  return { ids, channel };
}

/**
 * A sentence that opens with "According to X," reports X's words: a person or a body speaks (with an
 * outlet named too as the reporter); an outlet alone is speaker and reporter.
 */
function leadingAccording(
  text: string,
  bodyStart: number,
  acc: Attribution,
): Omit<Draft, 'span'> | null {
  if (text.slice(bodyStart, acc.verbStart).trim() !== '' || text[acc.end] !== ',') {
    return null;
  }
  const speakerId = acc.speakerId ?? acc.otherId ?? acc.reportedById;
  if (speakerId === null) {
    return null;
  }
  return { speakerId, reportedById: acc.reportedById, direct: false, verb: 'according to' };
}

export function extractStatements(ctx: StatementContext): KgStatement[] {
  const { text } = ctx;
  const ignored = ctx.ignoredSpans ?? [];
  const mentions = actorMentions(ctx.actors);
  const sentences = splitSentences(text).filter(s => !overlapsAny(s.start, s.end, ignored));
  const quotes = findQuotes(text).filter(q => !overlapsAny(q.start, q.end, ignored));
  const drafts: (Draft & { sentence: Span })[] = [];
  let lastSpeaker: string | null = null;
  for (const sentence of sentences) {
    const found: Draft[] = [];
    const push = (d: Draft): void => {
      if (
        d.span.end > d.span.start &&
        !found.some(f => overlapsAny(d.span.start, d.span.end, [f.span]))
      ) {
        found.push(d);
        lastSpeaker = d.speakerId;
      }
    };
    const bodyStart = sentence.start + (DATELINE.exec(sentence.text)?.[0].length ?? 0);
    const inner = quotes.filter(q => q.start >= sentence.start && q.start < sentence.end);
    const after = new Map(inner.map(q => [q, attributionAfter(text, sentence, q.end, mentions)]));
    const long = inner.filter(
      q =>
        wordCount(q.text) > 4 ||
        INTRODUCED.test(text.slice(sentence.start, q.start - 1)) ||
        (after.get(q) ?? null) !== null,
    );
    const acc = according(text, sentence, mentions);
    // 1. direct quotations with an attribution in the sentence
    if (long.length > 0) {
      let speakerId: string | null = acc?.speakerId ?? null;
      let verb: string | null = acc?.speakerId ? 'according to' : null;
      const firstQuote = long[0] as Span;
      const rv = reportingVerbIn(text, sentence, firstQuote.start);
      const tail = after.get(long.at(-1) as Span) ?? null;
      if (rv) {
        verb = rv.verb;
        const passive = /\b(?:it|this)\s+(?:was|has been|is)\s+(?:\w+\s+)?$/i.test(
          text.slice(sentence.start, rv.start),
        );
        const lead = text.slice(sentence.start, rv.start);
        const spokes = /\b(?:a|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+$/i.exec(lead);
        speakerId = passive
          ? (speakerId ?? lastSpeaker)
          : (subjectBefore(text, sentence, rv.start, mentions) ??
            (spokes
              ? speakerOfPhrase(text, rv.start - spokes[0].length, rv.start - 1, mentions)
              : null) ??
            speakerId);
      } else if (tail) {
        verb = tail.verb;
        speakerId = tail.speakerId ?? speakerId;
      }
      if (speakerId !== null && verb !== null) {
        for (const q of long) {
          push({ span: q, speakerId, reportedById: acc?.reportedById ?? null, direct: true, verb });
        }
      }
    }
    // 2. "<subject> stated that <clause>" (every one in the sentence), and "…, and that <clause>"
    for (const that of sentence.text.matchAll(THAT_CLAUSE)) {
      const verbStart = sentence.start + that.index;
      const from = verbStart + that[0].length;
      let end = sentence.end;
      if (acc && acc.verbStart > from) {
        end = acc.verbStart;
      }
      const lead = text.slice(sentence.start, verbStart);
      const spokes = /\b(?:a|the)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+$/i.exec(lead);
      const speakerId =
        subjectBefore(text, sentence, verbStart, mentions) ??
        (spokes
          ? speakerOfPhrase(text, verbStart - spokes[0].length, verbStart - 1, mentions)
          : null) ??
        acc?.speakerId;
      if (!speakerId) {
        continue;
      }
      const and = /[,"”]?\s+and\s+that\s+/.exec(text.slice(from, end));
      const parts: [number, number][] = and
        ? [
            [from, from + and.index],
            [from + and.index + and[0].length, end],
          ]
        : [[from, end]];
      for (const [s, e] of parts) {
        const sp = span(text, s, e);
        if (long.some(q => overlapsAny(q.start, q.end, [sp]))) {
          continue; // the quotation inside it is the statement
        }
        push({
          span: sp,
          speakerId,
          reportedById: acc?.reportedById ?? null,
          direct: false,
          verb: that[1] as string,
        });
      }
    }
    // 3. "He said the four had been …" (no "that")
    const zero = found.length === 0 ? ZERO_THAT.exec(sentence.text) : null;
    if (zero) {
      const verbStart = sentence.start + zero.index;
      const from = verbStart + zero[0].length;
      const end = acc && acc.verbStart > from ? acc.verbStart : sentence.end;
      const speakerId = subjectBefore(text, sentence, verbStart, mentions);
      if (speakerId && wordCount(text.slice(from, end)) >= 3 && long.length === 0) {
        push({
          span: span(text, from, end),
          speakerId,
          reportedById: acc?.reportedById ?? null,
          direct: false,
          verb: zero[1] as string,
        });
      }
    }
    // 4. "<clause>, <speaker> announced on Wednesday" / "<clause>, he continued."
    const trailing = TRAILING.exec(sentence.text);
    // the phrase before the verb is a noun phrase: "a result China had warned against" is not speech
    if (trailing && !FINITE.test(trailing[1] as string)) {
      const npStart =
        sentence.start + trailing.index + (/^,\s+/.exec(trailing[0])?.[0].length ?? 0);
      const verbStart = npStart + (trailing[1] as string).length;
      const speakerId = speakerOfPhrase(text, npStart, verbStart, mentions);
      if (speakerId) {
        const objects = mentions.filter(
          m =>
            m.start >= verbStart && m.end <= sentence.start + trailing.index + trailing[0].length,
        );
        const outlet = objects.find(m => m.kind === ActorKind.MEDIA_OUTLET);
        push({
          span: span(text, bodyStart, sentence.start + trailing.index),
          speakerId,
          reportedById: acc?.reportedById ?? outlet?.id ?? null,
          direct: false,
          verb: trailing[2] as string,
        });
      }
    }
    // 5. "<clause>, according to Kyodo News": the outlet's own report (a person named in the clause
    //    is the one who acted or spoke, so it is not the outlet's claim)
    const personNamed = mentions.some(
      m => isPerson(m) && m.start >= sentence.start && m.end <= sentence.end,
    );
    if (
      found.length === 0 &&
      acc &&
      acc.speakerId === null &&
      acc.reportedById !== null &&
      !personNamed
    ) {
      push({
        span: span(text, bodyStart, acc.verbStart),
        speakerId: acc.reportedById,
        reportedById: acc.reportedById,
        direct: false,
        verb: 'according to',
      });
    }
    // 6. "According to the Interfax news agency, <clause>.": the clause is what the source said
    const leading =
      found.length === 0 && acc !== null ? leadingAccording(text, bodyStart, acc) : null;
    if (leading !== null) {
      push({ ...leading, span: span(text, (acc?.end ?? bodyStart) + 1, sentence.end) });
    }
    drafts.push(...found.map(d => ({ ...d, sentence })));
  }
  const { date, precision } = dateOf(ctx.publishedAt);
  return drafts
    .sort((a, b) => a.span.start - b.span.start)
    .map(d => {
      const to = addresseesOf(text, d.sentence, d.span, d.speakerId, mentions);
      const addressedOutlet = to.ids.find(
        id => mentions.find(m => m.id === id)?.kind === ActorKind.MEDIA_OUTLET,
      );
      return {
        id: statementId(ctx.articleId, d.span),
        speakerId: d.speakerId,
        addresseeIds: to.ids,
        aboutIds: aboutIds(mentions, d.span, d.speakerId),
        reportedById: d.reportedById ?? addressedOutlet ?? null,
        direct: d.direct,
        reportingVerb: d.verb,
        stance: 0,
        date,
        datePrecision: precision,
        channel: to.channel,
        span: d.span,
        eventIds: [],
      };
    });
}
