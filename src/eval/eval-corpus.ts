/**
 * The evaluation set: the curated seed plus every hand-annotated article in eval/articles
 * (`<slug>.txt` + `<slug>.annotations.json`, the seed's format), the annotated unit-test fixtures and the
 * held-out articles of eval/holdout and the validation articles of eval/validation, each run through the
 * pipeline and scored; totals are micro-averaged (true/false positives and negatives summed over the
 * articles).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/config';
import { type KgBatch, confidenceOf, validateBatch } from '../kg/kg-batch';
import { type SeedArticle, loadSeedArticle } from '../kg/seed-annotation';
import {
  type ActorEvaluation,
  type ItemEvaluation,
  type Score,
  evaluateActors,
  evaluateEvents,
  evaluateStatements,
  type ScoredItem,
  scoredItems,
} from './evaluate';
import type { ArticleInput } from '../kg/article-input';

export const EVAL_ARTICLES_DIR = path.join(projectRoot(), 'eval', 'articles');
/** The short fixture articles of the unit tests, fully annotated too. */
export const FIXTURE_ARTICLES_DIR = path.join(projectRoot(), 'tests', 'fixtures', 'articles');
/**
 * Held-out articles: written and annotated (and committed) before the pipeline ever ran on them, and
 * never used to write or tune a rule, so their scores are the only measure on unseen text.
 */
export const HOLDOUT_ARTICLES_DIR = path.join(projectRoot(), 'eval', 'holdout');
/**
 * A second blind set, written in issue 12's last session and committed before any extractor ran on it,
 * so that the lead can see which coder changes carry over to unseen text without spending the holdout.
 * Scored like the holdout: only on request, and only as one micro row.
 */
export const VALIDATION_ARTICLES_DIR = path.join(projectRoot(), 'eval', 'validation');

/**
 * seed: the curated seed; corpus: eval/articles; fixture: tests/fixtures/articles; holdout: eval/holdout;
 * validation: eval/validation.
 */
export type EvalGroup = 'seed' | 'corpus' | 'fixture' | 'holdout' | 'validation';

/** The groups nobody may read or tune on: scored only on request, never shown per article. */
export const BLIND_GROUPS: readonly EvalGroup[] = ['holdout', 'validation'];

export function isBlind(group: EvalGroup): boolean {
  return BLIND_GROUPS.includes(group);
}

export interface GoldArticle {
  readonly name: string;
  readonly group: EvalGroup;
  readonly gold: SeedArticle;
}

function annotated(dir: string, group: EvalGroup): GoldArticle[] {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter(f => f.endsWith('.annotations.json'))
        .sort()
    : [];
  return files.map(f => {
    const slug = f.slice(0, -'.annotations.json'.length);
    return {
      name: group === 'fixture' || isBlind(group) ? `${group}/${slug}` : slug,
      group,
      gold: loadSeedArticle(dir, f),
    };
  });
}

/**
 * The seed first, then eval/articles, the fixtures, eval/holdout and eval/validation, each in name order.
 */
export function loadEvalSet(
  corpusDir = EVAL_ARTICLES_DIR,
  fixtureDir = FIXTURE_ARTICLES_DIR,
  holdoutDir = HOLDOUT_ARTICLES_DIR,
  validationDir = VALIDATION_ARTICLES_DIR,
): GoldArticle[] {
  return [
    { name: 'seed', group: 'seed', gold: loadSeedArticle() },
    ...annotated(corpusDir, 'corpus'),
    ...annotated(fixtureDir, 'fixture'),
    ...annotated(holdoutDir, 'holdout'),
    ...annotated(validationDir, 'validation'),
  ];
}

export interface ArticleScore {
  readonly name: string;
  readonly group: EvalGroup;
  readonly actors: ActorEvaluation;
  readonly statements: ItemEvaluation;
  readonly events: ItemEvaluation;
  /** Extracted mentions, statements and event evidence that overlap a gold ignored span. */
  readonly boilerplate: string[];
  readonly problems: string[];
  /** Each extracted statement and event with its confidence and whether it was right. */
  readonly items: ScoredItem[];
}

/** How an article is extracted (the evaluation passes the coder on the article's parse). */
export type Extractor = (input: ArticleInput) => KgBatch;

/** Scores one gold article against what `extract` finds in it. */
export function scoreArticleWith(
  { name, group, gold }: GoldArticle,
  extract: Extractor,
): ArticleScore {
  const a = gold.batch.article;
  const batch = extract({
    text: a.text,
    url: a.url,
    source: a.source,
    publishedAt: a.publishedAt,
  });
  const ignored = gold.ignoredSpans;
  const hit = (s: { start: number; end: number }): boolean =>
    ignored.some(i => s.start < i.end && i.start < s.end);
  const actors = evaluateActors(gold.batch.actors, batch.actors, ignored);
  return {
    name,
    group,
    actors,
    statements: evaluateStatements(gold.batch.statements, batch.statements),
    events: evaluateEvents(gold.batch.events, batch.events),
    boilerplate: [
      ...actors.boilerplateMentions,
      ...batch.statements.filter(s => hit(s.span)).map(s => `statement@${s.span.start}`),
      ...batch.events
        .filter(e => e.evidence.some(hit))
        .map(e => `event ${e.code} ${e.sourceId} -> ${e.targetId}`),
    ],
    problems: validateBatch(batch),
    items: scoredItems(gold.batch, batch, id => confidenceOf(batch, id)),
  };
}

/** Micro average: counts summed, then precision, recall and F1. */
export function microAverage(scores: readonly Score[]): Score {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives, 0);
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

export interface SetTotals {
  readonly actors: Score;
  readonly mentions: Score;
  readonly statements: Score;
  readonly events: Score;
}

export function totals(scores: readonly ArticleScore[]): SetTotals {
  return {
    actors: microAverage(scores.map(s => s.actors.byId)),
    mentions: microAverage(scores.map(s => s.actors.byMention)),
    statements: microAverage(scores.map(s => s.statements.score)),
    events: microAverage(scores.map(s => s.events.score)),
  };
}
