/**
 * Scores extracted actors against a curated annotation: precision, recall and F1 by actor id (is the
 * actor in the article at all?) and by mention (the same actor on exactly the same span). Pure.
 */
import type { KgActor, Span } from '../kg/kg-batch';

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
