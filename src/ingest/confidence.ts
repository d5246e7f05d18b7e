/**
 * How sure the rules are of each item they extract, in [0, 1], from features of the finished item: how
 * its speaker or endpoints were found (named in the sentence, or carried over from an earlier one), how
 * it was attributed (a quotation with a reporting verb, reported speech, "according to"), and how much
 * evidence backs it. `npm run eval` prints the precision of each confidence band, which is how these
 * weights are checked against the hand-annotated articles.
 */
import { ActorKind } from '../schema/domain.enum';
import type { KgActor, KgEvent, KgStatement, Span } from '../kg/kg-batch';
import { sentenceAt, splitSentences } from './sentences';

export interface ConfidenceContext {
  readonly text: string;
  readonly actors: readonly KgActor[];
}

const LOWEST = 0.05;
const HIGHEST = 0.95;

function clamp(x: number): number {
  return Math.round(Math.min(HIGHEST, Math.max(LOWEST, x)) * 100) / 100;
}

function inside(m: Span, outer: Span): boolean {
  return m.start >= outer.start && m.end <= outer.end;
}

/** Scores statements, events and actor mentions of one article; keys are the item ids. */
export function scoreBatch(
  ctx: ConfidenceContext,
  statements: readonly KgStatement[],
  events: readonly KgEvent[],
): Record<string, number> {
  const sentences = splitSentences(ctx.text);
  const byId = new Map(ctx.actors.map(a => [a.id, a]));
  const kindOf = (id: string): ActorKind | undefined => byId.get(id)?.kind;
  /** Is the actor named in this sentence (outside `except`, e.g. outside the quotation itself)? */
  const namedIn = (id: string, sentence: Span | undefined, except?: Span): boolean =>
    sentence !== undefined &&
    (byId.get(id)?.mentions ?? []).some(
      m => inside(m, sentence) && (except === undefined || !inside(m, except)),
    );

  const scores: Record<string, number> = {};
  for (const a of ctx.actors) {
    scores[a.id] = scoreActor(a);
  }
  for (const s of statements) {
    const sentence = sentenceAt(sentences, s.span.start);
    let c = s.direct ? 0.85 : s.reportingVerb === 'according to' ? 0.7 : 0.75;
    c += namedIn(s.speakerId, sentence, s.span) ? 0.05 : -0.15;
    if (kindOf(s.speakerId) === ActorKind.GROUP) {
      c -= 0.1;
    }
    scores[s.id] = clamp(c);
  }
  for (const e of events) {
    const sentence = sentenceAt(sentences, e.evidence[0]?.start ?? 0);
    let c = 0.6;
    c += namedIn(e.sourceId, sentence) ? 0.1 : -0.1;
    c += namedIn(e.targetId, sentence) ? 0.1 : -0.1;
    c += Math.min(0.1, 0.05 * (e.evidence.length - 1));
    if (kindOf(e.sourceId) === ActorKind.GROUP || kindOf(e.targetId) === ActorKind.GROUP) {
      c -= 0.1;
    }
    scores[e.id] = clamp(c);
  }
  return scores;
}

/** A name or code from the gazetteer is surer than a short form or a resolved later mention. */
export function scoreActor(a: KgActor): number {
  const full = new Set([a.name.toLowerCase(), ...(a.iso3 === null ? [] : [a.iso3.toLowerCase()])]);
  const exact = a.mentions.some(m => full.has(m.text.toLowerCase()));
  return clamp(exact ? 0.95 : 0.8);
}
