/**
 * An article's graph as schema.org JSON-LD: the NewsArticle, the actors it mentions or its statements
 * involve (Person, Country, Organization …) under `mentions`, and its statements as Quotations under
 * `hasPart`, linked to their speaker (`creator`), subjects (`about`) and carrying outlet (`publisher`) by
 * `@id`. Pure: no I/O.
 */
import { ActorKind } from '../kg/domain';
import type { ArticleGraph, JsonLdActor, JsonLdStatement } from '../graph/export.repository';

export type JsonLd = Record<string, unknown>;

/** The schema.org type of each actor kind. */
export const SCHEMA_TYPE: Readonly<Record<ActorKind, string>> = {
  [ActorKind.COUNTRY]: 'Country',
  [ActorKind.HISTORICAL_STATE]: 'Country',
  [ActorKind.TERRITORY]: 'AdministrativeArea',
  [ActorKind.PERSON]: 'Person',
  [ActorKind.ORGANIZATION]: 'Organization',
  [ActorKind.MEDIA_OUTLET]: 'NewsMediaOrganization',
  [ActorKind.GROUP]: 'Organization',
};

export const JSONLD_CONTENT_TYPE = 'application/ld+json; charset=utf-8';

/** A stable IRI for a graph id (`country:RUS` → `urn:newsgraph:country:RUS`). */
export function iriOf(id: string): string {
  return `urn:newsgraph:${id}`;
}

const ref = (id: string): JsonLd => ({ '@id': iriOf(id) });

/** Only the keys whose value is known (no nulls, no empty lists). */
function known(doc: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(doc).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

function actorNode(a: JsonLdActor): JsonLd {
  const type = SCHEMA_TYPE[a.kind as ActorKind] as string | undefined;
  const iso3 =
    a.iso3 === null
      ? []
      : [{ '@type': 'PropertyValue', propertyID: 'ISO 3166-1 alpha-3', value: a.iso3 }];
  const country = a.countryId === null || a.countryId === a.id ? null : ref(a.countryId);
  return known({
    '@type': type ?? 'Thing',
    '@id': iriOf(a.id),
    identifier: [a.id, ...iso3],
    name: a.name,
    alternateName: a.aliases ?? [],
    description: a.description,
    sameAs: a.wikidataId === null ? null : `https://www.wikidata.org/wiki/${a.wikidataId}`,
    nationality: type === 'Person' ? country : null,
    containedInPlace: type === 'AdministrativeArea' ? country : null,
  });
}

function quotation(s: JsonLdStatement, article: ArticleGraph['article']): JsonLd {
  return known({
    '@type': 'Quotation',
    '@id': iriOf(s.id),
    identifier: s.id,
    text: s.text,
    creator: s.speakerId === null ? null : ref(s.speakerId),
    about: s.aboutIds.map(ref),
    publisher: s.reportedById === null ? null : ref(s.reportedById),
    dateCreated: s.date,
    isPartOf: ref(article.id),
    // RFC 5147: the span of the article's text the quotation was read from
    url: article.url === null ? null : `${article.url}#char=${s.start},${s.end}`,
    position: `${s.start}-${s.end}`,
  });
}

export function articleJsonLd(g: ArticleGraph): JsonLd {
  const a = g.article;
  return known({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': iriOf(a.id),
    identifier: a.id,
    headline: a.title,
    url: a.url,
    datePublished: a.publishedAt,
    publisher: a.source === null ? null : { '@type': 'Organization', name: a.source },
    articleBody: a.text,
    mentions: g.actors.map(actorNode),
    hasPart: g.statements.map(s => quotation(s, a)),
  });
}
