/**
 * Short forms of people's names ("Kishida", "Mr Kim", "Marcos Jr.", "President Ruto"): a mention of the
 * person of the article whose full name contains that word, the nearest one named before it, else the
 * only one named after it (a headline names "Ruto" before the text says "William Ruto"). A short form
 * no full name of the article explains is the Phoenix person whose alias it is, when exactly one
 * ("Mr. Putin" alone names Vladimir Putin), tied to the state of their role at the article's date;
 * else a titled one ("Mr Whitaker", "Admiral Senanayake") is the person of that surname,
 * `person:<slug of the surname>` (the title is never part of a name); a lone surname is left out (too
 * weak to make an actor).
 * The gazetteer's rules read "Mr Whitaker told" as a full name: such a person, whose name opens with a
 * title, is taken apart into the short form it is (`titledShortNames`).
 */
import type { KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { actorsByAlias, statesAt } from '../dictionaries/dictionary.loader';
import { slugify } from '../names';
import type { NlpToken } from '../nlp/corenlp.client';
import { type MutableActor, isTitleWord, newActor } from './name-spans';

const SUFFIX = /^(?:Jr|Sr)\.?$/;

export interface ShortName {
  /** The name without honorific or possessive ("Kim", "Marcos Jr."). */
  readonly name: string;
  readonly mention: Span;
  /** Said with a title ("Mr Kim", "Admiral Senanayake"): a person even when no full name explains it. */
  readonly titled?: boolean;
  /**
   * A one-word name the parse typed as no person ("Mena" as ORGANIZATION): only a surname of a full
   * name of the article (never its first word) explains it, never the dictionary.
   */
  readonly mistyped?: boolean;
}

/**
 * Removes from `actors` the people the gazetteer's rules made of a title and a short form ("Mr
 * Whitaker" as person:mr-whitaker), none of them `curated`, and returns their mentions as titled
 * short forms to resolve with the parse's.
 */
export function titledShortNames(
  actors: MutableActor[],
  curated: (id: string) => boolean,
): ShortName[] {
  const out: ShortName[] = [];
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i] as MutableActor;
    const parts = a.name.split(/\s+/);
    let k = 0;
    while (k < parts.length - 1 && isTitleWord(parts[k] as string)) {
      k++;
    }
    const rest = parts.slice(k);
    if (a.kind !== ActorKind.PERSON || k === 0 || curated(a.id) || !isShortWords(rest)) {
      continue;
    }
    actors.splice(i, 1);
    out.push(...a.mentions.map(mention => ({ name: rest.join(' '), mention, titled: true })));
  }
  return out.sort((x, y) => x.mention.start - y.mention.start);
}

/** One name word, or one plus a generational suffix ("Marcos Jr."). */
function isShortWords(words: readonly string[]): boolean {
  return words.length === 1 || (words.length === 2 && SUFFIX.test(words[1] ?? ''));
}

/** One name token, or one plus a generational suffix ("Marcos Jr."). */
export function isShortForm(toks: readonly NlpToken[]): boolean {
  return isShortWords(toks.map(t => t.word));
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(w => !SUFFIX.test(w));
}

/** The title-cased name of a Phoenix phrase ("VLADIMIR PUTIN" → "Vladimir Putin"). */
function titleCase(phrase: string): string {
  return phrase.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => {
    return sep + c.toUpperCase();
  });
}

/** "Mr Whitaker" with no full name to explain it: person:whitaker, named "Whitaker". */
function surnamePerson(actors: MutableActor[], s: ShortName): void {
  const id = `person:${slugify(s.name)}`;
  let person = actors.find(a => a.id === id);
  if (person === undefined) {
    person = newActor(id, ActorKind.PERSON, s.name);
    actors.push(person);
  }
  person.mentions.push(s.mention);
}

/** Adds each short form to the person it names; returns OF_COUNTRY for dictionary people added. */
export function resolveShortNames(
  shorts: readonly ShortName[],
  actors: MutableActor[],
  day: string | null,
): { relations: KgRelation[] } {
  const relations: KgRelation[] = [];
  const firstAt = (a: MutableActor): number => Math.min(...a.mentions.map(m => m.start));
  const said = (m: Span): boolean =>
    actors.some(a => a.mentions.some(x => x.start < m.end && m.start < x.end));
  for (const s of shorts) {
    if (said(s.mention)) {
      continue;
    }
    const key = words(s.name).join(' ');
    const owners = actors.filter(
      a =>
        a.kind === ActorKind.PERSON &&
        words(a.name).length > 1 &&
        words(a.name).join(' ') !== key &&
        (s.mistyped === true ? words(a.name).slice(1) : words(a.name)).includes(key),
    );
    const before = owners
      .filter(a => firstAt(a) < s.mention.start)
      .sort((x, y) => firstAt(y) - firstAt(x));
    const owner = before[0] ?? (owners.length === 1 ? owners[0] : undefined);
    if (owner !== undefined) {
      owner.mentions.push(s.mention);
      continue;
    }
    if (s.mistyped === true) {
      continue;
    }
    const dict = actorsByAlias(key).filter(a => a.kind === 'person');
    const only = dict.length === 1 ? dict[0] : undefined;
    if (only === undefined || !/\s/.test(only.name)) {
      if (s.titled === true) {
        surnamePerson(actors, s);
      }
      continue;
    }
    const id = `person:${slugify(only.name)}`;
    let person = actors.find(a => a.id === id);
    if (person === undefined) {
      person = newActor(id, ActorKind.PERSON, titleCase(only.name));
      actors.push(person);
      const states = day === null ? [] : statesAt(only.id, day);
      if (states.length === 1 && states[0] !== undefined) {
        relations.push({ type: 'OF_COUNTRY', fromId: id, toId: states[0] });
      }
    }
    person.mentions.push(s.mention);
  }
  return { relations };
}
