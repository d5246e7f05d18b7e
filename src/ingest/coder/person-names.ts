/**
 * People from the parse's PERSON entities that the gazetteer did not already name:
 * - a full name (two tokens or more, not "Marcos Jr.") is `person:<slug of the name>`; the possessive
 *   is never part of the name, an honorific before it and a possessive after it are part of the mention;
 * - its office: a leader's title right before the name ("Kenyan President William Ruto") with the
 *   country word before that title gives an office; else a role in apposition with its country ("X,
 *   the foreign minister of Eswatini,") or the Phoenix person of that name with a role at the article's
 *   date ties the person to that state (OF_COUNTRY), for the officials roll-up;
 * - a short form (short-names.ts) is a mention of the full name of the article it names; `titled` are
 *   the titled short forms the gazetteer's rules took for full names ("Mr Whitaker").
 * The title, role and Phoenix readings that give a state are person-states.ts's.
 * Guards: capitalised tokens only, no pronouns, nothing inside boilerplate or another actor's mention.
 */
import type { KgOffice, KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { slugify } from '../names';
import type { NlpDocument, NlpEntityMention, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import {
  FEATURES,
  type MutableActor,
  entityTokens,
  isProperName,
  isTitleWord,
  mentionOf,
  newActor,
  overlapsAny,
  spanOf,
} from './name-spans';
import { isDatelinePart, isNotPerson } from './org-groups';
import { appositionCountry, leaderBefore, phoenixState } from './person-states';
import { type ShortName, isShortForm, resolveShortNames } from './short-names';

/**
 * "Amani Mwakyusa's" where the gazetteer's rules took only "Mwakyusa's": the full name replaces the
 * surname mentions of the same person it covers. True when it did.
 */
function widens(actors: readonly MutableActor[], id: string, mention: Span): boolean {
  const person = actors.find(a => a.id === id);
  const covered = person?.mentions.filter(m => mention.start <= m.start && m.end <= mention.end);
  const others = actors.some(
    a => a.id !== id && a.mentions.some(m => m.start < mention.end && mention.start < m.end),
  );
  if (person === undefined || covered === undefined || covered.length === 0 || others) {
    return false;
  }
  person.mentions = [...person.mentions.filter(m => !covered.includes(m)), mention];
  return true;
}

/** Entity types the parse gives a lone surname it does not know for a person's ("Mena said"). */
const SURNAME_MISTYPES: ReadonlySet<string> = new Set(['ORGANIZATION', 'MISC', 'LOCATION']);

/**
 * A one-word name the parse typed as an organisation, a place or MISC, which may be a person's surname
 * used alone after the full name ("Álvaro Mena Solís ... Mena said", where NER tagged "Mena"
 * ORGANIZATION): the candidate short form, resolved only onto a full name of the article.
 */
function mistypedSurname(
  text: string,
  sentence: NlpSentence,
  m: NlpEntityMention,
): (Span & { text: string }) | null {
  if (!SURNAME_MISTYPES.has(m.ner)) {
    return null;
  }
  const toks = entityTokens(sentence, m);
  const word = toks[0];
  if (toks.length !== 1 || word === undefined || !/^\p{Lu}\p{Ll}+$/u.test(word.word)) {
    return null;
  }
  const span = spanOf(toks);
  return isProperName(text, toks) ? { ...span, text: text.slice(span.start, span.end) } : null;
}

/**
 * A PERSON entity that names a place or a thing, by the grammar of names: a person's name takes no
 * article ("the Amber Dawn had been boarded", "received at the Amiri Diwan": a ship, a palace), and a
 * name ending in a geographic feature noun is a place ("fishermen in Piran Bay").
 */
function isThingName(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  const last = toks[toks.length - 1];
  if (last !== undefined && FEATURES.has(last.word)) {
    return true;
  }
  const inName = new Set(toks.map(t => t.index));
  return sentence.basicDependencies.some(d => {
    const det = sentence.tokens[d.dependent - 1];
    return (
      d.dep === 'det' &&
      inName.has(d.governor) &&
      d.dependent === (toks[0]?.index ?? 0) - 1 &&
      /^(?:the|a|an)$/i.test(det?.word ?? '')
    );
  });
}

export interface CodedPeople {
  readonly relations: KgRelation[];
  readonly offices: KgOffice[];
}

/** Adds the article's people to `actors`; `day` is the article's date for Phoenix roles. */
export function codePeople(
  text: string,
  doc: NlpDocument,
  ignored: readonly Span[],
  actors: MutableActor[],
  gaz: Gazetteer,
  day: string | null,
  stated: ReadonlySet<string> = new Set(),
  titled: readonly ShortName[] = [],
): CodedPeople {
  const relations: KgRelation[] = [];
  const offices: KgOffice[] = [];
  // the titled short forms the gazetteer's rules found first: their mentions keep the title
  const shorts: ShortName[] = [...titled];
  const taken = (): Span[] => actors.flatMap(a => a.mentions);
  for (const sentence of doc.sentences) {
    for (const m of sentence.entitymentions) {
      if (m.ner !== 'PERSON') {
        const word = mistypedSurname(text, sentence, m);
        if (word !== null && !overlapsAny(word, ignored) && !overlapsAny(word, taken())) {
          shorts.push({ name: word.text, mention: mentionOf(text, word), mistyped: true });
        }
        continue;
      }
      const toks = entityTokens(sentence, m);
      // a rank or title the parse kept in the name ("Colonel Ibrahima Diouf") is not part of it
      while (toks.length > 2 && isTitleWord(toks[0]?.word ?? '')) {
        toks.shift();
      }
      // groups and outlets the parse took for people are org-names.ts's ("Radio Kypros"), and the
      // dateline's outlet is the story's source ("DILI (Tasi Mane News) -")
      if (
        !isProperName(text, toks) ||
        isNotPerson(sentence, toks) ||
        isThingName(sentence, toks) ||
        isDatelinePart(text, spanOf(toks))
      ) {
        continue;
      }
      const span = spanOf(toks);
      const mention = mentionOf(text, span, { honorific: true });
      const name = text.slice(span.start, span.end);
      const known = actors.find(a => a.id === `person:${slugify(name)}`);
      if (known !== undefined && !stated.has(known.id) && !isShortForm(toks)) {
        // a person the gazetteer's rules found with no state: "X, the foreign minister of Eswatini,"
        const country = appositionCountry(sentence, toks, gaz);
        if (country !== null && !relations.some(r => r.fromId === known.id)) {
          relations.push({ type: 'OF_COUNTRY', fromId: known.id, toId: country });
        }
      }
      if (widens(actors, `person:${slugify(name)}`, mention)) {
        continue;
      }
      if (overlapsAny(span, ignored) || overlapsAny(span, taken())) {
        continue;
      }
      if (isShortForm(toks)) {
        const before = sentence.tokens[(toks[0] as NlpToken).index - 2];
        shorts.push({ name, mention, titled: before !== undefined && isTitleWord(before.word) });
        continue;
      }
      // the last words of a longer name said before: "Reyes Carranza" after "Osmin Reyes Carranza"
      const fuller = actors.find(
        a => a.kind === ActorKind.PERSON && a.name.endsWith(` ${name}`) && a.mentions.length > 0,
      );
      if (fuller !== undefined) {
        fuller.mentions.push(mention);
        continue;
      }
      const id = `person:${slugify(name)}`;
      let person = actors.find(a => a.id === id);
      if (person === undefined) {
        person = newActor(id, ActorKind.PERSON, name);
        actors.push(person);
        const first = toks[0] as NlpToken;
        const leader = leaderBefore(sentence, first, gaz);
        const state =
          leader?.countryId ?? appositionCountry(sentence, toks, gaz) ?? phoenixState(name, day);
        if (leader !== null) {
          const country = gaz.actors.get(leader.countryId);
          offices.push({
            personId: id,
            countryId: leader.countryId,
            title: `${leader.title} of ${country?.name ?? leader.countryId}`,
            role: leader.role,
            since: null,
            until: null,
          });
        }
        if (state !== null) {
          relations.push({ type: 'OF_COUNTRY', fromId: id, toId: state });
        }
      }
      person.mentions.push(mention);
    }
  }
  const resolved = resolveShortNames(shorts, actors, day);
  relations.push(...resolved.relations);
  return { relations, offices };
}
