/**
 * The actors, relations and offices of an article from its mentions grouped by actor id: the
 * gazetteer's record of a known actor, or a record made for a state body, an outlet or a person the
 * article introduced; OF_COUNTRY, PART_OF and SUCCEEDS between actors both present, and the offices
 * they hold.
 */
import { ActorKind } from '../schema/domain.enum';
import type { KgActor, KgOffice, KgRelation, Span } from '../kg/kg-batch';
import type { NewOutlet } from './outlets';
import { LEADER_TITLES, type NewPerson } from './people';
import { type Gazetteer, type GazetteerActor, countryId } from './gazetteer/gazetteer';
import { BODIES } from './actor-bodies.matcher';

export interface ActorExtraction {
  readonly actors: KgActor[];
  readonly relations: KgRelation[];
  readonly offices: KgOffice[];
}

/** The records of the actors mentioned (`byId`: each id's mentions), ordered by first mention. */
export function actorRecords(
  byId: ReadonlyMap<string, Span[]>,
  gaz: Gazetteer,
  newPeople: readonly NewPerson[],
  newOutlets: readonly NewOutlet[],
): ActorExtraction {
  const actors: KgActor[] = [];
  const infos = new Map<string, GazetteerActor | null>();
  for (const [id, mentions] of byId) {
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const known = gaz.actors.get(id);
    infos.set(id, known ?? null);
    if (known !== undefined) {
      actors.push({
        id,
        kind: known.kind,
        name: known.name,
        aliases: known.aliases,
        iso3: known.iso3,
        wikidataId: known.wikidataId,
        description: known.description,
        mentions,
      });
    } else if (id.startsWith('org:')) {
      const [iso3, ...rest] = id.slice('org:'.length).split('-');
      const country = gaz.actors.get(countryId((iso3 ?? '').toUpperCase()));
      const body = BODIES.find(b => b.slug === rest.join('-'));
      actors.push({
        id,
        kind: ActorKind.ORGANIZATION,
        name: `${body?.name ?? rest.join(' ')} of ${country?.name ?? iso3 ?? ''}`,
        aliases: [],
        iso3: null,
        wikidataId: null,
        description: null,
        mentions,
      });
    } else if (id.startsWith('media:')) {
      const outlet = newOutlets.find(o => o.id === id);
      actors.push({
        id,
        kind: ActorKind.MEDIA_OUTLET,
        name: outlet?.name ?? id,
        aliases: [],
        iso3: null,
        wikidataId: null,
        description: null,
        mentions,
      });
    } else {
      const fresh = newPeople.find(p => p.id === id);
      actors.push({
        id,
        kind: ActorKind.PERSON,
        name: fresh?.name ?? id,
        aliases: fresh ? [fresh.surname] : [],
        iso3: null,
        wikidataId: null,
        description: null,
        mentions,
      });
    }
  }
  actors.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));

  const present = new Set(actors.map(a => a.id));
  const relations: KgRelation[] = [];
  const offices: KgOffice[] = [];
  for (const a of actors) {
    const info = infos.get(a.id) ?? null;
    if (info?.countryId && present.has(info.countryId)) {
      relations.push({ type: 'OF_COUNTRY', fromId: a.id, toId: info.countryId });
    }
    if (info?.partOfId && present.has(info.partOfId)) {
      relations.push({ type: 'PART_OF', fromId: a.id, toId: info.partOfId });
    }
    if (info?.successorId && present.has(info.successorId)) {
      relations.push({ type: 'SUCCEEDS', fromId: info.successorId, toId: a.id });
    }
    if (info === null && a.id.startsWith('org:')) {
      const iso3 = (a.id.slice('org:'.length).split('-')[0] ?? '').toUpperCase();
      if (present.has(countryId(iso3))) {
        relations.push({ type: 'PART_OF', fromId: a.id, toId: countryId(iso3) });
      }
    }
    if (info?.office && info.countryId !== null && present.has(info.countryId)) {
      offices.push({ personId: a.id, countryId: info.countryId, ...info.office });
    }
    const outlet = info === null ? newOutlets.find(o => o.id === a.id) : undefined;
    if (outlet?.countryId && present.has(outlet.countryId)) {
      relations.push({ type: 'OF_COUNTRY', fromId: a.id, toId: outlet.countryId });
    }
    const fresh = info === null ? newPeople.find(p => p.id === a.id) : undefined;
    if (fresh?.countryId && present.has(fresh.countryId)) {
      relations.push({ type: 'OF_COUNTRY', fromId: a.id, toId: fresh.countryId });
      // "Philippine President Ferdinand Marcos Jr." leads the Philippines
      const role = LEADER_TITLES[fresh.title];
      if (role !== undefined) {
        const country = gaz.actors.get(fresh.countryId);
        offices.push({
          personId: a.id,
          countryId: fresh.countryId,
          title: `${fresh.title} of ${country?.name ?? fresh.countryId}`,
          role,
          since: null,
          until: null,
        });
      }
    }
  }
  return { actors, relations, offices };
}
