/**
 * A state's nationals named by its plural demonym ("deport up to 10,000 undocumented Haitians",
 * "arrested 40 Nigerians"): the gazetteer tags "Haitian" as Haiti's demonym but not the plural noun,
 * and the annotations code force done to a state's nationals as done to the state (eval/README.md).
 * Read for the object (or passive subject) of a force act only (roots 16-20: reduced relations,
 * sanctions, arrests, deportations, assaults), and only for a state the article already names:
 * "required Skopje to add Bulgarians to its constitution" is no act on Bulgaria.
 */
import type { KgActor } from '../../kg/kg-batch';
import { coderGazetteer } from './actor-gazetteer';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

/** Roots of force done to people: sanctions, coercion, assault, fighting (16-20). */
const FORCE_ROOTS: readonly string[] = ['16', '17', '18', '19', '20'];

let demonyms: ReadonlyMap<string, string> | undefined;

/** Demonym (as written) → state id, from the gazetteer's demonym aliases. */
function demonymStates(): ReadonlyMap<string, string> {
  if (demonyms === undefined) {
    const out = new Map<string, string>();
    for (const a of coderGazetteer().aliases) {
      if (a.role === 'demonym' && a.secondary !== true) {
        out.set(a.text, a.id);
      }
    }
    demonyms = out;
  }
  return demonyms;
}

/** The state whose nationals the plural noun at `i` names ("Haitians" → Haiti), or null. */
function nationalsState(view: SentenceView, ctx: EventContext, i: number): KgActor | null {
  const t = view.token(i);
  if (!/^NNP?S$/.test(t.pos) || !/^\p{Lu}\p{Ll}+s$/u.test(t.word)) {
    return null;
  }
  const id = demonymStates().get(t.word.slice(0, -1));
  return id === undefined ? null : (ctx.actors.actors.find(a => a.id === id) ?? null);
}

/** The states whose nationals the `direct` arguments of a force act name, with their tokens. */
export function nationalsOf(
  view: SentenceView,
  ctx: EventContext,
  match: VerbMatch,
  direct: readonly number[],
): { readonly actor: KgActor; readonly token: number }[] {
  const code = match.code.forward ?? '';
  if (!FORCE_ROOTS.some(r => code.startsWith(r))) {
    return [];
  }
  return direct.flatMap(token => {
    const actor = nationalsState(view, ctx, token);
    return actor === null ? [] : [{ actor, token }];
  });
}
