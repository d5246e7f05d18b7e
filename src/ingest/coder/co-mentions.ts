/** The actors one mention names together (arguments.ts): "two separatist entities" names both. */
import type { KgActor } from '../../kg/kg-batch';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

/**
 * `a` and the actors named by the same mention in the sentence: "two separatist entities in eastern
 * Ukraine" names both republics.
 */
export function coMentioned(view: SentenceView, ctx: EventContext, a: KgActor): KgActor[] {
  const from = view.token(1).characterOffsetBegin;
  const to = view.token(view.size).characterOffsetEnd;
  const spans = a.mentions.filter(m => from <= m.start && m.end <= to);
  const others = ctx.actors.actors.filter(
    x =>
      x.id !== a.id &&
      x.mentions.some(m => spans.some(n => n.start === m.start && n.end === m.end)),
  );
  return [a, ...others];
}
