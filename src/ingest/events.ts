/**
 * Events from raw text, deterministic and offline: a verb/phrase dictionary
 * (gazetteer/event-verbs.json) maps a trigger in a sentence to a CAMEO code; the source and target are
 * actor mentions of the same sentence, by the entry's frame:
 * - active: source = the subject before the trigger (nearest mention not governed by a preposition
 *   and not inside a ", which …," clause; "he"/"she" = the last person), target = the first other
 *   mention after it ("them" = the last plural/territory mention, "there" = the last territory);
 * - passive-by: "… that were backed by Russia": source after "by", target the nearest before;
 * - nominal: "a Russian invasion of its territory": source = the mention right before the trigger,
 *   target after "of" ("its" = the first mention of the sentence).
 * A mention that stands for several actors ("two separatist entities") gives one event per actor.
 * Modality from cues (might/could/may: POSSIBLE; inside a statement span: REPORTED; formerly, World
 * War II, a past year: HISTORICAL; will/plans to: PLANNED; else ASSERTED); the date from "In July" /
 * "in 2019" resolved against the article date, biased to the past. The same code, source and target
 * twice is one event with both sentences as evidence. A leader (an office) acting on a foreign country
 * whose leader (same role) the article names acts on that leader. "in retaliation" responds to the latest earlier
 * event whose source is the target. Pure: no Cypher, no network.
 */
import { ActorKind, DatePrecision, Modality } from '../schema/domain.enum';
import {
  type KgActor,
  type KgEvent,
  type KgOffice,
  type KgStatement,
  type Span,
  eventId,
} from '../kg/kg-batch';
import { overlapsAny } from './clean';
import { splitSentences } from './sentences';
import { type ActorMention, actorMentions } from './statements';
import eventVerbsData from './gazetteer/event-verbs.json';

export type EventFrame = 'active' | 'passive-by' | 'nominal';

export interface EventVerb {
  readonly pattern: string;
  readonly code: string;
  readonly frame: EventFrame;
}

export interface EventContext {
  readonly articleId: string;
  readonly text: string;
  readonly actors: readonly KgActor[];
  readonly statements?: readonly KgStatement[];
  readonly offices?: readonly KgOffice[];
  readonly ignoredSpans?: readonly Span[];
  readonly publishedAt?: string | null;
}

function isFrame(x: string): x is EventFrame {
  return x === 'active' || x === 'passive-by' || x === 'nominal';
}

