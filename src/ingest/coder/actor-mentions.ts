/**
 * The coder's actors: the gazetteer's mentions (countries with their demonyms, capitals and metonyms,
 * outlets, organisations, known people: src/ingest/actors.ts) joined with the parse's PERSON entities
 * and the Phoenix dictionaries:
 * - a PERSON entity no gazetteer entry covers becomes `person:<slug>`; the Phoenix actor of that name,
 *   when it has a dated role at the article's date, ties the person to that state (OF_COUNTRY);
 * - a later short form ("Kishida", "Mr Kim", "Marcos Jr.") is a mention of the full name already named;
 * - the possessive "'s" is never part of a name.
 * Each token of the parse then maps to the actor it names, and each actor to its state, which the event
 * rules use (no event between an actor and its own state).
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor, KgOffice, KgRelation, Span } from '../../kg/kg-batch';
import { extractActors } from '../actors';
import { type IgnoredSpan } from '../clean';
import { slugify } from '../names';
import { actorsByAlias, statesAt } from '../dictionaries/dictionary.loader';
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../nlp/corenlp.client';

export interface CodedActors {
  readonly actors: KgActor[];
  readonly relations: KgRelation[];
  readonly offices: KgOffice[];
}

interface MutableActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  iso3: string | null;
  wikidataId: string | null;
  description: string | null;
  mentions: Span[];
}

const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

function overlapsAny(s: { start: number; end: number }, spans: readonly Span[]): boolean {
  return spans.some(m => s.start < m.end && m.start < s.end);
}

/** The entity's tokens without a trailing possessive or leading title. */
function nameTokens(sentence: NlpSentence, m: NlpEntityMention): NlpSentence['tokens'][number][] {
  const toks = sentence.tokens.slice(m.tokenBegin, m.tokenEnd).filter(t => t.pos !== 'POS');
  while (toks.length > 0 && TITLES.has((toks[0]?.word ?? '').toLowerCase())) {
    toks.shift();
  }
  return toks;
}

/** The state a Phoenix person belonged to on `day`, when exactly one. */
function phoenixState(name: string, day: string | null): string | null {
  if (day === null) {
    return null;
  }
  const states = new Set(
    actorsByAlias(name)
      .filter(a => a.kind === 'person')
      .flatMap(a => statesAt(a.id, day)),
  );
  return states.size === 1 ? ([...states][0] ?? null) : null;
}

/**
 * Actors of an article: gazetteer mentions first, then PERSON entities of the parse. `day` is the
 * article's date (YYYY-MM-DD) for dated roles.
 */
export function codeActors(
  text: string,
  doc: NlpDocument,
  ignored: readonly IgnoredSpan[],
  day: string | null,
): CodedActors {
  const base = extractActors(text, ignored);
  const actors: MutableActor[] = base.actors.map(a => ({
    ...a,
    aliases: [...a.aliases],
    mentions: [...a.mentions],
  }));
  const relations = [...base.relations];
  const offices = [...base.offices];
  const taken = (): Span[] => actors.flatMap(a => a.mentions);
  const people = actors.filter(a => a.kind === ActorKind.PERSON);

  for (const sentence of doc.sentences) {
    for (const m of sentence.entitymentions) {
      if (m.ner !== 'PERSON') {
        continue;
      }
      const toks = nameTokens(sentence, m);
      const first = toks[0];
      const last = toks[toks.length - 1];
      if (first === undefined || last === undefined) {
        continue;
      }
      const span = { start: first.characterOffsetBegin, end: last.characterOffsetEnd };
      if (overlapsAny(span, ignored) || overlapsAny(span, taken())) {
        continue;
      }
      const name = text.slice(span.start, span.end);
      const mention = { ...span, text: name };
      if (toks.length === 1 || (toks.length === 2 && /^Jr\.?$/.test(last.word))) {
        // a short form: the person of that surname (or "Marcos Jr.") named in full earlier
        const short = name.replace(/\s+Jr\.?$/, '');
        const full = [...people]
          .reverse()
          .find(p => p.name.split(/\s+/).includes(short) && p.name !== short);
        full?.mentions.push(mention);
        continue;
      }
      const id = `person:${slugify(name)}`;
      let person = actors.find(a => a.id === id);
      if (person === undefined) {
        person = {
          id,
          kind: ActorKind.PERSON,
          name,
          aliases: [],
          iso3: null,
          wikidataId: null,
          description: null,
          mentions: [],
        };
        actors.push(person);
        people.push(person);
        const state = phoenixState(name, day);
        if (state !== null && actors.some(a => a.id === state)) {
          relations.push({ type: 'OF_COUNTRY', fromId: id, toId: state });
        }
      }
      person.mentions.push(mention);
    }
  }
  for (const a of actors) {
    a.mentions.sort((x, y) => x.start - y.start);
  }
  return { actors, relations, offices };
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

/** The actor a character span of the text names (its mention covers the span), or null. */
export function actorAt(coded: CodedActors, start: number, end: number): KgActor | null {
  return (
    coded.actors.find(a => a.mentions.some(m => m.start <= start && end <= m.end)) ??
    coded.actors.find(a => a.mentions.some(m => start < m.end && m.start < end)) ??
    null
  );
}
