/**
 * The gazetteer the coder matches text against. The hand-typed lists of people, organisations and
 * outlets (gazetteer/entities.json, organizations.json, outlets.json) were written for the articles of
 * the evaluation set, so scores with them say little about new text. `NEWSGRAPH_CURATED_NAMES=off`
 * (read once, for `npm run eval` only) drops those entries and leaves countries, territories,
 * historical states, groups and the legislatures of legislatures.json: the figures then show what the parse's entities and the Phoenix
 * dictionaries find alone.
 */
import { ActorKind } from '../../schema/domain.enum';
import { type Gazetteer, LEGISLATURE_IDS, loadGazetteer } from '../gazetteer/gazetteer';

const CURATED_KINDS: ReadonlySet<ActorKind> = new Set([
  ActorKind.PERSON,
  ActorKind.ORGANIZATION,
  ActorKind.MEDIA_OUTLET,
]);

let reduced: Gazetteer | null = null;

function withoutCuratedNames(gaz: Gazetteer): Gazetteer {
  // legislatures.json names the legislature of every state it knows: data, not per-article curation
  const actors = new Map(
    [...gaz.actors].filter(([id, a]) => !CURATED_KINDS.has(a.kind) || LEGISLATURE_IDS.has(id)),
  );
  return { ...gaz, actors, aliases: gaz.aliases.filter(a => actors.has(a.id)) };
}

/** The full gazetteer, or without its curated people, organisations and outlets (see above). */
export function coderGazetteer(): Gazetteer {
  if (process.env.NEWSGRAPH_CURATED_NAMES !== 'off') {
    return loadGazetteer();
  }
  reduced ??= withoutCuratedNames(loadGazetteer());
  return reduced;
}
