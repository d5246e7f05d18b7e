/**
 * Offers to mediate (039) name the parties of the dispute inside the clause offered, not as the
 * offer's object: "offered to host talks between the two governments", "offered to help the two
 * neighbours settle the dispute". The verb
 * supplement reads the offer as 039 (verb-supplement.ts); this finds the tokens of the parties:
 * - the `between` complement of the talks or meeting offered to be hosted;
 * - the one helped to settle or resolve: the object of "help", or the subject the parser gives the
 *   clause below it ("help [the two neighbours settle the dispute]").
 * A plural pair ("the two sides", "the two neighbours") is the article's main dyad.
 */
import { type Arg, type EventContext, args, withConjuncts } from './arguments';
import { isPairNoun } from './pair-words';
import type { SentenceView } from './sentence-view';
import { HELPING, HOSTING, OFFERS, SETTLING, TALKS } from './supplement-words';

/**
 * The `between` complement of a talks noun: its parties. A meeting "of the two ministers" is not
 * enough: hosting the ministers is hosting them (043), as the gold codes a meeting that took place.
 */
function talksParties(view: SentenceView, n: number): number[] {
  return TALKS.includes(view.lemma(n)) ? view.dependents(n, 'nmod:between') : [];
}

/** The clauses "help" governs that settle something ("help X settle", "help settle"). */
function settlingClauses(view: SentenceView, h: number): number[] {
  return view.dependents(h, 'xcomp', 'ccomp').filter(c => SETTLING.includes(view.lemma(c)));
}

/** The parties an offer at `v` to host their talks or to help them settle names, or []. */
export function mediatedParties(view: SentenceView, v: number): number[] {
  if (!OFFERS.includes(view.lemma(v))) {
    return [];
  }
  const out: number[] = [];
  for (const x of view.dependents(v, 'xcomp')) {
    const lemma = view.lemma(x);
    if (HOSTING.includes(lemma)) {
      out.push(...view.dependents(x, 'obj').flatMap(o => talksParties(view, o)));
    } else if (HELPING.includes(lemma) && settlingClauses(view, x).length > 0) {
      const helped = view.dependents(x, 'obj');
      out.push(
        ...(helped.length > 0
          ? helped
          : settlingClauses(view, x).flatMap(c => view.dependents(c, 'nsubj'))),
      );
    }
  }
  return out;
}

/** Does the offer at `v` name the parties it would mediate between? */
export function offersMediation(view: SentenceView, v: number): boolean {
  return mediatedParties(view, v).length > 0;
}

/**
 * The parties the offer at `v` would mediate between, as arguments (`doers` left out), or []. A plural
 * pair ("the two sides", "the two neighbours") is the article's main dyad when the mediator is
 * outside it: the two sides of the dispute told, whatever the noun.
 */
export function mediatedTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  doers: ReadonlySet<string>,
): Arg[] {
  const tokens = withConjuncts(view, mediatedParties(view, v));
  const dyad = ctx.discourse?.dyad ?? null;
  const pair = tokens.find(k => isPairNoun(view, k));
  if (pair !== undefined && dyad !== null && dyad.every(id => !doers.has(id))) {
    return ctx.actors.actors
      .filter(a => dyad.includes(a.id))
      .map(actor => ({ actor, token: pair, prep: null }));
  }
  return args(
    view,
    ctx,
    tokens.map((k): [number, null] => [k, null]),
    false,
    doers,
  );
}
