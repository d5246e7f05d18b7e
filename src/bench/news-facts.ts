/**
 * What each kind of sentence of the generated news (news-corpus.ts) states as an event: its CAMEO code
 * (checked against the project's CAMEO table), its ends and summary by canonical names, its date read
 * against the publication day as the rule-based extractor read it, and its modality.
 */
import { DatePrecision, Modality } from '../kg/domain';
import { loadCameo } from '../kg/seed-annotation';
import { type ActorProfile, COUNTRY_PROFILES, LEADER_PROFILES } from './news-actors';
import { type CorpusFact, MONTHS, WEEKDAYS } from './news-corpus';

/** The CAMEO code of each kind of event sentence. */
export const EVENT_CODES = {
  expel: '161',
  'cut-ties': '161',
  sanction: '163',
  praise: '051',
  agree: '057',
  recognise: '054',
  condemn: '111',
  aid: '073',
} as const;

/** Throws unless every code the generator writes is in the project's CAMEO table. */
export function checkEventCodes(codes = new Set(loadCameo().map(r => r.code))): void {
  const missing = Object.values(EVENT_CODES).filter(c => !codes.has(c));
  if (missing.length > 0) {
    throw new Error(`CAMEO codes missing from seeds/cameo-event-codes.tsv: ${missing.join(', ')}`);
  }
}

export function profile(id: string | undefined, what: string): ActorProfile {
  const p = id === undefined ? undefined : COUNTRY_PROFILES.get(id);
  if (p === undefined) {
    throw new Error(`news-actors.ts has no profile for ${what}`);
  }
  return p;
}

interface Dated {
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateInferred: boolean;
}

const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The date a fact's words give, read against the publication day (as the extractor reads it). */
export function dateOf(fact: CorpusFact, published: string): Dated {
  const [y = 0, m = 1, d = 1] = published.split('-').map(Number);
  const day = (date: string, inferred: boolean): Dated => ({
    date,
    datePrecision: DatePrecision.DAY,
    dateInferred: inferred,
  });
  switch (fact.kind) {
    case 'expel': {
      // the last such weekday on or before publication
      const t = Date.UTC(y, m - 1, d);
      const back = (new Date(t).getUTCDay() - (WEEKDAYS.indexOf(fact.weekday) + 1) + 7) % 7;
      return day(new Date(t - back * 86_400_000).toISOString().slice(0, 10), false);
    }
    case 'agree': {
      // the next such month, this one included
      const month = [1, 3, 5, 7, 9, 11][MONTHS.indexOf(fact.month)] ?? 1;
      const date = iso(month >= m ? y : y + 1, month, 1);
      return { date, datePrecision: DatePrecision.MONTH, dateInferred: false };
    }
    case 'recognise':
      return { date: iso(fact.year, 1, 1), datePrecision: DatePrecision.YEAR, dateInferred: false };
    case 'aid':
      return { date: null, datePrecision: null, dateInferred: false };
    default:
      return day(published, true);
  }
}

export const MODALITY: Partial<Record<CorpusFact['kind'], Modality>> = {
  agree: Modality.PLANNED,
  recognise: Modality.HISTORICAL,
  aid: Modality.POSSIBLE,
};

/** Source, target and summary of an event sentence, by canonical names. */
export function eventOf(fact: CorpusFact): {
  source: ActorProfile;
  target: ActorProfile;
  summary: string;
} {
  if (fact.kind === 'praise') {
    const source = LEADER_PROFILES.get(fact.leader.name);
    if (source === undefined) {
      throw new Error(`news-actors.ts has no profile for ${fact.leader.name}`);
    }
    const target = profile(fact.b.iso3, fact.b.name);
    return { source, target, summary: `${source.name} praised ${target.name}` };
  }
  const a = profile(fact.a.iso3, fact.a.name);
  const b = profile(fact.b.iso3, fact.b.name);
  switch (fact.kind) {
    case 'expel':
      return {
        source: a,
        target: b,
        summary: `${a.name} expelled two ${fact.b.demonym} diplomats`,
      };
    case 'sanction':
      return { source: a, target: b, summary: `${a.name} imposed sanctions on ${b.name}` };
    case 'agree':
      return { source: a, target: b, summary: `${a.name} will sign an agreement with ${b.name}` };
    case 'recognise':
      return { source: a, target: b, summary: `${a.name} recognized ${b.name}` };
    case 'condemn':
      return { source: a, target: b, summary: `${a.name} condemned ${b.name}` };
    case 'aid':
      return {
        source: a,
        target: b,
        summary: `${a.name} could send humanitarian aid to ${b.name}`,
      };
    case 'cut-ties':
      return { source: b, target: a, summary: `${b.name} cut diplomatic ties with ${a.name}` };
    default:
      throw new Error(`a ${fact.kind} sentence states no event`);
  }
}