/** The curated dictionary. */
export function loadEventVerbs(): EventVerb[] {
  return eventVerbsData.entries.map(e => {
    if (!isFrame(e.frame)) {
      throw new Error(`event-verbs.json: unknown frame ${e.frame}`);
    }
    return { pattern: e.pattern, code: e.code, frame: e.frame };
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
const PREPOSITION_BEFORE =
  /\b(?:to|with|by|for|of|from|on|about|against|counterpart|in|at)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:counterpart\s+)?$/i;
const PLURAL_KINDS = new Set<ActorKind>([ActorKind.TERRITORY, ActorKind.GROUP]);

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

/** Resolves a date expression in the sentence against the article date, biased to the past. */
export function resolveDate(
  sentence: string,
  publishedAt: string | null | undefined,
): { date: string; precision: DatePrecision } | null {
  const pub = /^(\d{4})-(\d{2})/.exec(publishedAt ?? '');
  const year = /\b(?:in|since|during)\s+((?:19|20)\d{2})\b/i.exec(sentence);
  if (year) {
    return { date: `${year[1] as string}-01-01`, precision: DatePrecision.YEAR };
  }
  const month = new RegExp(
    `\\b(?:in|In)\\s+(${MONTHS.join('|')})\\b(?:\\s+((?:19|20)\\d{2}))?`,
    'i',
  );
  const m = month.exec(sentence);
  if (m && (pub || m[2])) {
    const mi = MONTHS.indexOf((m[1] as string).toLowerCase()) + 1;
    let y = m[2] ? Number(m[2]) : Number(pub?.[1]);
    if (!m[2] && pub && mi > Number(pub[2])) {
      y -= 1;
    }
    return { date: `${y}-${String(mi).padStart(2, '0')}-01`, precision: DatePrecision.MONTH };
  }
  return null;
}

function modalityOf(
  cue: string,
  sentence: string,
  publishedYear: number | null,
  reported: boolean,
): Modality {
  if (/\b(?:might|could|may)\b/i.test(cue)) {
    return Modality.POSSIBLE;
  }
  if (reported) {
    return Modality.REPORTED;
  }
  const years = [...sentence.matchAll(/\b(?:in|In)\s+((?:19|20)\d{2})\b/g)].map(y => Number(y[1]));
  if (
    /\b(?:formerly|World War II|in the past|once)\b/i.test(cue) ||
    (publishedYear !== null && years.some(y => y < publishedYear))
  ) {
    return Modality.HISTORICAL;
  }
  if (/\b(?:will|plans? to|planned to|intends? to)\b/i.test(cue)) {
    return Modality.PLANNED;
  }
  return Modality.ASSERTED;
}

/** A leader acting on a foreign country whose leader the article names acts on that leader. */
function counterpart(offices: readonly KgOffice[], sourceId: string, targetId: string): string {
  const own = offices.find(o => o.personId === sourceId);
  if (own === undefined || own.countryId === targetId) {
    return targetId;
  }
  return offices.find(o => o.countryId === targetId && o.role === own.role)?.personId ?? targetId;
}

interface Draft {
  readonly code: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly modality: Modality;
  readonly date: { date: string; precision: DatePrecision } | null;
  readonly evidence: Span[];
  readonly retaliation: boolean;
  readonly trigger: string;
}

export function extractEvents(ctx: EventContext, verbs = loadEventVerbs()): KgEvent[] {
  const { text } = ctx;
  const ignored = ctx.ignoredSpans ?? [];
  const mentions = groupMentions(actorMentions(ctx.actors)).filter(
    m => m.kind !== ActorKind.MEDIA_OUTLET,
  );
  const statementSpans = (ctx.statements ?? []).map(s => s.span);
  const pubYear = /^(\d{4})/.exec(ctx.publishedAt ?? '');
  const publishedYear = pubYear ? Number(pubYear[1]) : null;
  const drafts: Draft[] = [];
  const lastOf = (offset: number, ok: (m: Grouped) => boolean): Grouped | undefined =>
    mentions.filter(m => m.end <= offset && ok(m)).at(-1);

  for (const sentence of splitSentences(text)) {
    if (overlapsAny(sentence.start, sentence.end, ignored)) {
      continue;
    }
    const inside = mentions.filter(m => m.start >= sentence.start && m.end <= sentence.end);
    const relative = relativeClauses(text, sentence);
    for (const verb of verbs) {
      const re = new RegExp(verb.pattern, 'gi');
      for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
        const tStart = sentence.start + m.index;
        const tEnd = tStart + m[0].length;
        if (overlapsAny(tStart, tEnd, relative) && verb.frame === 'active') {
          continue;
        }
        let sources: Grouped | undefined;
        let targets: Grouped | undefined;
        const after = text.slice(tEnd, sentence.end);
        if (verb.frame === 'passive-by') {
          sources = inside.find(x => x.start >= tEnd);
          targets = inside.filter(x => x.end <= tStart).at(-1);
        } else if (verb.frame === 'nominal') {
          sources = inside.find(x => x.end <= tStart && /^\s*$/.test(text.slice(x.end, tStart)));
          targets = /^\s*its\b/.test(after)
            ? inside[0]
            : inside.find(x => x.start >= tEnd && x !== sources);
        } else {
          const lead = text.slice(sentence.start, tStart);
          const pronoun = /\b(?:he|she)\s+(?:\w+\s+)?$/i.exec(lead);
          sources = pronoun
            ? lastOf(tStart, x => x.kind === ActorKind.PERSON)
            : inside
                .filter(
                  x =>
                    x.end <= tStart &&
                    !overlapsAny(x.start, x.end, relative) &&
                    !PREPOSITION_BEFORE.test(text.slice(sentence.start, x.start)),
                )
                .at(-1);
          if (/^\s*them\b/i.test(after)) {
            targets = lastOf(tStart, x => PLURAL_KINDS.has(x.kind) && x.ids.length > 1);
          } else if (/^\s*there\b/i.test(after)) {
            targets = lastOf(tStart, x => x.kind === ActorKind.TERRITORY);
          } else {
            const other = (x: Grouped): boolean => !x.ids.some(id => sources?.ids.includes(id));
            // the object after the trigger, else the one before it ("an ally of North Korea, providing aid")
            targets =
              inside.find(x => x.start >= tEnd && other(x)) ??
              inside.filter(x => x.end <= tStart && x !== sources && other(x)).at(-1);
          }
        }
        if (!sources || !targets) {
          continue;
        }
        const cue = text.slice(sentence.start, tEnd);
        const reported = statementSpans.some(s => s.start <= tStart && tEnd <= s.end);
        const modality = modalityOf(cue, sentence.text, publishedYear, reported);
        // reported speech is dated by the words inside it only
        const quoted = statementSpans.find(s => s.start <= tStart && tEnd <= s.end);
        const date = resolveDate(quoted ? quoted.text : sentence.text, ctx.publishedAt);
        for (const sourceId of sources.ids) {
          for (const rawTarget of targets.ids) {
            const targetId = counterpart(ctx.offices ?? [], sourceId, rawTarget);
            if (sourceId === targetId) {
              continue;
            }
            drafts.push({
              code: verb.code,
              sourceId,
              targetId,
              modality,
              date,
              evidence: [sentence],
              retaliation: /\bin retaliation\b/i.test(after),
              trigger: m[0],
            });
          }
        }
      }
    }
  }

  // the same code, source and target is one event; its evidence is every sentence
  const merged: Draft[] = [];
  for (const d of drafts.sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
  )) {
    const i = merged.findIndex(
      x => x.code === d.code && x.sourceId === d.sourceId && x.targetId === d.targetId,
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

  const events: KgEvent[] = [];
  for (const d of merged) {
    const first = d.evidence[0] as Span;
    // the first event of the latest earlier sentence in which the target acted
    const earlier = d.retaliation
      ? events.filter(e => e.sourceId === d.targetId && (e.evidence[0]?.start ?? 0) < first.start)
      : [];
    const latest = Math.max(...earlier.map(e => e.evidence[0]?.start ?? 0));
    const responds = earlier.find(e => (e.evidence[0]?.start ?? 0) === latest);
    events.push({
      id: eventId(ctx.articleId, d.code, d.sourceId, d.targetId, first),
      code: d.code,
      sourceId: d.sourceId,
      targetId: d.targetId,
      date: d.date?.date ?? null,
      datePrecision: d.date?.precision ?? null,
      dateInferred: false,
      modality: d.modality,
      summary: `${d.sourceId} ${d.trigger} ${d.targetId}`,
      evidence: d.evidence,
      respondsToId: responds?.id ?? null,
    });
  }
  return events;
}
