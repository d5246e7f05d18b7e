/**
 * The parts of a statement around its reporting verb, read from the parse: whom it was addressed to
 * ("told X", "wrote to X", "in a letter to X"), the channel ("in a statement", "in a letter"), the
 * source of "according to X" ("a report by X", "X's letter"), and the character span of a reported
 * clause (without a leading dateline, "that", quotation marks and closing punctuation).
 */
import type { Span } from '../../kg/kg-batch';
import { DatePrecision } from '../../schema/domain.enum';
import { type CodedDate, calendarDate } from './event-dates';
import type { SentenceView } from './sentence-view';
import type { Resolved, SpeakerResolver } from './speakers';

/** How a statement was found, for its confidence. */
export type StatementRule = 'quote' | 'reported' | 'according' | 'continued';

/** A statement found, before its id, stance and date are settled. */
export interface Draft {
  readonly span: Span;
  readonly speaker: Resolved;
  readonly direct: boolean;
  readonly verb: string;
  readonly reportedById: string | null;
  readonly addresseeIds: readonly string[];
  readonly channel: string | null;
  readonly date: CodedDate | null;
  readonly rule: StatementRule;
  readonly sentence: number;
  /** Whether the speaker phrase was a person's (pronoun-speakers.ts): a later "he said" goes on with it. */
  readonly personal?: boolean;
}

export const overlaps = (
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean => a.start < b.end && b.start < a.end;

/** A dateline that opens a story: "WARSAW (Example Wire) - ". */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]+(?:,[^()\n]{1,30})?(?:\([^)]*\))?\s*[-–—]\s*/u;
/** Nouns of a written message: "in a letter to X" names its addressee. */
export const LETTER_NOUNS: ReadonlySet<string> = new Set([
  'letter',
  'message',
  'note',
  'telegram',
  'cable',
  'post',
]);
const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'release']);
/** The noun of "according to a report by X" / "according to X's letter": look through it to X. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  ...LETTER_NOUNS,
  ...STATEMENT_NOUNS,
  'report',
  'reports',
  'interview',
  'transcript',
  'readout',
  'account',
  'summary',
]);

/** The verb and the verbs conjoined with it ("wrote to X and stated that …"). */
function family(view: SentenceView, v: number): number[] {
  const out = new Set([v, ...view.dependents(v, 'conj')]);
  for (const a of view.headArcs(v)) {
    if (a.rel.startsWith('conj') && a.head > 0) {
      out.add(a.head);
    }
  }
  return [...out];
}

export interface Addressing {
  readonly addresseeIds: string[];
  readonly channel: string | null;
}

/** Addressees and channel of the speech act at `v`; `speakerId` is never its own addressee. */
export function addressing(
  view: SentenceView,
  v: number,
  resolver: SpeakerResolver,
  speakerId: string,
): Addressing {
  const ids: string[] = [];
  let channel: string | null = null;
  const add = (i: number): void => {
    const r = resolver.resolve(view, i);
    if (r !== null && r.how === 'named' && r.id !== speakerId && !ids.includes(r.id)) {
      ids.push(r.id);
    }
  };
  for (const f of family(view, v)) {
    if (view.lemma(f) === 'tell') {
      view.dependents(f, 'obj', 'iobj').forEach(add);
    }
    view.dependents(f, 'obl:to').forEach(add);
    for (const n of view.dependents(f, 'obl:in')) {
      const noun = view.lemma(n);
      if (LETTER_NOUNS.has(noun)) {
        channel = 'LETTER';
        view.dependents(n, 'nmod:to').forEach(add);
      } else if (STATEMENT_NOUNS.has(noun)) {
        channel = channel ?? 'STATEMENT';
      }
    }
    if (view.lemma(f) === 'write' && ids.length > 0) {
      channel = 'LETTER';
    }
  }
  return { addresseeIds: ids, channel };
}

/** The source named by "according to X" (X at token `x`): X, or whose report or letter X is. */
export function accordingSource(
  view: SentenceView,
  x: number,
  resolver: SpeakerResolver,
): { id: string; channel: string | null } | null {
  const noun = view.lemma(x);
  if (DOCUMENT_NOUNS.has(noun)) {
    const owner = [...view.dependents(x, 'nmod:by', 'nmod:poss', 'nmod:of', 'nmod:from')][0];
    if (owner !== undefined) {
      const r = resolver.resolve(view, owner);
      if (r !== null) {
        return { id: r.id, channel: LETTER_NOUNS.has(noun) ? 'LETTER' : null };
      }
    }
  }
  const r = resolver.resolve(view, x);
  return r === null ? null : { id: r.id, channel: null };
}

/** The character span of tokens, trimmed to the words of what was said. */
export function clauseSpan(
  text: string,
  view: SentenceView,
  tokens: readonly number[],
): Span | null {
  // the longest run of adjacent tokens: a phrase left out ("according to …") cuts the clause there
  let best: readonly number[] = [];
  let run: number[] = [];
  for (const t of tokens) {
    if (run.length > 0 && t !== (run.at(-1) as number) + 1) {
      run = [];
    }
    run.push(t);
    if (run.length > best.length) {
      best = [...run];
    }
  }
  const first = best[0];
  const last = best.at(-1);
  if (first === undefined || last === undefined) {
    return null;
  }
  let start = view.token(first).characterOffsetBegin;
  let end = view.token(last).characterOffsetEnd;
  if (first === 1) {
    start += DATELINE.exec(text.slice(start, end))?.[0].length ?? 0;
  }
  while (start < end && /[\s“”"‘’',:;—–-]/.test(text[start] as string)) {
    start++;
  }
  while (end > start && /[\s“”"‘’',.:;!?—–-]/.test(text[end - 1] as string)) {
    end--;
  }
  // a dangling "that" left by the parse ("said that" when that is not the clause's mark), and the
  // conjunction of a conjoined clause ("and that her team had met …")
  const lead = /^(?:(?:and|but|or)\s+)?that\s+|^(?:and|but|or)\s+/i.exec(text.slice(start, end));
  if (lead !== null) {
    start += lead[0].length;
  }
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/**
 * When the statement was made: the calendar date nearest the reporting verb `v` outside what was said
 * (`content`: "said on Monday that talks would resume next week" is dated Monday). Speech is reported
 * after it was made, so a weekday SUTime put in the days after the article is the one before it, and
 * any other date after the article's `day` is not the statement's.
 */
export function statementDate(
  view: SentenceView,
  v: number,
  content: ReadonlySet<number>,
  day: string | null,
): CodedDate | null {
  let best: CodedDate | null = null;
  let distance = Infinity;
  for (const t of view.sentence.tokens) {
    const d = t.ner === 'DATE' && !content.has(t.index) ? calendarDate(t.normalizedNER) : null;
    if (d !== null && Math.abs(t.index - v) < distance) {
      best = d;
      distance = Math.abs(t.index - v);
    }
  }
  if (best === null || day === null || best.date <= day) {
    return best;
  }
  const ahead = (Date.parse(best.date) - Date.parse(day)) / 86_400_000;
  if (best.precision === DatePrecision.DAY && ahead <= 7) {
    const back = new Date(Date.parse(best.date) - 7 * 86_400_000).toISOString().slice(0, 10);
    return { date: back, precision: DatePrecision.DAY };
  }
  return null;
}
