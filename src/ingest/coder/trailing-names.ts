/**
 * A person named by the last two or more words of a longer name said before ("Lopez Garcia said" after
 * "Ana Maria Lopez Garcia", a double surname) is that person, whichever finder made the shorter name
 * (the gazetteer's rules read "Lopez Garcia said" as a full name of its own): its mentions join the
 * nearest such person named before it.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { MutableActor } from './name-spans';

const firstAt = (a: MutableActor): number => Math.min(...a.mentions.map(m => m.start));

export function joinTrailingNames(actors: readonly MutableActor[]): void {
  const people = actors.filter(a => a.kind === ActorKind.PERSON && a.mentions.length > 0);
  for (const short of people) {
    if (short.name.split(/\s+/).length < 2) {
      continue;
    }
    const at = firstAt(short);
    const fuller = people
      .filter(a => a !== short && a.mentions.length > 0 && a.name.endsWith(` ${short.name}`))
      .filter(a => firstAt(a) < at)
      .sort((x, y) => firstAt(y) - firstAt(x))[0];
    if (fuller !== undefined) {
      fuller.mentions.push(...short.mentions);
      short.mentions = [];
    }
  }
}
