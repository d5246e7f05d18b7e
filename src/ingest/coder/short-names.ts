/**
 * Short forms of people's names ("Kishida", "Mr Kim", "Marcos Jr.", "President Ruto"): a mention of the
 * person of the article whose full name contains that word, the nearest one named before it, else the
 * only one named after it (a headline names "Ruto" before the text says "William Ruto"). A short form
 * no full name of the article explains is the Phoenix person whose alias it is, when exactly one
 * ("Mr. Putin" alone names Vladimir Putin), tied to the state of their role at the article's date;
 * otherwise it is left out (a lone surname is too weak to make an actor).
 */
import type { KgRelation, Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { actorsByAlias, statesAt } from '../dictionaries/dictionary.loader';
import { slugify } from '../names';
import type { NlpToken } from '../nlp/corenlp.client';
import { type MutableActor, newActor } from './name-spans';

const SUFFIX = /^(?:Jr|Sr)\.?$/;

export interface ShortName {
  /** The name without honorific or possessive ("Kim", "Marcos Jr."). */
  readonly name: string;
  readonly mention: Span;
}

/** One name token, or one plus a generational suffix ("Marcos Jr."). */
export function isShortForm(toks: readonly NlpToken[]): boolean {
  return toks.length === 1 || (toks.length === 2 && SUFFIX.test(toks[1]?.word ?? ''));
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

/** Adds each short form to the person it names; returns OF_COUNTRY for dictionary people added. */
export function resolveShortNames(
  shorts: readonly ShortName[],
  actors: MutableActor[],
  day: string | null,
): { relations: KgRelation[] } {
  const relations: KgRelation[] = [];
  const firstAt = (a: MutableActor): number => Math.min(...a.mentions.map(m => m.start));
  for (const s of shorts) {
    const key = words(s.name).join(' ');
    const owners = actors.filter(
      a =>
        a.kind === ActorKind.PERSON &&
        words(a.name).length > 1 &&
        words(a.name).join(' ') !== key &&
        words(a.name).includes(key),
    );
    const before = owners
      .filter(a => firstAt(a) < s.mention.start)
      .sort((x, y) => firstAt(y) - firstAt(x));
    const owner = before[0] ?? (owners.length === 1 ? owners[0] : undefined);
    if (owner !== undefined) {
      owner.mentions.push(s.mention);
      continue;
    }
    const dict = actorsByAlias(key).filter(a => a.kind === 'person');
    const only = dict.length === 1 ? dict[0] : undefined;
    if (only === undefined || !/\s/.test(only.name)) {
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
