/**
 * A place's name inside a person's name is part of the name, not a mention of the place: "Santiago Ela
 * Nsue" is Equatorial Guinea's president, not Chile's capital; "Jordan Bardella" is no mention of Jordan.
 * The gazetteer reads names word by word; the parse's PERSON entity sees the whole name. A state or
 * territory mention that lies inside a longer PERSON entity is dropped, so that the person's name is free
 * for person-names.ts. Nor is a demonym the parse keeps inside one word with a prefix before it
 * ("the Inter-American Commission on Human Rights", "Pan-African"): the parse splits "Emirati-owned"
 * and "Sino-Russian" at the hyphen but keeps prefixes whole, so a place mention that starts inside a
 * token is part of another word.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { NlpDocument } from '../nlp/corenlp.client';
import type { MutableActor } from './name-spans';
import { isDatelinePart } from './org-groups';

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Kinds the gazetteer finds by a place's name (a state, its capital, a territory). */
const PLACE_KINDS: ReadonlySet<ActorKind> = new Set([ActorKind.COUNTRY, ActorKind.TERRITORY]);

/** The spans of the parse's PERSON entities of more than one token. */
function personNames(doc: NlpDocument): Range[] {
  return doc.sentences.flatMap(s =>
    s.entitymentions
      .filter(m => m.ner === 'PERSON' && m.tokenEnd - m.tokenBegin > 1)
      .map(m => ({ start: m.characterOffsetBegin, end: m.characterOffsetEnd })),
  );
}

/** The starts of the parse's tokens: a mention starting elsewhere starts inside a word. */
function tokenStarts(doc: NlpDocument): Set<number> {
  return new Set(doc.sentences.flatMap(s => s.tokens.map(t => t.characterOffsetBegin)));
}

/** Inside the dateline's outlet, "SAN JOSE (Central American Wire) -": the story's source, no actor. */
function inDatelineOutlet(text: string, m: Range): boolean {
  const open = text.lastIndexOf('(', m.start);
  const close = text.indexOf(')', open);
  return (
    open !== -1 &&
    m.end <= close &&
    !text.slice(open, close).includes('\n') &&
    isDatelinePart(text, { start: open + 1, end: close })
  );
}

/**
 * Drops place mentions inside a longer PERSON entity of the parse, those that start inside one of its
 * tokens, and those in the dateline's outlet name; returns the dropped spans.
 */
export function dropPlacesInNames(doc: NlpDocument, actors: MutableActor[], text = ''): Range[] {
  const names = personNames(doc);
  const starts = tokenStarts(doc);
  const dropped: Range[] = [];
  for (const a of actors.filter(x => PLACE_KINDS.has(x.kind))) {
    const inside = a.mentions.filter(
      m =>
        names.some(
          n => n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start,
        ) ||
        (starts.size > 0 && !starts.has(m.start)) ||
        inDatelineOutlet(text, m),
    );
    a.mentions = a.mentions.filter(m => !inside.includes(m));
    dropped.push(...inside);
  }
  return dropped;
}
