/**
 * `npm run eval`: runs the ingest pipeline on the seed article and scores its actors, statements and
 * events against the curated annotation (seeds/*.annotations.json). Exits 1 when anything is
 * extracted from boilerplate or the batch is unsound.
 */
import { loadSeedArticle } from '../seed/seed-annotation';
import { validateBatch } from '../kg/kg-batch';
import { type Score, evaluateActors, evaluateEvents, evaluateStatements } from './evaluate';
import { EXTRACTOR_VERSION, extractArticle } from './pipeline';

function row(label: string, s: Score): string {
  const f = (x: number): string => x.toFixed(3).padStart(9);
  const n = (x: number): string => String(x).padStart(4);
  return `${label.padEnd(10)}${f(s.precision)}${f(s.recall)}${f(s.f1)}${n(s.truePositives)}${n(s.falsePositives)}${n(s.falseNegatives)}`;
}

function main(): number {
  const seed = loadSeedArticle();
  const gold = seed.batch;
  const { batch, ignoredSpans } = extractArticle({
    text: gold.article.text,
    url: gold.article.url,
    source: gold.article.source,
    publishedAt: gold.article.publishedAt,
  });
  const ev = evaluateActors(gold.actors, batch.actors, seed.ignoredSpans);
  const st = evaluateStatements(gold.statements, batch.statements);
  const evs = evaluateEvents(gold.events, batch.events);
  const problems = validateBatch(batch);
  const list = (xs: readonly string[]): string => xs.join('\n                   ') || '-';
  const lines = [
    `${EXTRACTOR_VERSION} on the seed ${gold.article.id}`,
    '',
    `${'actors'.padEnd(10)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'F1'.padStart(9)}  TP  FP  FN`,
    row('by id', ev.byId),
    row('by span', ev.byMention),
    row('statements', st.score),
    row('events', evs.score),
    '',
    `missing ids:       ${ev.missingIds.join(', ') || '-'}`,
    `extra ids:         ${ev.extraIds.join(', ') || '-'}`,
    `missing mentions:  ${ev.missingMentions.join('\n                   ') || '-'}`,
    `extra mentions:    ${ev.extraMentions.join('\n                   ') || '-'}`,
    `missing statements: ${list(st.missing)}`,
    `extra statements:  ${list(st.extra)}`,
    `missing events:    ${list(evs.missing)}`,
    `extra events:      ${list(evs.extra)}`,
    `boilerplate hits:  ${ev.boilerplateMentions.join(', ') || 'none'}`,
    `ignored spans:     ${ignoredSpans.map(s => `[${s.start}, ${s.end}) ${s.reason}`).join('\n                   ')}`,
    `batch problems:    ${problems.join('; ') || 'none'}`,
  ];
  console.log(lines.join('\n'));
  return ev.boilerplateMentions.length > 0 || problems.length > 0 ? 1 : 0;
}

process.exitCode = main();
