/**
 * Targets named only by a possessive pronoun on the object: "Police detained 43 of its members",
 * "the coast guard seized their boats", "expelled its diplomats", or on the thing a sanction is laid
 * on ("imposed a duty on its sugar"). A coercive act (17-20) or a sanction (16) on what the doer itself
 * holds is no event, so "its"/"their" there stands for someone else: the nearest earlier
 * state, body or armed group named before the pronoun that is not one of the act's doers (or their
 * states), as pronouns.ts resolves a pronoun to the nearest fitting name. Only when the verb has no
 * target of its own.
 */
import { type Arg, type EventContext } from './arguments';
import { isDoerSide } from './doer-side';
import { QUANTITIES } from './agent-nouns';
import { lastMentionedBefore } from './name-spans';
import { SANCTION_ROOT, THING_OBLIQUES } from './object-phrase';
import { BODIES } from './pronouns';
import type { SentenceView } from './sentence-view';

/** Roots of acts nobody does to what it holds itself: coercion, assault, fighting, mass violence. */
const COERCIVE_ROOTS: ReadonlySet<string> = new Set(['17', '18', '19', '20']);
/**
 * Coercion that one does to what it holds: "reinforced its posts" (170), "bars its lorries" (172,
 * a ban read as sanctions between states, conventions.ts).
 */
const OWN_COERCION: ReadonlySet<string> = new Set(['170', '172']);
const ACCUSING: ReadonlySet<string> = new Set(['accuse', 'blame', 'charge', 'condemn']);
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * The nouns the verb at `v` acts on: its objects, and the people a counted object counts; for a
 * sanction (`laid`), the things it is laid on ("imposed a duty on its sugar", "a ban against their
 * fishing boats"), not its object (the duty itself; "cut its aid" is the doer's own).
 */
function actedOn(view: SentenceView, v: number, laid: boolean): number[] {
  if (laid) {
    // the parser hangs "on its cocoa" on the verb or on the sanction noun ("an embargo on …")
    const nouns = view.dependents(v, 'obj');
    const on = nouns.flatMap(o => view.dependents(o, 'nmod:on', 'nmod:against'));
    return [...view.dependents(v, ...THING_OBLIQUES), ...on];
  }
  return view.dependents(v, 'obj').flatMap(o => {
    const counted = QUANTITIES.has(view.lemma(o)) || view.token(o).pos === 'CD';
    return counted ? [o, ...view.dependents(o, 'nmod:of')] : [o];
  });
}

/** Where the sentence before the one at `view` begins (this one's start when it is the first). */
function lookBackStart(view: SentenceView, ctx: EventContext): number {
  const views = ctx.views ?? [];
  const here = views.indexOf(view);
  const before = here > 0 ? views[here - 1] : view;
  return here < 0 ? 0 : (before ?? view).token(1).characterOffsetBegin;
}

/** The holder "its"/"their" on the object of a coercive act at `v` stands for, or []. */
export function possessedTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  doers: ReadonlySet<string>,
): Arg[] {
  const own = [...OWN_COERCION].some(c => code.startsWith(c));
  const laid = code.startsWith(SANCTION_ROOT) && !own;
  if ((!COERCIVE_ROOTS.has(code.slice(0, 2)) && !laid) || own || doers.size === 0) {
    return [];
  }
  // "accused the army of shelling its villages": the act accused of is the accused's, not told
  if (view.headArcs(v).some(a => a.head > 0 && ACCUSING.has(view.lemma(a.head)))) {
    return [];
  }
  for (const o of actedOn(view, v, laid)) {
    const p = view
      .dependents(o, 'nmod:poss')
      .find(k => POSSESSIVES.has(view.token(k).word.toLowerCase()));
    // "on its own exporters": the doer's own, said so
    const ownSaid = view.dependents(o, 'amod').some(k => view.lemma(k) === 'own');
    if (p === undefined || ownSaid) {
      continue;
    }
    // named in this sentence or the one before: a pronoun reaches no further back
    const at = view.token(p).characterOffsetBegin;
    const from = lookBackStart(view, ctx);
    const holder = lastMentionedBefore(
      ctx.actors.actors,
      at,
      a => BODIES.has(a.kind) && !isDoerSide(ctx, doers, a.id),
    );
    const near = holder?.mentions.some(m => m.start >= from && m.end <= at) ?? false;
    return holder === null || !near ? [] : [{ actor: holder, token: o, prep: null }];
  }
  return [];
}
