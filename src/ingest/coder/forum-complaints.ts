/**
 * An official complaint lodged "with" an organisation of no state ("Vienna would lodge a formal
 * complaint with the European Commission if the Hungarian measure was not withdrawn", "lodged a
 * complaint with the WTO") takes the complaint to a forum: the one complained of is the state whose act
 * it answers, never the forum, which the annotations do not code as the target. No complaint (114) is
 * coded at such a forum (and so no threat that would be aimed through it, threats.ts).
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { EventContext } from './arguments';

/** Is a complaint `code` aimed through `prep` at `target` one lodged with a forum (see above)? */
export function isForumComplaint(
  ctx: EventContext,
  code: string | null,
  prep: string | null,
  target: KgActor,
): boolean {
  return (
    code === '114' &&
    prep === 'with' &&
    target.kind === ActorKind.ORGANIZATION &&
    !ctx.states.has(target.id)
  );
}
