/**
 * A state told by its capital is one side of the article's quarrel: "he said Vilnius would send two
 * coast guard cutters", "Lima rejected what it called a smear", "Accra had paid the first instalment".
 * A wire names a state by its capital when it tells it as a party to a bilateral affair; an act of
 * such a subject that names no one it is aimed at (no fallback of event-targets.ts found one) is aimed
 * at the other side of the article's main dyad (discourse.ts), when the capital's state is one of the
 * two. Guards, since a dyad answer for any target-less act was measured far too often wrong
 * (docs/ingest.md):
 * - one doer, a state, whose mention at the subject is the capital itself ("Peru" and "officials in
 *   Lima" are not);
 * - the other side is not named in the sentence at all (named there but not as the act's target, the
 *   sentence relates the two some other way: "after Lima barred Chilean lorries");
 * - the capital is not also the subject of an infinitive below ("Lima agreed to hold a vote", "if Lima
 *   wants to talk"): the act is then the infinitive's, and what it is aimed at is told there or not at
 *   all.
 */
import { ActorKind } from '../../schema/domain.enum';
import { coderGazetteer } from './actor-gazetteer';
import type { Arg, EventContext } from './arguments';
import type { SentenceView } from './sentence-view';
import { namedStates } from './summoned-envoys';

/** Is the text `words` a capital of the state `id` in the gazetteer? */
function isCapitalOf(words: string, id: string): boolean {
  const lower = words.toLowerCase();
  return coderGazetteer().aliases.some(
    a => a.role === 'capital' && a.id === id && a.text.toLowerCase() === lower,
  );
}

/** The other state of the main dyad, for an act whose one doer is a state named by its capital. */
export function capitalCounterparts(
  view: SentenceView,
  ctx: EventContext,
  sources: readonly Arg[],
): Arg[] {
  const [source] = sources;
  if (sources.length !== 1 || source === undefined || ctx.discourse === undefined) {
    return [];
  }
  const t = view.token(source.token);
  const mention = source.actor.mentions.find(
    m => m.start <= t.characterOffsetBegin && t.characterOffsetEnd <= m.end,
  );
  const capital =
    source.actor.kind === ActorKind.COUNTRY &&
    mention !== undefined &&
    isCapitalOf(ctx.text.slice(mention.start, mention.end), source.actor.id);
  const rels = view.headArcs(source.token).map(a => a.rel);
  if (!capital || !rels.includes('nsubj') || rels.includes('nsubj:xsubj')) {
    return [];
  }
  const other = ctx.discourse.counterpart(source.actor.id);
  const actor = ctx.actors.actors.find(a => a.id === other);
  if (actor === undefined || namedStates(view, ctx, new Set()).includes(actor.id)) {
    return [];
  }
  return [{ actor, token: source.token, prep: null }];
}
