/**
 * A conditional threat told by a named person: "Zalitis said Latvia could expel Belarusian diplomats if
 * further attacks were traced to Minsk", "Mirzoyan warned that Armenia would respond if Azerbaijani
 * troops opened fire again". The speaker threatens (130) the one the if-clause names (a state body
 * stands for its state), else the target of the hostile act threatened. A clause counts as a threat
 * when the speaker warns or threatens, or when its act is hostile (CAMEO roots 11-20) or a reprisal
 * ("respond", "retaliate"). An unnamed speaker ("two officials said") threatens nothing here: the act
 * itself stays coded as POSSIBLE.
 *
 * A warning or threat of a hostile act the warner's own side would do is a threat with or without a
 * condition (130, CAMEO "Threaten, not specified below"): "Lesotho warned that it could take Zambia
 * before the court", "Peru threatened to take Chile to the tribunal" threaten the act's target, the act
 * itself coded besides; a warning of another's act ("warned that the rebels could strike again") is none.
 */
import { ActorKind, Modality } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import { type EventContext, args, evidenceOf, withConjuncts, stateOf } from './arguments';
import { BasicTree } from './basic-tree';
import type { DraftEvent } from './draft-event';
import { dateNear } from './event-dates';
import { isHostile } from './event-sources';
import { modalityOf } from './modality';
import type { SentenceView } from './sentence-view';

const TELLING: ReadonlySet<string> = new Set(['say', 'add', 'tell', 'state', 'insist', 'note']);
const WARNING: ReadonlySet<string> = new Set(['warn', 'threaten', 'caution']);
const REPRISALS: ReadonlySet<string> = new Set(['respond', 'retaliate', 'react', 'reciprocate']);
const CONDITION_RELS: readonly string[] = ['advcl:if', 'advcl:unless'];
/** What an if-clause names its actors by. */
const CLAUSE_RELS: readonly string[] = ['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'nmod:poss'];

/** The clauses the saying verb at `r` tells: its ccomp, or the clause it is the parataxis of. */
function toldClauses(view: SentenceView, r: number): number[] {
  const up = view.headArcs(r).filter(a => a.rel === 'parataxis' && a.head > 0);
  return [...view.dependents(r, 'ccomp'), ...up.map(a => a.head)];
}

/** The actors the if-clause at `c` names, state bodies as their states. */
function conditionActors(view: SentenceView, ctx: EventContext, c: number): KgActor[] {
  const verbs = withConjuncts(view, [c, ...view.dependents(c, 'xcomp')]);
  const tokens = verbs.flatMap(v => view.dependents(v, ...CLAUSE_RELS));
  const found = args(
    view,
    ctx,
    withConjuncts(view, tokens).map(k => [k, null]),
  );
  return found.map(({ actor }) => {
    const state = ctx.states.get(actor.id);
    const body = actor.kind === ActorKind.ORGANIZATION && state !== undefined;
    return (body ? ctx.actors.actors.find(a => a.id === state) : undefined) ?? actor;
  });
}

/** A threat (130) told by the warning or saying verb at `r`, from `sourceId` to `targetId`. */
function threatDraft(
  view: SentenceView,
  ctx: EventContext,
  r: number,
  ids: { readonly sourceId: string; readonly targetId: string },
  told: { readonly tokens: readonly number[]; readonly verbPhrase: string },
): DraftEvent {
  const modality = modalityOf(view, r);
  return {
    code: '130',
    ...ids,
    modality: modality === Modality.REPORTED ? modality : Modality.ASSERTED,
    date: dateNear(view, r),
    evidence: evidenceOf(view, ctx, [...told.tokens]),
    verbPhrase: told.verbPhrase,
    preposition: null,
    passive: false,
    patterned: false,
  };
}

/**
 * The threats of the warning verb at `r` ("warned that it could …", "threatened to …"): 130 from each
 * of its subjects to the target of each hostile act its clause tells that the subject's side does.
 */
function warnedActs(
  view: SentenceView,
  ctx: EventContext,
  r: number,
  coded: readonly DraftEvent[],
): DraftEvent[] {
  const out: DraftEvent[] = [];
  const warners = args(
    view,
    ctx,
    view.dependents(r, 'nsubj').map(k => [k, null]),
  );
  // the basic tree's subtree: enhanced++ also hangs the warner on an xcomp (nsubj:xsubj), which would
  // stretch the clause back over every act told before the warning
  const tree = new BasicTree(view.sentence);
  for (const c of view.dependents(r, 'ccomp', 'xcomp')) {
    const toks = tree.subtree(c);
    const { start, end } = view.span(Math.min(...toks), Math.max(...toks));
    const acts = coded.filter(
      d =>
        isHostile(d.code) &&
        !d.code.startsWith('13') &&
        d.evidence.start < end &&
        start < d.evidence.end,
    );
    for (const w of warners) {
      const own = stateOf(ctx, w.actor.id);
      for (const d of acts) {
        const dup = out.some(x => x.sourceId === w.actor.id && x.targetId === d.targetId);
        if (dup || stateOf(ctx, d.sourceId) !== own || stateOf(ctx, d.targetId) === own) {
          continue;
        }
        out.push(
          threatDraft(
            view,
            ctx,
            r,
            { sourceId: w.actor.id, targetId: d.targetId },
            { tokens: [r, w.token, ...toks], verbPhrase: view.token(r).word },
          ),
        );
      }
    }
  }
  return out;
}

/** The threats the saying verbs of one sentence tell; `coded` are its events drafted so far. */
export function threatEvents(
  view: SentenceView,
  ctx: EventContext,
  coded: readonly DraftEvent[],
): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const r of view.verbs()) {
    const warns = WARNING.has(view.lemma(r));
    if (warns) {
      out.push(...warnedActs(view, ctx, r, coded));
    }
    if (!warns && !TELLING.has(view.lemma(r))) {
      continue;
    }
    const speakers = args(
      view,
      ctx,
      view.dependents(r, 'nsubj').map(k => [k, null]),
    ).filter(a => a.actor.kind === ActorKind.PERSON);
    for (const c of toldClauses(view, r)) {
      const conditions = CONDITION_RELS.flatMap(rel => view.dependents(c, rel));
      if (conditions.length === 0) {
        continue;
      }
      const { start, end } = view.span(Math.min(c, r), Math.max(c, r, ...conditions));
      // (an act whose evidence starts before the clause, at its doer: "Iceland could take the case to
      // the tribunal if …, the minister said", the clause opening at "take")
      const acts = coded.filter(d => d.evidence.start < end && start < d.evidence.end);
      const threat = warns || REPRISALS.has(view.lemma(c)) || acts.some(d => isHostile(d.code));
      if (!threat) {
        continue;
      }
      const named = conditions.flatMap(k => conditionActors(view, ctx, k));
      const targets =
        named.length > 0
          ? named
          : acts
              .filter(d => isHostile(d.code))
              .map(d => ctx.actors.actors.find(a => a.id === d.targetId))
              .filter((a): a is KgActor => a !== undefined);
      for (const s of speakers) {
        const own = stateOf(ctx, s.actor.id);
        for (const t of targets) {
          const dup = out.some(d => d.sourceId === s.actor.id && d.targetId === t.id);
          if (dup || stateOf(ctx, t.id) === own) {
            continue;
          }
          out.push(
            threatDraft(
              view,
              ctx,
              r,
              { sourceId: s.actor.id, targetId: t.id },
              {
                tokens: [r, s.token, c, ...conditions],
                verbPhrase: warns ? view.token(r).word : 'threatened',
              },
            ),
          );
        }
      }
    }
  }
  return out;
}
