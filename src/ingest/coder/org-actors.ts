/**
 * Adding organisations to the article's actors (org-names.ts): a new actor takes the gazetteer's facts
 * for its id and a mention is added once; a country word opening a body is a mention of its country,
 * and an older mention of that country the word overlaps is dropped.
 */
import type { Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { type MutableActor, newActor } from './name-spans';

export interface OrgAdder {
  /** The actor `id`, made if new, with `mention` among its mentions. */
  readonly add: (id: string, kind: ActorKind, name: string, mention: Span) => MutableActor;
  /** The country word's own mention, without a possessive (it opens a body). */
  readonly countryWord: (country: string, word: { start: number; end: number }) => void;
}

/** The adders of `actors` for the organisations of `text`; mentions they replace go to `dropped`. */
export function orgAdder(
  text: string,
  actors: MutableActor[],
  gaz: Gazetteer,
  dropped: Span[],
): OrgAdder {
  const add = (id: string, kind: ActorKind, name: string, mention: Span): MutableActor => {
    let actor = actors.find(a => a.id === id);
    if (actor === undefined) {
      actor = newActor(id, kind, name);
      const known = gaz.actors.get(id);
      if (known !== undefined) {
        actor.iso3 = known.iso3;
        actor.wikidataId = known.wikidataId;
        actor.aliases = [...known.aliases];
      }
      actors.push(actor);
    }
    if (!actor.mentions.some(m => m.start === mention.start && m.end === mention.end)) {
      actor.mentions.push(mention);
    }
    return actor;
  };

  /** The country word's own mention, without a possessive (it opens a body). */
  const countryWord = (country: string, word: { start: number; end: number }): void => {
    const owner = actors.find(a => a.id === country);
    const old = owner?.mentions.find(x => x.start < word.end && word.start < x.end);
    if (old !== undefined && (old.start !== word.start || old.end !== word.end)) {
      dropped.push(old);
    }
    add(country, ActorKind.COUNTRY, gaz.actors.get(country)?.name ?? country, {
      ...word,
      text: text.slice(word.start, word.end),
    });
  };
  return { add, countryWord };
}
