/**
 * "the government" acted on by a party, union or lawmaker of no known state: an opposition party that
 * "accused the government of setting a dangerous precedent", a union that "accused the federal
 * government of leaving its members alone", a lawmaker who "urged the government to demand
 * compensation" speak of their own government, not of the foreign state the description resolves to
 * from its context (references.ts takes the one state named nearby). With no state for the speaker,
 * the government meant is unknown, so no event is coded on it. The source is a body the gazetteer does
 * not know (a party, a union, a movement: the known ones are international bodies, NGOs and companies,
 * whose "the government" is the state of the context), or anyone in a sentence that names the
 * opposition.
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { coderGazetteer } from './actor-gazetteer';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';

/** Heads of a description that stands for a government. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'administration', 'cabinet']);

/** True when `target` at token `k` is "the government" resolved from context, not named. */
function isGovernmentDescription(view: SentenceView, k: number, target: KgActor): boolean {
  const t = view.token(k);
  if (!GOVERNMENT_NOUNS.has(t.word.toLowerCase())) {
    return false;
  }
  return !target.mentions.some(
    m => m.start < t.characterOffsetEnd && t.characterOffsetBegin < m.end,
  );
}

/**
 * True when the act of `source` on "the government" at token `k` (resolved to `target`) should not
 * be coded: the source is a non-state actor of no known state (see above).
 */
export function isOwnGovernment(
  view: SentenceView,
  ctx: EventContext,
  source: KgActor,
  k: number,
  target: KgActor,
): boolean {
  if (source.kind === ActorKind.COUNTRY || ctx.states.has(source.id)) {
    return false;
  }
  const local = source.kind === ActorKind.ORGANIZATION && !coderGazetteer().actors.has(source.id);
  const opposition = view.sentence.tokens.some(t => t.word.toLowerCase() === 'opposition');
  return (local || opposition) && isGovernmentDescription(view, k, target);
}
