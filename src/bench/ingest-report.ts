/** The tables `npm run bench:ingest` prints: the stages of the bulk run, and the reads beside it. */
import type { ReaderReport } from './ingest-reader';
import { STAGES, type Stage, type StageBreakdown, percentile } from './ingest-stages';

const STAGE_NAMES: Record<Stage, string> = {
  queue: 'wait for a parse slot (this process)',
  parse: 'parse (CoreNLP request)',
  code: 'code the parse (this process, CPU)',
  write: 'Neo4j (id lookups + write transaction)',
};

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

export function printStages(b: StageBreakdown): void {
  console.log(
    `\nwhere the time goes (${b.articles} articles, wall clock ${(b.wallMs / 1e3).toFixed(1)} s)\n` +
      `${'stage'.padEnd(42)} ${'ms/article'.padStart(10)} ${'busy share'.padStart(10)} ${'mean open'.padStart(9)}`,
  );
  for (const stage of STAGES) {
    const f = b.stages[stage];
    console.log(
      `${STAGE_NAMES[stage].padEnd(42)} ${f.meanMsPerArticle.toFixed(1).padStart(10)} ` +
        `${pct(f.busyShare).padStart(10)} ${f.meanConcurrency.toFixed(2).padStart(9)}`,
    );
  }
  const sum = STAGES.reduce((n, s) => n + b.stages[s].busyShare, 0);
  console.log(
    `ms/article: a stage's summed time over the articles (a group's write shared by its articles).\n` +
      `busy share: part of the wall clock with the stage at work (>= 1 open); mean open: how many at once ` +
      `while busy.\nThe stages overlap: busy shares sum to ${pct(sum)}; ${pct(b.overlapShare)} of the ` +
      `wall clock had two or more stages at work, ${pct(b.idleShare)} had none.`,
  );
}

export function printReads(report: ReaderReport): void {
  console.log(
    `\nreads answered without errors (actor page and dyad, alternating, one at a time) against a newsgraph server process\n` +
      `${'phase'.padEnd(24)} ${'reads'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
  );
  const names: Record<string, string> = {
    rest: 'at rest, before',
    ingest: 'during the bulk ingest',
    after: 'at rest, after',
  };
  for (const phase of ['rest', 'ingest', 'after']) {
    const ms = report.latencies[phase] ?? [];
    const q = (p: number): string => (percentile(ms, p)?.toFixed(1) ?? '-').padStart(8);
    console.log(
      `${(names[phase] ?? phase).padEnd(24)} ${String(ms.length).padStart(6)} ${q(0.5)} ${q(0.95)} ${q(0.99)} ${q(1)}`,
    );
  }
  const errors = Object.entries(report.errors).map(
    ([phase, n]) => `${names[phase] ?? 'outside the phases'}: ${n}`,
  );
  console.log(
    errors.length === 0
      ? 'read errors: none'
      : `read errors (not in the latencies): ${errors.join(', ')}; e.g. ${report.samples.join(' | ')}`,
  );
}
