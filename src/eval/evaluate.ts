/**
 * Scores extracted actors against a curated annotation: precision, recall and F1 by actor id (is the
 * actor in the article at all?) and by mention (the same actor on exactly the same span); statements
 * (same speaker, overlapping span) and events (same source, target and CAMEO root) by a one-to-one
 * matching. Pure.
 */
import type { KgActor, KgEvent, KgStatement, Span } from '../kg/kg-batch';

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ActorEvaluation {
  readonly byId: Score;
  readonly byMention: Score;
  readonly missingIds: string[];
  readonly extraIds: string[];
  readonly missingMentions: string[];
  readonly extraMentions: string[];
  /** Extracted mentions that overlap an ignored (boilerplate) span: must be none. */
  readonly boilerplateMentions: string[];
}

export function score(expected: ReadonlySet<string>, actual: ReadonlySet<string>): Score {
  const tp = [...actual].filter(x => expected.has(x)).length;
  const fp = actual.size - tp;
  const fn = expected.size - tp;
  const precision = actual.size === 0 ? (expected.size === 0 ? 1 : 0) : tp / actual.size;
  const recall = expected.size === 0 ? 1 : tp / expected.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

function mentionKeys(actors: readonly Pick<KgActor, 'id' | 'mentions'>[]): Set<string> {
  return new Set(
    actors.flatMap(a =>
      a.mentions.map(m => `${a.id}@${m.start}-${m.end} ${JSON.stringify(m.text)}`),
    ),
  );
}

export function evaluateActors(
  expected: readonly Pick<KgActor, 'id' | 'mentions'>[],
  actual: readonly Pick<KgActor, 'id' | 'mentions'>[],
  ignored: readonly Span[] = [],
): ActorEvaluation {
  const eIds = new Set(expected.map(a => a.id));
  const aIds = new Set(actual.map(a => a.id));
  const eM = mentionKeys(expected);
  const aM = mentionKeys(actual);
  return {
    byId: score(eIds, aIds),
    byMention: score(eM, aM),
    missingIds: [...eIds].filter(x => !aIds.has(x)).sort(),
    extraIds: [...aIds].filter(x => !eIds.has(x)).sort(),
    missingMentions: [...eM].filter(x => !aM.has(x)).sort(),
    extraMentions: [...aM].filter(x => !eM.has(x)).sort(),
    boilerplateMentions: actual.flatMap(a =>
      a.mentions
        .filter(m => ignored.some(s => m.start < s.end && s.start < m.end))
        .map(m => `${a.id}@${m.start}-${m.end}`),
    ),
  };
}

/** Precision/recall/F1 from a one-to-one greedy matching of actual items to expected ones. */
export function matchScore<E, A>(
  expected: readonly E[],
  actual: readonly A[],
  matches: (e: E, a: A) => boolean,
  prefer?: (e: E, a: A) => boolean,
): { score: Score; missing: E[]; extra: A[] } {
  const used = new Set<number>();
  const paired = new Set<number>();
  // a first pass with `prefer` pairs each item with its own telling where it has one; for an
  // equivalence like `sameEvent` the count is the same either way, only which one is missing changes
  const passes =
    prefer === undefined ? [matches] : [(e: E, a: A) => matches(e, a) && prefer(e, a), matches];
  for (const ok of passes) {
    expected.forEach((e, j) => {
      if (paired.has(j)) {
        return;
      }
      const i = actual.findIndex((a, k) => !used.has(k) && ok(e, a));
      if (i >= 0) {
        used.add(i);
        paired.add(j);
      }
    });
  }
  const missing = expected.filter((_, j) => !paired.has(j));
  const extra = actual.filter((_, k) => !used.has(k));
  const tp = used.size;
  const precision = actual.length === 0 ? (expected.length === 0 ? 1 : 0) : tp / actual.length;
  const recall = expected.length === 0 ? 1 : tp / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    score: {
      truePositives: tp,
      falsePositives: extra.length,
      falseNegatives: missing.length,
      precision,
      recall,
      f1,
    },
    missing,
    extra,
  };
}

export interface ItemEvaluation {
  readonly score: Score;
  readonly missing: string[];
  readonly extra: string[];
}

