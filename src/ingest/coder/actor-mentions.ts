/**
 * The coder's actors: the gazetteer's mentions (countries with their demonyms, capitals and metonyms,
 * territories, groups, and the curated people, organisations and outlets: src/ingest/actors.ts) joined
 * with the parse's entities and the Phoenix dictionaries: PERSON entities (person-names.ts, with their
 * short forms in short-names.ts) and ORGANIZATION entities (org-names.ts: organisations, outlets and
 * state bodies). Each token of the parse then maps to the actor it names, and each actor to its state,
 * which the event rules use (no event between an actor and its own state).
 */
import type { KgActor, KgOffice, KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { extractActors } from '../actors';
import { type IgnoredSpan } from '../clean';
import type { NlpDocument } from '../nlp/corenlp.client';
import { coderGazetteer } from './actor-gazetteer';
import { FEATURES, type MutableActor, isTitleWord, mentionOf } from './name-spans';
import { codeOrganisations } from './org-names';
import { addDescribedNames } from './org-kinds';
import { dropModifierBodies } from './body-modifiers';
import { codePeople } from './person-names';
import { titledShortNames } from './short-names';
import { regroupPeople } from './org-groups';
import { slugify } from '../names';
import { bodyDescriptions } from './described-bodies';
import { type ActorReference, descriptionReferences, roleMentionsToReferences } from './references';
import { dropPlacesInNames } from './name-places';
import { joinArmedForces } from './armed-forces';
import { joinTrailingNames } from './trailing-names';
import { endsInFacility } from './facility-names';

/**
 * Words before a name that mention a person in passing, not as an actor of the story: an office held
 * then ("then prime minister X"), the dead ("the late X"), an artist ("portraits of the poet X").
 */
const PASSING_BEFORE =
  /(?:\bthen(?:[ -]\p{Ll}+){1,3}|\bthe late(?: \p{Ll}+)?|\bthe (?:poet|writer|novelist|singer|painter|composer|philosopher))\s+$/u;

/** A treaty named after a place ("the 1954 Caracas Convention", "the Paris Agreement"). */
const DOCUMENT_AFTER =
  /^\s(?:Convention|Treaty|Accords?|Agreement|Protocol|Declaration|Charter)\b/u;

/**
 * A geographic name built on a country's name or adjective, whatever the parse tagged it: the feature
 * noun before it with "of" ("the Gulf of Guinea", "the Sea of Japan"), "Lake" before it ("Lake Chad"),
 * or a water or land feature after it ("the Indian Ocean", "the South China Sea", "the Taiwan Strait";
 * not "Coast", which makes "Indian Coast Guard" a body).
 */
const FEATURE_OF_BEFORE =
  /(?:\b(?:Gulf|Bay|Sea|Strait|Straits|Ocean|Lake|Basin|Peninsula|Coast) of (?:the )?|\bLake )$/u;
const FEATURE_AFTER = /^ (?:Ocean|Sea|Gulf|Strait|Straits|Basin|Peninsula|Lake|River)\b/u;

/** Country mentions that are part of a geographic name of the parse ("Taiwan" in "Taiwan Strait"). */
function featureWords(text: string, doc: NlpDocument, actors: readonly MutableActor[]): Span[] {
  const places = doc.sentences.flatMap(s =>
    s.entitymentions
      .filter(m => m.ner === 'LOCATION' && FEATURES.has(s.tokens[m.tokenEnd - 1]?.word ?? ''))
      .map(m => ({ start: m.characterOffsetBegin, end: m.characterOffsetEnd })),
  );
  return actors
    .filter(a => a.kind === ActorKind.COUNTRY)
    .flatMap(a => a.mentions)
    .filter(
      x =>
        places.some(p => p.start <= x.start && x.end < p.end) ||
        DOCUMENT_AFTER.test(text.slice(x.end, x.end + 16)) ||
        FEATURE_OF_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start)) ||
        FEATURE_AFTER.test(text.slice(x.end, x.end + 12)),
    );
}

/**
 * A rank or title the gazetteer's rules kept at the head of a full name ("Colonel Ibrahima Diouf"
 * after "army spokesman") is not part of the name: the person is the name after it.
 */
function untitlePeople(text: string, actors: MutableActor[]): void {
  for (const a of actors.filter(x => x.kind === ActorKind.PERSON)) {
    const words = a.name.split(' ');
    if (words.length < 3 || !isTitleWord(words[0] ?? '')) {
      continue;
    }
    const name = words.slice(1).join(' ');
    const id = `person:${slugify(name)}`;
    const into = actors.find(x => x.id === id) ?? a;
    const cut = (m: Span): Span =>
      text.slice(m.start, m.end).startsWith(`${words[0] ?? ''} `)
        ? mentionOf(text, { start: m.start + (words[0] ?? '').length + 1, end: m.end })
        : m;
    into.mentions = [...(into === a ? [] : into.mentions), ...a.mentions.map(cut)];
    if (into === a) {
      Object.assign(a, { id, name });
    } else {
      a.mentions = [];
    }
  }
}

export interface CodedActors {
  readonly actors: KgActor[];
  readonly relations: KgRelation[];
  readonly offices: KgOffice[];
  /** Descriptions that stand for an actor without being its mentions (references.ts). */
  readonly references?: readonly ActorReference[];
}

