/**
 * Actor mentions from gazetteer matches plus a few in-article resolution rules:
 * - longest match first, non-overlapping, never inside an ignored span;
 * - names match case-sensitively ("US" is a country, "us" is not); a lowercase alias ("hostile
 *   forces") also matches capitalised at the start of a sentence;
 * - demonyms ("North Korean", "anti-Japanese"), capitals ("Pyongyang") and metonyms ("the Kremlin")
 *   stand for their state; "<Demonym> government" is one mention of the state;
 * - people: titles ("Mr.", "Dr.") stay in the mention; a bare or titled surname ("Mr. Kim") resolves
 *   to the person of that surname named in full in the article (the nearest earlier one); a surname
 *   marked unique in the gazetteer ("Putin") resolves on its own; a titled full name not in the
 *   gazetteer ("Foreign Minister Dmytro Kuleba") makes a new person:<slug>, and so do a role in
 *   apposition ("His spokesman, Manuel Adorni,") and a bare full name that says something (people.ts);
 *   "the Argentine leader" is also a mention of the leader of Argentina the article named;
 * - outlets: "the Spanish news agency EFE", "state broadcaster NHK" (outlets.ts), and their later names;
 * - bare "Korea" is the Korea the article already named (North or South), else nothing;
 * - plural references to the Donbas entities ("two “people's republics” in eastern Ukraine") are one
 *   mention of each;
 * - "<Demonym> Foreign Ministry" and similar bodies become organisations PART_OF their country; an
 *   embassy or consulate is no body of its own but its state (the gold's convention: "Costa Rica's
 *   embassy" is a mention of Costa Rica), so it is left to the country word.
 */
import { ActorKind } from '../schema/domain.enum';
import type { Span } from '../kg/kg-batch';
import { overlapsAny } from './clean';
import { type CandidateMention, slugify } from './names';
import { outletCandidates } from './outlets';
import {
  appositionPeople,
  roleHolders,
  roleReferences,
  speakingPeople,
  titledPeople,
} from './people';
import { type Gazetteer, loadGazetteer } from './gazetteer/gazetteer';
import { gazetteerCandidates, normalise, select } from './actor-aliases.matcher';
import { bodyCandidates, territoryGroupCandidates } from './actor-bodies.matcher';
import {
  type NamedPerson,
  firstOfEach,
  koreaCandidates,
  laterNames,
  surnameCandidates,
  withPossessive,
} from './actor-references.resolver';
import { type ActorExtraction, actorRecords } from './actor-records.builder';

export type { ActorExtraction };
export { slugify };

type Mention = CandidateMention;

/** Finds the actors of an article; mentions never overlap `ignored`. */
export function extractActors(
  text: string,
  ignored: readonly Span[],
  gaz: Gazetteer = loadGazetteer(),
): ActorExtraction {
  const norm = normalise(text);
  const allowed = (m: Mention): boolean => !overlapsAny(m.start, m.end, ignored);

  const taken: Mention[] = [];
  select(
    [
      ...gazetteerCandidates(norm, gaz),
      ...territoryGroupCandidates(norm, gaz),
      ...bodyCandidates(norm, gaz),
    ].filter(allowed),
    taken,
  );
  const [titled, titledFound] = titledPeople(norm, taken, gaz);
  select(titled.filter(allowed), taken);
  const [apposed, apposedFound] = appositionPeople(norm, taken, gaz);
  select(apposed.filter(allowed), taken);
  const [speaking, speakingFound] = speakingPeople(norm, taken);
  select(speaking.filter(allowed), taken);
  const newPeople = firstOfEach([...titledFound, ...apposedFound, ...speakingFound]);
  const [outletMentions, newOutlets] = outletCandidates(norm, taken, gaz);
  select(outletMentions.filter(allowed), taken);
  select(laterNames(norm, newOutlets).filter(allowed), taken);

  const named = new Map<string, NamedPerson>();
  for (const t of taken) {
    const id = t.ids[0] as string;
    const actor = gaz.actors.get(id);
    const fresh = newPeople.find(p => p.id === id);
    const surnames =
      actor?.kind === ActorKind.PERSON ? actor.surnames : fresh ? [fresh.surname] : [];
    if (surnames.length > 0 && (t.role === 'name' || t.role === 'person')) {
      const prev = named.get(id);
      named.set(id, {
        id,
        surnames,
        firstAt: Math.min(prev?.firstAt ?? t.start, t.start),
        gender: actor?.gender ?? null,
      });
    }
  }
  select(surnameCandidates(norm, [...named.values()]).filter(allowed), taken);
  select(koreaCandidates(norm, taken).filter(allowed), taken);
  // "the Argentine leader": overlaps the country's mention on purpose, so it is added, not selected
  taken.push(...roleReferences(norm, taken, roleHolders(taken, newPeople, gaz)).filter(allowed));

  // one mention per actor id; an organisation also mentions its country by the word that names it
  const byId = new Map<string, Span[]>();
  const addMention = (id: string, start: number, end: number): void => {
    byId.set(id, [...(byId.get(id) ?? []), { start, end, text: text.slice(start, end) }]);
  };
  for (const raw of taken) {
    const m = raw.role === 'organization' ? raw : withPossessive(norm, raw);
    for (const id of m.ids) {
      addMention(id, m.start, m.end);
    }
    if (m.role === 'organization') {
      const word = [...gaz.countryWords.keys()]
        .filter(w => norm.startsWith(w, m.start))
        .sort((a, b) => b.length - a.length)[0];
      const country = word === undefined ? undefined : gaz.countryWords.get(word);
      if (word !== undefined && country !== undefined) {
        addMention(country, m.start, m.start + word.length);
      }
    }
  }
  return actorRecords(byId, gaz, newPeople, newOutlets);
}
