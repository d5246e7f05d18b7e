/**
 * What `npm run eval` scores and prints, apart from the parsing, so the rules that keep the blind sets
 * blind (eval/holdout, eval/validation) are tested without CoreNLP: a blind group is scored only with its
 * flag, printed only as one micro row, never in `--details`, and its boilerplate leaks are counted, not
 * listed.
 */
import {
  type ArticleScore,
  type EvalGroup,
  type GoldArticle,
  isBlind,
  totals,
} from './eval-corpus';
import { details, headRow, row } from './eval-table';

export interface EvalFlags {
  /** `--holdout`: also score eval/holdout (the final measurement). */
  readonly holdout: boolean;
  /** `--validation`: also score eval/validation (the lead's before/after check). */
  readonly validation: boolean;
  /** `--details`: list the misses and extras of every article that is not blind. */
  readonly details: boolean;
}

export function parseEvalFlags(argv: readonly string[]): EvalFlags {
  return {
    holdout: argv.includes('--holdout'),
    validation: argv.includes('--validation'),
    details: argv.includes('--details'),
  };
}

/** The order of the micro rows. */
const GROUPS: readonly EvalGroup[] = ['seed', 'corpus', 'fixture', 'holdout', 'validation'];

/** The label of a blind group in the leak line. */
const BLIND_LABEL: Readonly<Record<string, string>> = {
  holdout: 'held-out',
  validation: 'validation',
};

function requested(group: EvalGroup, flags: EvalFlags): boolean {
  switch (group) {
    case 'holdout':
      return flags.holdout;
    case 'validation':
      return flags.validation;
    case 'seed':
    case 'corpus':
    case 'fixture':
      return true;
    default: {
      const never: never = group;
      throw new Error(`unknown evaluation group ${String(never)}`);
    }
  }
}

/** The articles to parse and score: every group that is not blind, and a blind one only with its flag. */
export function selectScored(set: readonly GoldArticle[], flags: EvalFlags): GoldArticle[] {
  return set.filter(g => requested(g.group, flags));
}

/** Batches that break the KG's invariants, or boilerplate hits in an article that is not blind. */
export function unsound(scores: readonly ArticleScore[]): ArticleScore[] {
  return scores.filter(
    s => s.problems.length > 0 || (!isBlind(s.group) && s.boilerplate.length > 0),
  );
}

/**
 * The table and the lines under it: one row per article that is not blind, one micro row per group
 * that was scored (a group with no articles has no score: a row of 1.000 would mislead), the total,
 * the count of unsound batches, the boilerplate leaks of each scored blind group (a count only: the
 * blind texts stay unseen), and with `--details` the misses and extras of the articles that are not blind.
 */
export function reportLines(scores: readonly ArticleScore[], flags: EvalFlags): string[] {
  const open = scores.filter(s => !isBlind(s.group));
  const lines = [
    headRow('set'),
    ...open.map(s => row(s.name, totals([s]))),
    '',
    ...GROUPS.flatMap(g => {
      const of = scores.filter(s => s.group === g);
      return of.length === 0 ? [] : [row(`${g} micro (${of.length} articles)`, totals(of))];
    }),
    row(`all micro (${scores.length} articles)`, totals(scores)),
    '',
    `unsound batches or boilerplate hits (seed, corpus, fixtures): ${unsound(scores).length}`,
  ];
  for (const g of GROUPS.filter(x => isBlind(x) && requested(x, flags))) {
    const leaks = scores.filter(s => s.group === g).flatMap(s => s.boilerplate).length;
    lines.push(`facts from boilerplate in ${BLIND_LABEL[g] ?? g} articles: ${leaks}`);
  }
  if (flags.details) {
    lines.push('', ...open.flatMap(details));
  }
  return lines;
}
