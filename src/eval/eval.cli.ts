/**
 * `npm run eval [-- --details] [-- --causes] [-- --holdout] [-- --validation]`: parses every article of the evaluation
 * set (the seed, eval/articles, tests/fixtures/articles, and the blind sets eval/holdout and
 * eval/validation on request) with CoreNLP (CORENLP_URL, else the local service started for the run),
 * codes it on the parse (coder.ts) and prints the table, per group, with the parse time per article.
 * `--details` lists misses and extras of the seed, corpus and fixtures only: blind articles are never
 * shown per article (they must stay unseen). The holdout is parsed and scored only with `--holdout`, for
 * the final measurement; the validation set only with `--validation`, by the lead, before and after a
 * session's changes (eval-report.ts). `--causes` adds the causes of missed and false facts
 * (causes-report.ts for actors and statements, event-causes.ts for events) over the seed, corpus
 * and fixtures only.
 */
import { type CauseRun, causeReport } from './causes-report';
import { type ArticleScore, loadEvalSet, scoreArticleWith } from './eval-corpus';
import { parseEvalFlags, reportLines, selectScored, unsound } from './eval-report';
import { causeReport as eventCauseReport } from './event-cause-table';
import { codeArticle, CODER_VERSION } from '../ingest/coder/coder';
import { openNlp } from '../ingest/coder/parse-record.cli';
import { runCli } from '../runtime/cli.runner';

async function main(argv: readonly string[]): Promise<number> {
  // blind articles are parsed and scored only for a measurement asked for by flag, never while rules
  // are written
  const flags = parseEvalFlags(argv);
  const set = selectScored(loadEvalSet(), flags);
  const { client, stop } = await openNlp();
  const scores: ArticleScore[] = [];
  const runs: CauseRun[] = [];
  let parseMs = 0;
  let chars = 0;
  try {
    // one untimed warm-up parse: the first requests are slow while the JIT warms
    await client.annotate('Russia condemned the sanctions on Monday.', '2024-01-01');
    for (const g of set) {
      const a = g.gold.batch.article;
      const t0 = performance.now();
      const doc = await client.annotate(a.text, a.publishedAt?.slice(0, 10));
      parseMs += performance.now() - t0;
      chars += a.text.length;
      scores.push(
        scoreArticleWith(g, input => {
          const batch = codeArticle(input, doc);
          runs.push({ article: g, doc, batch });
          return batch;
        }),
      );
    }
  } finally {
    await stop();
  }
  const lines = [
    `${CODER_VERSION}: ${scores.length} articles; parse ${(parseMs / scores.length).toFixed(0)} ms per article (mean ${(chars / scores.length / 1000).toFixed(1)} KB), one at a time`,
    'each cell: precision recall F1 (TP/FP/FN); a statement matches on its speaker and an overlapping span',
    '',
    ...reportLines(scores, flags),
  ];
  if (argv.includes('--causes')) {
    // seed, corpus and fixtures only: blind articles (holdout, validation) are never broken down
    const dev = runs.filter(r => ['seed', 'corpus', 'fixture'].includes(r.article.group));
    lines.push('', ...causeReport(dev, argv.includes('--details')));
    lines.push('', ...eventCauseReport(dev, argv.includes('--details')));
  }
  console.log(lines.join('\n'));
  return unsound(scores).length > 0 ? 1 : 0;
}

runCli(() => main(process.argv.slice(2)));