type StatementLike = Pick<KgStatement, 'speakerId' | 'span'>;

function statementLabel(s: StatementLike): string {
  return `${s.speakerId}@${s.span.start}-${s.span.end} ${JSON.stringify(s.span.text)}`;
}

/** A statement matches when the speaker is the same and the spans overlap. */
export function sameStatement(e: StatementLike, a: StatementLike): boolean {
  return e.speakerId === a.speakerId && a.span.start < e.span.end && e.span.start < a.span.end;
}

export function evaluateStatements(
  expected: readonly StatementLike[],
  actual: readonly StatementLike[],
): ItemEvaluation {
  const r = matchScore(expected, actual, sameStatement);
  return {
    score: r.score,
    missing: r.missing.map(statementLabel),
    extra: r.extra.map(statementLabel),
  };
}

type EventLike = Pick<KgEvent, 'code' | 'sourceId' | 'targetId'> & {
  readonly evidence?: readonly Pick<Span, 'start' | 'end'>[];
};

/** The CAMEO root: the first two digits of the code. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

function eventLabel(e: EventLike): string {
  return `${e.code} ${e.sourceId} -> ${e.targetId}`;
}

/** An event matches when source, target and CAMEO root are the same. */
export function sameEvent(e: EventLike, a: EventLike): boolean {
  return (
    e.sourceId === a.sourceId &&
    e.targetId === a.targetId &&
    cameoRoot(e.code) === cameoRoot(a.code)
  );
}

/**
 * Two events told in overlapping evidence: an act the article tells twice (headline and body) is
 * matched to the telling the coder coded, so the one it missed is the one listed (and explained).
 */
export function sameTelling(e: EventLike, a: EventLike): boolean {
  return (e.evidence ?? []).some(s =>
    (a.evidence ?? []).some(x => s.start < x.end && x.start < s.end),
  );
}

export function evaluateEvents(
  expected: readonly EventLike[],
  actual: readonly EventLike[],
): ItemEvaluation {
  const r = matchScore(expected, actual, sameEvent, sameTelling);
  return { score: r.score, missing: r.missing.map(eventLabel), extra: r.extra.map(eventLabel) };
}

/** Confidence bands for calibration: [from, to). */
export const CONFIDENCE_BANDS: readonly (readonly [number, number])[] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.85],
  [0.85, 1.01],
];

export interface ScoredItem {
  readonly kind: 'statement' | 'event';
  readonly confidence: number;
  /** Matched to a gold item (the same one-to-one matching as the scores). */
  readonly correct: boolean;
}

export interface BandPrecision {
  readonly band: readonly [number, number];
  readonly items: number;
  readonly correct: number;
  readonly precision: number | null;
}

/** Extracted statements and events with their confidence and whether each was right. */
export function scoredItems(
  gold: { statements: readonly StatementLike[]; events: readonly EventLike[] },
  actual: {
    statements: readonly (StatementLike & { id: string })[];
    events: readonly (EventLike & { id: string })[];
  },
  confidence: (id: string) => number,
): ScoredItem[] {
  const wrongStatements = new Set(
    matchScore(gold.statements, actual.statements, sameStatement).extra,
  );
  const wrongEvents = new Set(matchScore(gold.events, actual.events, sameEvent).extra);
  return [
    ...actual.statements.map(s => ({
      kind: 'statement' as const,
      confidence: confidence(s.id),
      correct: !wrongStatements.has(s),
    })),
    ...actual.events.map(e => ({
      kind: 'event' as const,
      confidence: confidence(e.id),
      correct: !wrongEvents.has(e),
    })),
  ];
}

/** Precision per confidence band: a calibrated confidence has precision rising with the band. */
export function precisionByBand(items: readonly ScoredItem[]): BandPrecision[] {
  return CONFIDENCE_BANDS.map(band => {
    const inBand = items.filter(i => i.confidence >= band[0] && i.confidence < band[1]);
    const correct = inBand.filter(i => i.correct).length;
    return {
      band,
      items: inBand.length,
      correct,
      precision: inBand.length === 0 ? null : correct / inBand.length,
    };
  });
}
