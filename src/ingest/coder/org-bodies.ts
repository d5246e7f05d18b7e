/**
 * Lower-case state bodies (body-phrases.ts: "Belize's foreign ministry") as organisations of the
 * article (org-names.ts), PART_OF their state: "Malta court" is the "Court of Appeal" already named,
 * and an embassy or consulate is its state.
 */
import type { KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { NlpDocument } from '../nlp/corenlp.client';
import { type MutableActor, overlapsAny } from './name-spans';
import { bodyPhrases } from './body-phrases';
import type { OrgAdder } from './org-actors';
import { isMission } from './state-bodies';

/** Adds the lower-case bodies to `actors` (with the `OrgAdder`) and their PART_OF to `relations`. */
export function codeBodyPhrases(
  text: string,
  doc: NlpDocument,
  gaz: Gazetteer,
  ignored: readonly Span[],
  actors: MutableActor[],
  { add, countryWord }: OrgAdder,
  relations: KgRelation[],
): void {
  // lower-case bodies ("Belize's foreign ministry"); "Malta court" is the "Court of Appeal" named
  for (const b of bodyPhrases(text, doc, gaz)) {
    const clash = actors.some(
      a =>
        a.id !== b.countryId &&
        a.mentions.some(x => x.start < b.mention.end && b.mention.start < x.end),
    );
    if (clash || overlapsAny(b.mention, ignored)) {
      continue;
    }
    if (isMission(b.slug)) {
      if (b.countryWord !== undefined) {
        countryWord(b.countryId, b.countryWord); // "Costa Rica's embassy" is Costa Rica
      }
      continue;
    }
    const prefix = `org:${b.countryId.slice('country:'.length).toLowerCase()}-`;
    const named = actors.find(
      a => a.id.startsWith(prefix) && a.id.slice(prefix.length).split('-').includes(b.slug),
    );
    const bodyId = named?.id ?? `${prefix}${b.slug}`;
    add(bodyId, ActorKind.ORGANIZATION, b.name, b.mention);
    if (b.countryWord !== undefined) {
      countryWord(b.countryId, b.countryWord);
    }
    if (!relations.some(r => r.fromId === bodyId)) {
      relations.push({ type: 'PART_OF', fromId: bodyId, toId: b.countryId });
    }
  }
}
