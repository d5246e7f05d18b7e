/**
 * The event causes as tables and lines (`npm run eval -- --causes [--details]`): counts per cause and
 * development group, and one line per cause with its sentence. The causes themselves: event-causes.ts.
 */
import type { CauseRun } from './causes-report';
import { DEV_COLUMNS, devColumn } from './dev-groups';
import { type EventCause, eventCauses } from './event-causes';

/** Counts per `group: cause`, per kind, sorted by count. */
export function tallyCauses(causes: readonly EventCause[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of causes) {
    const key = `${c.kind} ${c.group}: ${c.cause}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return new Map([...out].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** A table of cause counts per set (columns) and their sum, the groups' subtotals first. */
export function causeTable(
  sets: readonly { name: string; causes: readonly EventCause[] }[],
): string[] {
  const all = sets.flatMap(s => s.causes);
  const groupKey = (c: EventCause): string => `${c.kind} ${c.group}`;
  const keys = [...new Set([...[...tallyCauses(all).keys()]])];
  const groups = [...new Set(all.map(groupKey))].sort();
  const cells = (of: (c: EventCause) => boolean): string =>
    [...sets.map(s => s.causes.filter(of).length), all.filter(of).length]
      .map(n => String(n).padStart(8))
      .join('');
  const head = `${'cause'.padEnd(72)}${[...sets.map(s => s.name), 'all'].map(n => n.padStart(8)).join('')}`;
  return [
    head,
    ...groups.flatMap(g => [
      `${g.toUpperCase().padEnd(72)}${cells(c => groupKey(c) === g)}`,
      ...keys
        .filter(key => key.startsWith(`${g}:`))
        .map(
          key =>
            `  ${key.slice(g.length + 2).padEnd(70)}${cells(c => `${groupKey(c)}: ${c.cause}` === key)}`,
        ),
    ]),
  ];
}

/** One line per cause with its detail and sentence, for `--details`. */
export function causeDetails(name: string, causes: readonly EventCause[]): string[] {
  return causes.map(
    c =>
      `${name}: ${c.kind} ${c.event} | ${c.group}: ${c.cause}${c.detail ? ` (${c.detail})` : ''} | ${c.sentence.replace(/\s+/g, ' ')}`,
  );
}

/** The `--causes` report: the table per set (seed, older corpus, newest 16, fixtures), and details. */
export function causeReport(runs: readonly CauseRun[], withDetails: boolean): string[] {
  const per = runs.flatMap(r => {
    const column = devColumn(r.article.group, r.article.name);
    const gold = r.article.gold.batch;
    const day = gold.article.publishedAt?.slice(0, 10) ?? null;
    return column === null
      ? []
      : [{ r, column, causes: eventCauses(gold, r.batch, r.doc, gold.article.text, day) }];
  });
  const sets = DEV_COLUMNS.map(name => ({
    name,
    causes: per.filter(p => p.column === name).flatMap(p => p.causes),
  }));
  return [
    'event causes: one per missed gold event and per false event (event-causes.ts)',
    ...causeTable(sets),
    ...(withDetails ? ['', ...per.flatMap(p => causeDetails(p.r.article.name, p.causes))] : []),
  ];
}
