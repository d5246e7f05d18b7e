/**
 * The actor and statement tables of `npm run eval -- --causes`: how many misses and false finds each
 * cause has (actor-causes.ts, statement-causes.ts), per group of articles, and with `--details` the
 * examples. The corpus is split into the articles whose rules were written against them and the
 * newer development articles (dev-groups.ts: dev3 and actors3, and each first-sight group from dev4 on apart),
 * the closest there is to unseen text. Held-out and validation articles are never broken down.
 */
import type { NlpDocument } from '../ingest/nlp/corenlp.client';
import type { KgBatch } from '../kg/kg-batch';
import { type CauseCase, falseActorCauses, missedActorCauses } from './actor-causes';
import { DEV_COLUMNS, DEV_GROUPS, NEWEST_DEV_ARTICLES, devColumn } from './dev-groups';
import type { GoldArticle } from './eval-corpus';
import { statementCauses } from './statement-causes';

/** One article as the eval ran it: its gold, its parse and what the coder found. */
export interface CauseRun {
  readonly article: GoldArticle;
  readonly doc: NlpDocument;
  readonly batch: KgBatch;
}

interface Counted {
  readonly column: string;
  readonly name: string;
  readonly cases: readonly CauseCase[];
}

/** A table: one row per cause (most frequent first), one column per group, and a total. */
export function causeTable(
  title: string,
  columns: readonly string[],
  rows: readonly Counted[],
): string[] {
  const causes = [...new Set(rows.flatMap(r => r.cases.map(c => c.cause)))];
  const count = (cause: string, column?: string): number =>
    rows
      .filter(r => column === undefined || r.column === column)
      .flatMap(r => r.cases)
      .filter(c => c.cause === cause).length;
  causes.sort((a, b) => count(b) - count(a) || a.localeCompare(b));
  const cell = (n: number | string): string => String(n).padStart(9);
  const total = (column?: string): number =>
    rows.filter(r => column === undefined || r.column === column).flatMap(r => r.cases).length;
  return [
    `${title.padEnd(92)}${columns.map(cell).join('')}${cell('all')}`,
    ...causes.map(
      c => `  ${c.padEnd(90)}${columns.map(k => cell(count(c, k))).join('')}${cell(count(c))}`,
    ),
    `  ${'total'.padEnd(90)}${columns.map(k => cell(total(k))).join('')}${cell(total())}`,
  ];
}

function examples(title: string, rows: readonly Counted[]): string[] {
  return [title, ...rows.flatMap(r => r.cases.map(c => `  ${r.name}: ${c.cause}: ${c.example}`))];
}

/** The lines `--causes` prints (and, with `details`, every case with its example). */
export function causeReport(runs: readonly CauseRun[], details: boolean): string[] {
  const columns = DEV_COLUMNS;
  const tables = { missedActors: [] as Counted[], falseActors: [] as Counted[] };
  const statements = { missed: [] as Counted[], false: [] as Counted[] };
  for (const r of runs) {
    const g = r.article.gold;
    const column = devColumn(r.article.group, r.article.name);
    if (column === null) {
      continue;
    }
    const name = r.article.name;
    const actorInput = {
      text: g.batch.article.text,
      doc: r.doc,
      gold: g.batch.actors,
      found: r.batch.actors,
      ignored: g.ignoredSpans,
    };
    tables.missedActors.push({ column, name, cases: missedActorCauses(actorInput) });
    tables.falseActors.push({ column, name, cases: falseActorCauses(actorInput) });
    const s = statementCauses({
      text: g.batch.article.text,
      doc: r.doc,
      gold: g.batch.statements,
      found: r.batch.statements,
      goldActors: g.batch.actors,
      foundActors: r.batch.actors,
      relations: g.batch.relations,
      offices: g.batch.offices,
    });
    statements.missed.push({ column, name, cases: s.missed });
    statements.false.push({ column, name, cases: s.false });
  }
  const newer = [
    `new: the ${NEWEST_DEV_ARTICLES.size} of dev3 and actors3`,
    ...DEV_GROUPS.map(g => `${g.column}: the ${g.articles.size} of ${g.column}`),
  ].join('; ');
  const head = `causes (old: the older corpus articles; ${newer}; dev-groups.ts)`;
  const out = [
    head,
    ...causeTable('missed actors (gold ids not found)', columns, tables.missedActors),
    ...causeTable('false actors (found ids not in the gold)', columns, tables.falseActors),
    ...causeTable('missed statements', columns, statements.missed),
    ...causeTable('false statements', columns, statements.false),
  ];
  if (details) {
    out.push(
      '',
      ...examples('missed actors', tables.missedActors),
      ...examples('false actors', tables.falseActors),
      ...examples('missed statements', statements.missed),
      ...examples('false statements', statements.false),
    );
  }
  return out;
}
