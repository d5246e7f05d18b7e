/**
 * A synthetic article with unique states (four countries, one of them new), an official of the first
 * country, and a history of recognitions and broken and restored ties between them. Every event's
 * evidence is its own sentence of the generated text. The new state is a COUNTRY, not a TERRITORY: other
 * suites list all territories of the shared database and expect the seed's two.
 */
import { randomBytes } from 'node:crypto';
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  type Span,
  articleId,
  eventId,
} from '../../src/kg/kg-batch';
import { ActorKind, DatePrecision, Modality } from '../../src/schema/domain.enum';

type Party = 'x' | 'y' | 'z' | 'newState' | 'official';

interface EventSpec {
  readonly code: string;
  readonly source: Party;
  readonly target: Party;
  readonly date: string | null;
  readonly precision: DatePrecision | null;
  readonly modality: Modality;
  readonly sentence: string;
}

/** Keys name what each event is; the tests refer to them. */
const EVENTS = {
  officialRecognizesNewState: {
    code: '054',
    source: 'official',
    target: 'newState',
    date: '2019-05-05',
    precision: DatePrecision.DAY,
    modality: Modality.ASSERTED,
    sentence: 'The envoy of X recognized the new state.',
  },
  xRecognizesNewStateAgain: {
    code: '054',
    source: 'x',
    target: 'newState',
    date: '2020-01-01',
    precision: DatePrecision.YEAR,
    modality: Modality.REPORTED,
    sentence: 'X confirmed its recognition of the new state.',
  },
  yRecognizesNewStateUndated: {
    code: '054',
    source: 'y',
    target: 'newState',
    date: null,
    precision: null,
    modality: Modality.ASSERTED,
    sentence: 'Y has also recognized the new state at some point.',
  },
  zMayRecognizeNewState: {
    code: '054',
    source: 'z',
    target: 'newState',
    date: '2019-01-01',
    precision: DatePrecision.DAY,
    modality: Modality.POSSIBLE,
    sentence: 'Z might recognize the new state.',
  },
  zBacksNewState: {
    code: '070',
    source: 'z',
    target: 'newState',
    date: '2019-02-01',
    precision: DatePrecision.DAY,
    modality: Modality.ASSERTED,
    sentence: 'Z sent aid to the new state.',
  },
  xBreaksWithY: {
    code: '161',
    source: 'x',
    target: 'y',
    date: '2020-03-01',
    precision: DatePrecision.DAY,
    modality: Modality.ASSERTED,
    sentence: 'X broke off relations with Y.',
  },
  yRestoresTiesWithX: {
    code: '054',
    source: 'y',
    target: 'x',
    date: '2021-05-01',
    precision: DatePrecision.MONTH,
    modality: Modality.ASSERTED,
    sentence: 'In May 2021 Y and X restored diplomatic relations.',
  },
  xMeetsY: {
    code: '040',
    source: 'x',
    target: 'y',
    date: '2022-01-01',
    precision: DatePrecision.DAY,
    modality: Modality.ASSERTED,
    sentence: 'X and Y held consultations.',
  },
  officialBreaksWithY: {
    code: '161',
    source: 'official',
    target: 'y',
    date: '2023-01-10',
    precision: DatePrecision.DAY,
    modality: Modality.REPORTED,
    sentence: 'The envoy of X announced that X cuts its ties with Y.',
  },
  xBreaksWithYAgain: {
    code: '161',
    source: 'x',
    target: 'y',
    date: '2023-06-01',
    precision: DatePrecision.MONTH,
    modality: Modality.ASSERTED,
    sentence: 'X closed its last consulate in Y.',
  },
  yMayRestoreTies: {
    code: '054',
    source: 'y',
    target: 'x',
    date: '2024-01-01',
    precision: DatePrecision.DAY,
    modality: Modality.POSSIBLE,
    sentence: 'Y may restore relations with X.',
  },
  xBreaksWithZUndated: {
    code: '161',
    source: 'x',
    target: 'z',
    date: null,
    precision: null,
    modality: Modality.ASSERTED,
    sentence: 'X once broke with Z.',
  },
} as const satisfies Record<string, EventSpec>;

export type DiplomacyEventKey = keyof typeof EVENTS;

export interface SyntheticDiplomacy {
  readonly ids: Readonly<Record<Party, string>>;
  readonly batch: KgBatch;
  readonly events: Readonly<
    Record<DiplomacyEventKey, { readonly id: string; readonly span: Span }>
  >;
}

export function syntheticDiplomacy(): SyntheticDiplomacy {
  const tag = randomBytes(5).toString('hex');
  const ids: Record<Party, string> = {
    x: `country:x-${tag}`,
    y: `country:y-${tag}`,
    z: `country:z-${tag}`,
    newState: `country:new-${tag}`,
    official: `person:envoy-${tag}`,
  };
  let text = `Diplomacy report ${tag}.\n\n`;
  const spans = Object.fromEntries(
    Object.entries(EVENTS).map(([key, spec]) => {
      const start = text.length;
      text += spec.sentence;
      const span: Span = { start, end: text.length, text: spec.sentence };
      text += '\n\n';
      return [key, span];
    }),
  ) as Record<DiplomacyEventKey, Span>;
  const aid = articleId(text);
  const actor = (party: Party, kind: ActorKind, name: string): KgActor => ({
    id: ids[party],
    kind,
    name: `${name} ${tag}`,
    aliases: [],
    iso3: null,
    wikidataId: null,
    description: null,
    mentions: [],
  });
  const events = Object.fromEntries(
    (Object.keys(EVENTS) as DiplomacyEventKey[]).map(key => {
      const spec: EventSpec = EVENTS[key];
      const span = spans[key];
      return [key, { id: eventId(aid, spec.code, ids[spec.source], ids[spec.target], span), span }];
    }),
  ) as Record<DiplomacyEventKey, { id: string; span: Span }>;
  const kgEvents: KgEvent[] = (Object.keys(EVENTS) as DiplomacyEventKey[]).map(key => {
    const spec: EventSpec = EVENTS[key];
    return {
      id: events[key].id,
      code: spec.code,
      sourceId: ids[spec.source],
      targetId: ids[spec.target],
      date: spec.date,
      datePrecision: spec.precision,
      dateInferred: false,
      modality: spec.modality,
      summary: spec.sentence,
      evidence: [events[key].span],
      respondsToId: null,
    };
  });
  return {
    ids,
    events,
    batch: {
      article: {
        id: aid,
        title: `Diplomacy report ${tag}`,
        url: null,
        source: 'tests',
        publishedAt: '2024-02-01T00:00:00.000Z',
        publishedAtPrecision: DatePrecision.DAY,
        publishedAtInferred: false,
        text,
      },
      actors: [
        actor('x', ActorKind.COUNTRY, 'Xland'),
        actor('y', ActorKind.COUNTRY, 'Yland'),
        actor('z', ActorKind.COUNTRY, 'Zland'),
        actor('newState', ActorKind.COUNTRY, 'Newland'),
        actor('official', ActorKind.PERSON, 'Envoy'),
      ],
      offices: [
        {
          personId: ids.official,
          countryId: ids.x,
          title: 'Envoy',
          role: 'OFFICIAL',
          since: '2018-01-01',
          until: null,
        },
      ],
      relations: [{ type: 'OF_COUNTRY', fromId: ids.official, toId: ids.x }],
      statements: [],
      events: kgEvents,
    },
  };
}
