/**
 * A state's people in office named by where they sit rather than by their state: "officials in Lusaka",
 * "the authorities in Lilongwe", "the government in Kinshasa" act for the state whose capital or name the
 * place is (arguments.ts asks here last, when no demonym or possessor of the noun names them: "US
 * officials in Kyiv" are the US's). Only these three nouns: diplomats, embassies and forces "in" a
 * capital belong to another state, and courts, parliaments and ministries are bodies of their own in the
 * gold (recog12 and neither12 measured more nouns: no change).
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import { actorAt, type CodedActors } from './actor-mentions';
import type { SentenceView } from './sentence-view';

/** Nouns for a state's people in office, named by where they sit ("officials in Lusaka"). */
const OFFICIALS: ReadonlySet<string> = new Set(['official', 'authority', 'government']);

/** The state the officials at token `i` sit in ("officials in Lusaka" → Zambia), or null. */
export function seatedOfficials(
  view: SentenceView,
  actors: CodedActors,
  i: number,
): KgActor | null {
  if (!OFFICIALS.has(view.lemma(i).toLowerCase())) {
    return null;
  }
  for (const k of view.dependents(i, 'nmod:in')) {
    const m = view.token(k);
    const a = actorAt(actors, m.characterOffsetBegin, m.characterOffsetEnd);
    if (a !== null && a.kind === ActorKind.COUNTRY) {
      return a;
    }
  }
  return null;
}
