/**
 * An agent noun modified by coordinated demonyms names each of their states: "meets Japanese and South
 * Korean officials" acts on Japan and South Korea, "Kyrgyz and Tajik border troops" are both sides'
 * troops. The parser hangs each adjective on the noun (amod) and joins them by conj; the nearest-first
 * lookup of arguments.ts would keep only the one next to the noun.
 */
import type { KgActor } from '../../kg/kg-batch';
import { actorAt } from './actor-mentions';
import { isAgentNoun } from './agent-nouns';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

/** The actors of the coordinated capitalised modifiers of the agent noun at `i` (two or more), or []. */
export function coordinatedDemonyms(view: SentenceView, ctx: EventContext, i: number): KgActor[] {
  if (view.token(i).pos.startsWith('NNP') || !isAgentNoun(view, i)) {
    return [];
  }
  const mods = view.dependents(i, 'amod', 'compound').filter(k => k < i);
  const joined = mods.filter(k =>
    view.arcsFrom(k).some(a => a.rel.startsWith('conj') && mods.includes(a.dep)),
  );
  const coordinated = new Set(
    joined.flatMap(k => [
      k,
      ...view.dependents(k, 'conj:and', 'conj:or').filter(c => mods.includes(c)),
    ]),
  );
  const out: KgActor[] = [];
  for (const k of [...coordinated].sort((a, b) => a - b)) {
    const m = view.token(k);
    const a = /^\p{Lu}/u.test(m.word)
      ? actorAt(ctx.actors, m.characterOffsetBegin, m.characterOffsetEnd)
      : null;
    if (a === null) {
      return []; // "Japanese and local officials": not a pair of states
    }
    if (!out.some(x => x.id === a.id)) {
      out.push(a);
    }
  }
  return out.length >= 2 ? out : [];
}
