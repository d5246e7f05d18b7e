/**
 * A legislature named with no country that a speaker tells, addresses or briefs ("the minister told
 * Parliament", "Prime Minister X addressed the National Assembly") is the speaker's own state's
 * legislature, `org:<iso3>-parliament` PART_OF that state (eval/README.md): a speaker addresses the
 * chamber of the state they serve, whatever the dateline says. The speaker's state is the one the coded
 * actors already give the subject (its office, a body's state, a country word it is possessed by), else,
 * for a named person of no known state, the state of the story's dateline ("ACCRA (Wire) - Finance Minister
 * X told Parliament"); a pronoun or an unnamed "officials" leaves the chamber as it was.
 */
import type { KgActor, KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { type CodedActors, actorAt, statesOf } from './actor-mentions';
import { isLegislature } from './legislatures';
import { coderGazetteer } from './actor-gazetteer';
import { datelineState } from './state-bodies';
import { spanOf } from './name-spans';

/** Verbs whose object is the audience spoken to: "told Parliament", "briefed the Senate". */
const ADDRESS_LEMMAS: ReadonlySet<string> = new Set(['tell', 'address', 'brief', 'inform']);
const NAME_PARTS: ReadonlySet<string> = new Set(['compound', 'amod']);

/** The words of the name headed by `head`: its modifiers right before it and a capitalised "of" tail. */
function nameWords(sentence: NlpSentence, head: NlpToken): NlpToken[] {
  const deps = sentence.basicDependencies.filter(d => d.governor === head.index);
  let first = head.index;
  while (deps.some(d => d.dependent === first - 1 && NAME_PARTS.has(d.dep))) {
    first--;
  }
  let last = head.index;
  // "House of Assembly": "of" and the capitalised noun it marks
  const of = sentence.tokens[head.index];
  const tail = sentence.tokens[head.index + 1];
  if (of?.word === 'of' && tail !== undefined && /^\p{Lu}/u.test(tail.word)) {
    if (deps.some(d => d.dependent === tail.index && d.dep === 'nmod')) {
      last = tail.index;
    }
  }
  return sentence.tokens.slice(first - 1, last);
}

/** The state of the subject `subject`: its own actor's, else its apposition's or its possessor's. */
function subjectState(
  sentence: NlpSentence,
  subject: NlpToken,
  coded: CodedActors,
  states: ReadonlyMap<string, string>,
  home: string | null,
): string | null {
  const linked = sentence.basicDependencies
    .filter(d => d.governor === subject.index && (d.dep === 'appos' || d.dep === 'nmod:poss'))
    .map(d => sentence.tokens[d.dependent - 1]);
  let person = false;
  for (const t of [subject, ...linked]) {
    if (t === undefined || t.pos.startsWith('PRP')) {
      continue;
    }
    const actor = actorAt(coded, t.characterOffsetBegin, t.characterOffsetEnd);
    const state = actor === null ? undefined : states.get(actor.id);
    if (state !== undefined) {
      return state;
    }
    person ||= actor?.kind === ActorKind.PERSON;
  }
  // a person of no known state addresses the chamber of the state the story is told from
  return person ? home : null;
}

/** The legislatures addressed in `doc`: their spans and the speaker's state. */
function addressed(
  text: string,
  doc: NlpDocument,
  coded: CodedActors,
): { span: { start: number; end: number }; name: string; state: string }[] {
  const states = statesOf(coded);
  const home = datelineState(text, coderGazetteer());
  const out: { span: { start: number; end: number }; name: string; state: string }[] = [];
  for (const sentence of doc.sentences) {
    for (const d of sentence.basicDependencies) {
      const verb = sentence.tokens[d.governor - 1];
      const head = sentence.tokens[d.dependent - 1];
      if (d.dep !== 'obj' || verb === undefined || head === undefined) {
        continue;
      }
      if (!ADDRESS_LEMMAS.has(verb.lemma) || !verb.pos.startsWith('VB')) {
        continue;
      }
      const words = nameWords(sentence, head);
      const subject = sentence.basicDependencies.find(
        s => s.governor === verb.index && s.dep === 'nsubj',
      );
      const who = sentence.tokens[(subject?.dependent ?? 0) - 1];
      if (!isLegislature(words) || who === undefined) {
        continue;
      }
      const state = subjectState(sentence, who, coded, states, home);
      if (state !== null) {
        const span = spanOf(words);
        out.push({ span, name: words.map(t => t.word).join(' '), state });
      }
    }
  }
  return out;
}

/** The coded actors with each addressed legislature read as the speaker's state's (see above). */
export function withAddressedLegislatures(
  text: string,
  doc: NlpDocument,
  coded: CodedActors,
): CodedActors {
  const found = addressed(text, doc, coded);
  if (found.length === 0) {
    return coded;
  }
  const overlaps = (m: Span): boolean =>
    found.some(f => m.start < f.span.end && f.span.start < m.end);
  // the chamber's words leave whatever other body had them ("org:national-assembly", the dateline's)
  let actors: KgActor[] = coded.actors
    .map(a =>
      a.kind === ActorKind.COUNTRY ? a : { ...a, mentions: a.mentions.filter(m => !overlaps(m)) },
    )
    .filter(a => a.mentions.length > 0);
  const relations: KgRelation[] = [...coded.relations];
  for (const f of found) {
    const id = `org:${f.state.slice('country:'.length).toLowerCase()}-parliament`;
    const mention: Span = { ...f.span, text: text.slice(f.span.start, f.span.end) };
    const known = actors.find(a => a.id === id);
    actors = known
      ? actors.map(a =>
          a.id === id
            ? { ...a, mentions: [...a.mentions, mention].sort((x, y) => x.start - y.start) }
            : a,
        )
      : [
          ...actors,
          {
            id,
            kind: ActorKind.ORGANIZATION,
            name: f.name,
            aliases: [],
            iso3: null,
            wikidataId: null,
            description: null,
            mentions: [mention],
          },
        ];
    if (!relations.some(r => r.type === 'PART_OF' && r.fromId === id)) {
      relations.push({ type: 'PART_OF', fromId: id, toId: f.state });
    }
  }
  const present = new Set(actors.map(a => a.id));
  return {
    ...coded,
    actors,
    relations: relations.filter(r => present.has(r.fromId) && present.has(r.toId)),
    offices: coded.offices.filter(o => present.has(o.personId)),
    references: coded.references?.filter(r => present.has(r.actorId)),
  };
}