/**
 * Actors of an article: gazetteer mentions first, then the parse's PERSON and ORGANIZATION entities.
 * `day` is the article's date (YYYY-MM-DD) for dated roles.
 */
export function codeActors(
  text: string,
  doc: NlpDocument,
  ignored: readonly IgnoredSpan[],
  day: string | null,
): CodedActors {
  const gaz = coderGazetteer();
  const base = extractActors(text, ignored, gaz);
  const actors: MutableActor[] = base.actors.map(a => ({
    ...a,
    aliases: [...a.aliases],
    mentions: [...a.mentions],
  }));
  dropPlacesInNames(doc, actors, text); // "Santiago Ela Nsue": a name, not Chile's capital
  const stated = new Set([
    ...base.relations.filter(r => r.type === 'OF_COUNTRY').map(r => r.fromId),
    ...base.offices.map(o => o.personId),
  ]);
  const titled = titledShortNames(actors, id => gaz.actors.has(id));
  const people = codePeople(text, doc, ignored, actors, gaz, day, stated, titled);
  const orgs = codeOrganisations(text, doc, ignored, actors, gaz);
  joinArmedForces(actors); // "Botswana Defence Force" and "Botswana's army"
  addDescribedNames(text, doc, ignored, actors);
  regroupPeople(text, doc.sentences, actors, ignored, slugify);
  untitlePeople(text, actors);
  joinTrailingNames(actors); // "Valdes Rios said" after "Mercedes Valdes Rios"
  for (const a of actors) {
    // the gazetteer's rules read "King Abdullah Canal" as a king's name: a facility is no person
    if (a.kind === ActorKind.PERSON && !gaz.actors.has(a.id) && endsInFacility(a.name)) {
      a.mentions = [];
    }
  }
  const dropped = new Set<Span>([
    ...orgs.dropped,
    ...featureWords(text, doc, actors),
    ...dropModifierBodies(text, doc, actors, id => gaz.actors.has(id)),
  ]);
  for (const a of actors) {
    a.mentions = a.mentions.filter(m => !dropped.has(m)).sort((x, y) => x.start - y.start);
    if (a.kind === ActorKind.PERSON) {
      // "Mr Asante-Boateng" (no full stop) from the gazetteer's rules: the honorific is part of it
      a.mentions = a.mentions.map(m => mentionOf(text, m, { honorific: true }));
    }
  }
  // (an outlet too: the gazetteer's rules read "the late broadcaster X" as an outlet's name)
  const once = actors.filter(
    x =>
      (x.kind === ActorKind.PERSON || x.kind === ActorKind.MEDIA_OUTLET) && x.mentions.length === 1,
  );
  for (const a of once) {
    if (
      a.mentions.every(m => PASSING_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))
    ) {
      a.mentions = []; // named in passing: "opened by then prime minister X", "the poet X"
    }
  }
  const references = [
    ...roleMentionsToReferences(actors),
    ...descriptionReferences(doc, actors, ignored),
    ...bodyDescriptions(text, doc, actors, ignored),
  ];
  const present = new Set(actors.filter(a => a.mentions.length > 0).map(a => a.id));
  const relations: KgRelation[] = [];
  for (const r of [...base.relations, ...people.relations, ...orgs.relations]) {
    const dup = relations.some(
      x => x.type === r.type && x.fromId === r.fromId && x.toId === r.toId,
    );
    if (!dup && present.has(r.fromId) && present.has(r.toId)) {
      relations.push(r);
    }
  }
  const offices = [...base.offices, ...people.offices].filter(
    o => present.has(o.personId) && present.has(o.countryId),
  );
  return {
    actors: actors.filter(a => a.mentions.length > 0),
    relations,
    offices,
    references: references.filter(r => present.has(r.actorId)),
  };
}

/** Each actor's state: itself for a country, else its OF_COUNTRY / PART_OF target or office's country. */
export function statesOf(coded: CodedActors): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of coded.actors) {
    if (a.kind === ActorKind.COUNTRY) {
      out.set(a.id, a.id);
    }
  }
  for (const r of coded.relations) {
    if ((r.type === 'OF_COUNTRY' || r.type === 'PART_OF') && !out.has(r.fromId)) {
      out.set(r.fromId, r.toId);
    }
  }
  for (const o of coded.offices) {
    if (!out.has(o.personId)) {
      out.set(o.personId, o.countryId);
    }
  }
  return out;
}

/**
 * The actor a character span of the text names (its mention covers the span), else the actor a
 * description there stands for ("the foreign minister"), or null.
 */
export function actorAt(coded: CodedActors, start: number, end: number): KgActor | null {
  const byMention =
    coded.actors.find(a => a.mentions.some(m => m.start <= start && end <= m.end)) ??
    coded.actors.find(a => a.mentions.some(m => start < m.end && m.start < end));
  if (byMention !== undefined) {
    return byMention;
  }
  const ref = coded.references?.find(r => r.start <= start && end <= r.end);
  return ref === undefined ? null : (coded.actors.find(a => a.id === ref.actorId) ?? null);
}
