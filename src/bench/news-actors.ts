/**
 * Who the generated news (news-corpus.ts) names, as the graph knows them: the ids, names, aliases and
 * Wikidata ids the project's gazetteer gives these countries, leaders and outlets, the leaders' offices
 * and who belongs to which country. The read benchmark's graph (news-graph.ts) uses them as they are,
 * so it holds the same actors an ingest of these articles would.
 */
import { ActorKind } from '../kg/domain';
import type { KgActor } from '../kg/kg-batch';

/** A generated actor: the batch's actor without its mentions (found per article), with its country. */
export interface ActorProfile extends Omit<KgActor, 'mentions'> {
  /** ISO code of the country it belongs to (OF_COUNTRY), if any. */
  readonly of?: string;
  /** A leader's office in that country. */
  readonly office?: { readonly title: string; readonly role: string; readonly since: string };
}

const country = (
  iso3: string,
  name: string,
  aliases: readonly string[],
  wikidataId: string | null = null,
): ActorProfile => ({
  id: `country:${iso3}`,
  kind: ActorKind.COUNTRY,
  name,
  aliases,
  iso3,
  wikidataId,
  description: null,
});

/** By ISO code. */
export const COUNTRY_PROFILES: ReadonlyMap<string, ActorProfile> = new Map(
  [
    country('RUS', 'Russia', ['Russian Federation', 'Moscow', 'Kremlin'], 'Q159'),
    country(
      'PRK',
      'North Korea',
      ["Democratic People's Republic of Korea", 'DPRK', 'D.P.R.K.', 'Pyongyang'],
      'Q423',
    ),
    country(
      'CHN',
      'China',
      ["People's Republic of China", 'PRC', 'Beijing', 'Zhongnanhai'],
      'Q148',
    ),
    country('JPN', 'Japan', ['Tokyo'], 'Q17'),
    country('KOR', 'South Korea', ['Republic of Korea', 'ROK', 'Seoul'], 'Q884'),
    country('UKR', 'Ukraine', ['Kyiv', 'Kiev'], 'Q212'),
    country(
      'USA',
      'United States',
      ['United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America', 'Washington'].concat([
        'White House',
        'Pentagon',
      ]),
      'Q30',
    ),
    country(
      'FRA',
      'France',
      ['French Republic', 'Paris', 'Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'],
      'Q142',
    ),
    country('DEU', 'Germany', ['Federal Republic of Germany', 'Berlin'], 'Q183'),
    country('IND', 'India', ['New Delhi'], 'Q668'),
    country('IRN', 'Iran', ['Islamic Republic of Iran', 'Tehran'], 'Q794'),
    country('TUR', 'Turkey', ['Türkiye', 'Ankara']),
    country('POL', 'Poland', ['Warsaw']),
    country('BRA', 'Brazil', ['Brasilia', 'Brasília']),
    country('EGY', 'Egypt', ['Cairo']),
    country('VNM', 'Vietnam', ['Hanoi']),
    country('MDA', 'Moldova', ['Chisinau', 'Chișinău']),
    country('SYR', 'Syria', ['Syrian Arab Republic', 'Damascus']),
  ].map(p => [p.iso3 ?? '', p]),
);

const leader = (
  slug: string,
  name: string,
  aliases: readonly string[],
  wikidataId: string,
  of: string,
  office: { title: string; since: string },
): ActorProfile => ({
  id: `person:${slug}`,
  kind: ActorKind.PERSON,
  name,
  aliases,
  iso3: null,
  wikidataId,
  description: office.title,
  of,
  office: { ...office, role: 'HEAD_OF_STATE' },
});

/** By the name the corpus writes. */
export const LEADER_PROFILES: ReadonlyMap<string, ActorProfile> = new Map([
  [
    'Vladimir Putin',
    leader(
      'vladimir-putin',
      'Vladimir Putin',
      ['Vladimir Vladimirovich Putin', 'Putin'],
      'Q7747',
      'RUS',
      {
        title: 'President of Russia',
        since: '2012-05-07',
      },
    ),
  ],
  [
    'Kim Jong Un',
    leader('kim-jong-un', 'Kim Jong Un', ['Kim Jong-un', 'Kim Jong-Un', 'Kim'], 'Q56226', 'PRK', {
      title: 'Supreme Leader of North Korea',
      since: '2011-12-17',
    }),
  ],
  [
    'Xi Jinping',
    leader('xi-jinping', 'Xi Jinping', ['Xi'], 'Q15031', 'CHN', {
      title: 'President of China',
      since: '2013-03-14',
    }),
  ],
  [
    'Volodymyr Zelenskyy',
    leader(
      'volodymyr-zelensky',
      'Volodymyr Zelensky',
      ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Zelensky', 'Zelenskyy', 'Zelenskiy'],
      'Q3874799',
      'UKR',
      { title: 'President of Ukraine', since: '2019-05-20' },
    ),
  ],
]);

const outlet = (
  slug: string,
  name: string,
  aliases: readonly string[],
  wikidataId: string,
  description: string,
  of?: string,
): ActorProfile => ({
  id: `media:${slug}`,
  kind: ActorKind.MEDIA_OUTLET,
  name,
  aliases,
  iso3: null,
  wikidataId,
  description,
  ...(of === undefined ? {} : { of }),
});

/** By the name the corpus writes. */
export const OUTLET_PROFILES: ReadonlyMap<string, ActorProfile> = new Map([
  [
    'KCNA',
    outlet(
      'kcna',
      'Korean Central News Agency',
      ['KCNA'],
      'Q490725',
      'North Korean state news agency',
      'PRK',
    ),
  ],
  ['TASS', outlet('tass', 'TASS', ['Tass'], 'Q223799', 'Russian state news agency', 'RUS')],
  ['Reuters', outlet('reuters', 'Reuters', [], 'Q130879', 'International news agency')],
  [
    'Xinhua',
    outlet(
      'xinhua',
      'Xinhua News Agency',
      ['Xinhua'],
      'Q204839',
      'Chinese state news agency',
      'CHN',
    ),
  ],
  [
    'Yonhap',
    outlet(
      'yonhap',
      'Yonhap News Agency',
      ['Yonhap'],
      'Q482616',
      'South Korean news agency',
      'KOR',
    ),
  ],
]);
