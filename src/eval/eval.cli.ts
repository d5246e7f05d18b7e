/**
 * `npm run eval [-- --details] [-- --causes] [-- --holdout]`: parses every article of the evaluation set (the seed,
 * eval/articles, tests/fixtures/articles and eval/holdout) with CoreNLP (CORENLP_URL, else the local
 * service started for the run), codes it on the parse (coder.ts) and prints the table `npm run eval`
 * prints, per group, with the parse time per article. `--details` lists misses and extras of the seed,
 * corpus and fixtures only: held-out articles are never shown in detail (they must stay unseen), and
 * they are parsed and scored only with `--holdout`, for the final measurement. `--causes` adds why each
 * event of the seed, corpus and fixtures was missed or false (event-causes.ts).
 */
import { type ArticleScore, loadEvalSet, scoreArticleWith, totals } from './eval-corpus';
import { details, headRow, row } from './eval-table';
import { type CausedArticle, causeReport } from './event-causes';
import { codeArticle, CODER_VERSION } from '../ingest/coder/coder';
import { openNlp } from '../ingest/coder/parse-record.cli';
import { runCli } from '../runtime/cli.runner';

async function main(argv: readonly string[]): Promise<number> {
  // held-out articles are parsed and scored only for a final measurement (`--holdout`), never while
  // rules are written
  const withHoldout = argv.includes('--holdout');
  const set = loadEvalSet().filter(g => withHoldout || g.group !== 'holdout');
  const { client, stop } = await openNlp();
  const scores: ArticleScore[] = [];
  let parseMs = 0;
  let chars = 0;
  // `--causes`: why each event was missed or false (never for held-out articles: causeReport skips them)
  const caused: CausedArticle[] | null = argv.includes('--causes') ? [] : null;
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
          const found = codeArticle(input, doc);
          caused?.push({ name: g.name, group: g.group, gold: g.gold.batch, found, doc });
          return found;
        }),
      );
    }
  } finally {
    await stop();
  }
  const groups = ['seed', 'corpus', 'fixture', 'holdout'] as const;
  const lines = [
    `${CODER_VERSION}: ${scores.length} articles; parse ${(parseMs / scores.length).toFixed(0)} ms per article (mean ${(chars / scores.length / 1000).toFixed(1)} KB), one at a time`,
    'each cell: precision recall F1 (TP/FP/FN); a statement matches on its speaker and an overlapping span',
    '',
    headRow('set'),
    ...scores.filter(s => s.group !== 'holdout').map(s => row(s.name, totals([s]))),
    '',
    // a group with no articles (the holdout without --holdout) has no score: a row of 1.000 would mislead
    ...groups.flatMap(g => {
      const of = scores.filter(s => s.group === g);
      return of.length === 0 ? [] : [row(`${g} micro (${of.length} articles)`, totals(of))];
    }),
    row(`all micro (${scores.length} articles)`, totals(scores)),
  ];
  const bad = scores.filter(
    s => s.problems.length > 0 || (s.group !== 'holdout' && s.boilerplate.length > 0),
  );
  lines.push('', `unsound batches or boilerplate hits (seed, corpus, fixtures): ${bad.length}`);
  if (withHoldout) {
    // counted, never listed: the held-out texts stay unseen
    const leaks = scores.filter(s => s.group === 'holdout').flatMap(s => s.boilerplate).length;
    lines.push(`facts from boilerplate in held-out articles: ${leaks}`);
  }
  if (argv.includes('--details')) {
    lines.push('', ...scores.filter(s => s.group !== 'holdout').flatMap(details));
  }
  if (caused !== null) {
    lines.push('', ...causeReport(caused, argv.includes('--details')));
  }
  console.log(lines.join('\n'));
  return bad.length > 0 ? 1 : 0;
}

runCli(() => main(process.argv.slice(2)));
