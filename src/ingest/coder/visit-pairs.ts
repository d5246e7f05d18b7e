/**
 * A visit between two people is told from both sides. The annotations aim a person's visit at the
 * person who receives, hosts or meets the visitor (visit-hosts.ts), and code that person's hosting of
 * the visitor beside it (eval/README.md: "visit/host (042/043)"): "Ruiz began a state visit … he and
 * his counterpart Okoro signed" is 042 Ruiz → Okoro and 043 Okoro → Ruiz, and "Mendes, who flew in on
 * Monday and was hosted by Mr Tan" is 043 Tan → Mendes and 042 Mendes → Tan. So a done visit of one person to another gives the other's hosting of the visitor,
 * and a done hosting of one person by another gives the guest's visit, when the text tells only one.
 * Only between people: a state that hosts talks between two others is no visit of theirs, and a plan
 * ("is expected in Banjul for talks") is no hosting yet.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { EventContext } from './arguments';
import type { DraftEvent } from './draft-event';
import { isUnrealised } from './modality';

const VISIT = '042';
const HOST = '043';

/** The other side of each done person-to-person visit (042) or hosting (043): `drafts` and those. */
export function withVisitPairs(drafts: readonly DraftEvent[], ctx: EventContext): DraftEvent[] {
  const person = (id: string): boolean =>
    ctx.actors.actors.find(a => a.id === id)?.kind === ActorKind.PERSON;
  const out = [...drafts];
  for (const d of drafts) {
    const other = d.code === VISIT ? HOST : d.code === HOST ? VISIT : null;
    if (other === null || isUnrealised(d.modality) || !person(d.sourceId) || !person(d.targetId)) {
      continue;
    }
    const told = out.some(
      x => x.code === other && x.sourceId === d.targetId && x.targetId === d.sourceId,
    );
    if (!told) {
      out.push({
        ...d,
        code: other,
        sourceId: d.targetId,
        targetId: d.sourceId,
        verbPhrase: other === HOST ? 'hosted' : 'visited',
        preposition: null,
        passive: false,
        patterned: false,
      });
    }
  }
  return out;
}
