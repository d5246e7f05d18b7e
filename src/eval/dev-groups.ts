/**
 * The development articles written last (eval/README.md), each set committed before any rule was read
 * against it: the closest the development set has to unseen text, so they are scored apart (the coder
 * floors, `npm run eval -- --causes`).
 */

/** The ten articles of branch dev3, written for events; coder 0.3.0's first-sight set. */
export const FIRST_SIGHT_ARTICLES: ReadonlySet<string> = new Set([
  'ecuador-thailand-trade-pact',
  'switzerland-eases-nicaragua-sanctions',
  'mauritania-mali-border-clash',
  'iran-denmark-prisoner-exchange-oman',
  'ghana-hosts-guinea-sierra-leone-talks',
  'costa-rica-election-congratulations',
  'indonesia-cancels-australia-visit',
  'canada-arms-embargo-egypt',
  'greece-turkey-research-ship-standoff',
  'chad-blocks-aid-convoy',
]);

/** The six articles of branch actors3, written for actors and statements. */
export const ACTORS3_ARTICLES: ReadonlySet<string> = new Set([
  'thailand-myanmar-myawaddy-air-strikes',
  'mozambique-tanzania-rovuma-patrols',
  'ecuador-costa-rica-embassy-asylum',
  'lithuania-estonia-georgia-entry-bans',
  'senegal-gambia-casamance-ecowas-observers',
  'cyprus-lebanon-migrant-boats-asylum',
]);

/** Both: the 16 newest development articles. */
export const NEWEST_DEV_ARTICLES: ReadonlySet<string> = new Set([
  ...FIRST_SIGHT_ARTICLES,
  ...ACTORS3_ARTICLES,
]);

/** The columns of the `--causes` tables: the seed, the older corpus, the 16 newest, the fixtures. */
export type DevColumn = 'seed' | 'old' | 'new' | 'fixture';
export const DEV_COLUMNS: readonly DevColumn[] = ['seed', 'old', 'new', 'fixture'];

/** An article's column, or null for a blind group (holdout, validation), which is never broken down. */
export function devColumn(group: string, name: string): DevColumn | null {
  if (group === 'corpus') {
    return NEWEST_DEV_ARTICLES.has(name) ? 'new' : 'old';
  }
  return group === 'seed' || group === 'fixture' ? group : null;
}
