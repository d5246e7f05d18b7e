/**
 * Where the one acted on sits when the verb's object names no actor itself (arguments.ts,
 * event-coder.ts), each a construction of its own:
 * - inside the object phrase, one noun down: the object's possessor or the complement of its `of` (a
 *   partitive, kin or part noun: "blamed a faction of the MFDC", "called the wife of Prime Minister
 *   Pedro Sánchez corrupt", "condemned the passage of a US warship");
 * - a summative apposition: "…accused Mauritania of sheltering rebels, a charge Nouakchott rejects"
 *   sums up the clause before it, so the rejection is aimed at that clause's subject;
 * - a possessive relative: "Djibouti, whose troops clashed …" acts for the noun the clause hangs on;
 * - an object shared by coordinated verbs ("boarded and detained a vessel") is the later verb's too.
 */
import { isArmedNonState } from './agent-nouns';
import { withConjuncts } from './conjuncts';
import { isFeltPassive } from './feeling-verbs';
import { OWNING } from './participles';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

/**
 * The objects of `v`: its own, else the one it shares with the verb it is coordinated with when that
 * object follows both ("boarded and detained a Uruguayan vessel": the parser hangs it on the first).
 */
export function objectsOf(view: SentenceView, v: number): number[] {
  const own = isFeltPassive(view, v)
    ? view.dependents(v, 'obl:agent', 'obl:by', 'obl:with', 'obl:at', 'obl:over')
    : view.dependents(v, 'obj');
  if (own.length > 0) {
    return own;
  }
  const up = view.headArcs(v).find(a => a.rel.startsWith('conj') && a.head > 0 && a.head < v);
  return up === undefined ? [] : view.dependents(up.head, 'obj').filter(o => o > v);
}

/** Praise, support, criticism, rejection, denial: acts that answer another act. */
const REACTIONS: readonly string[] = ['051', '052', '11', '12', '016'];

export function isReaction(match: VerbMatch): boolean {
  const code = match.code.forward ?? '';
  return REACTIONS.some(c => code.startsWith(c));
}

/**
 * An amount ("€180 million of the Central African Republic's debt") is left to the quantity rule of
 * arguments.ts: its `of` mostly names what is given, and on the development set the holder found there
 * came with an act coded as intent where the annotation had the act done (2 false events, no right one).
 */
const MEASURES: ReadonlySet<string> = new Set(['$', 'CD']);

/**
 * Tokens of the phrase of `o`, one noun down, that may name the one acted on: its possessors, then the
 * complements of its `of`; `names` says whether a token names an actor. Pronoun possessors are left to
 * pronouns.ts ("its debt" is mostly the doer's own). Deeper nouns ("€180 million of [the CAR's debt]")
 * are not searched.
 */
export function phraseHolders(
  view: SentenceView,
  o: number,
  names: (k: number) => boolean,
): number[] {
  if (MEASURES.has(view.token(o).pos)) {
    return [];
  }
  const inner = [
    ...view.dependents(o, 'nmod:poss').filter(k => !view.token(k).pos.startsWith('PRP')),
    ...view
      .arcsFrom(o)
      .filter(a => a.rel === 'nmod:of')
      .map(a => a.dep),
  ];
  return inner.filter(names);
}

/** Roots of material force against what a state holds: sanctions, coercion, assault, fighting (16-20). */
const FORCE_ROOTS: readonly string[] = ['16', '17', '18', '19', '20'];
/** Participles that tie a thing to its holder: "Emirati-owned", "Panama-flagged", "state-run". */
const HOLDING: ReadonlySet<string> = new Set([...OWNING, 'run']);

/**
 * "halts Mongolian copper", "shuts Rwanda border", "seize Emirati-owned cargo ship": a force act
 * (roots 16-20) on a thing, whose name modifier (a capitalised adjective or compound before it, the
 * holder of an "-owned" participle, or the flag or registry a participle after it names: "a trawler
 * flying the Ecuadorian flag", "a tanker registered in Liberia") names the state it is done to; else []. Only a force act: "buys
 * Brazilian steel" is no act on Brazil.
 */
export function thingHolders(
  view: SentenceView,
  match: VerbMatch,
  o: number,
  names: (k: number) => boolean,
): number[] {
  const code = match.code.forward ?? '';
  return FORCE_ROOTS.some(r => code.startsWith(r)) ? holdersOf(view, o, names) : [];
}

/** The state-naming modifiers, holders and flags of the thing `o` (see `thingHolders`). */
function holdersOf(view: SentenceView, o: number, names: (k: number) => boolean): number[] {
  if (!view.token(o).pos.startsWith('NN')) {
    return [];
  }
  // "attacked Chadian rebels": armed people of no state are no thing their demonym's state holds
  if (isArmedNonState(view, o)) {
    return [];
  }
  const mods = view.dependents(o, 'amod', 'compound').filter(k => k < o);
  const held = mods
    .filter(k => HOLDING.has(view.lemma(k)))
    .flatMap(k =>
      view
        .arcsFrom(k)
        .map(a => a.dep)
        .filter(d => d < k),
    );
  const flown = flagHolders(view, o);
  return [...mods, ...held, ...flown].filter(k => /^\p{Lu}/u.test(view.token(k).word) && names(k));
}

/** Charges laid on goods: "duties on Mexican steel". */
export const CHARGES: readonly string[] = ['tariff', 'duty', 'levy'];
/** Obliques that name the thing a sanction is laid on ("imposed duties on Mexican steel"). */
export const THING_OBLIQUES: readonly string[] = ['obl:on', 'obl:against'];
/** Sanctions (16) are laid on a thing ("duties on Mexican steel"), not done there ("jobs on farms"). */
export const SANCTION_ROOT = '16';

/**
 * `thingHolders` of the objects `direct` of the act at `v` and, for a sanction, of its `on` or
 * `against` nouns, a thing it may be laid on as well ("duties that Brazil imposed on Mexican flat
 * steel"), and of the goods an object "imports" is `of` ("restricted imports of Argentine biodiesel").
 */
export function forceThingHolders(
  view: SentenceView,
  match: VerbMatch,
  v: number,
  direct: readonly number[],
  names: (k: number) => boolean,
): number[] {
  const sanction = (match.code.forward ?? '').startsWith(SANCTION_ROOT);
  const laidOn = sanction ? view.dependents(v, ...THING_OBLIQUES) : [];
  const things = withConjuncts(view, [...direct, ...laidOn]);
  // "suspended imports of Barbadian poultry": a ban on imports is laid on the goods they are of
  const goods = things.flatMap(o =>
    view.lemma(o) === 'import' ? withConjuncts(view, view.dependents(o, 'nmod:of')) : [],
  );
  // "lowered its duties on Ecuadorean bananas": whatever is done to a charge, it is aimed at the
  // holder of the goods it is laid on (the parser hangs "on" on the charge or on the verb)
  const charges = withConjuncts(view, direct).filter(o =>
    CHARGES.includes(view.lemma(o).toLowerCase()),
  );
  const charged =
    charges.length === 0
      ? []
      : [...charges.flatMap(o => view.dependents(o, 'nmod:on')), ...view.dependents(v, 'obl:on')];
  return [
    ...[...things, ...goods].flatMap(o => thingHolders(view, match, o, names)),
    ...withConjuncts(view, charged).flatMap(o => holdersOf(view, o, names)),
  ];
}

/** Participles after a thing that name where it is registered or who holds it. */
const REGISTERED: ReadonlySet<string> = new Set(['register', 'base', 'own', 'operate', 'charter']);

/**
 * "a tanker flying the Liberian flag", "a trawler registered in Ecuador", "a ship owned by a Greek
 * company": the tokens a participle after the thing `o` names as its flag state or holder (the flag's
 * modifiers; the participle's `in` or `by` noun and that noun's modifiers).
 */
function flagHolders(view: SentenceView, o: number): number[] {
  const out: number[] = [];
  for (const p of view.dependents(o, 'acl').filter(k => k > o)) {
    const lemma = view.lemma(p);
    const nouns =
      lemma === 'fly'
        ? view.dependents(p, 'obj').filter(k => view.lemma(k) === 'flag')
        : REGISTERED.has(lemma)
          ? view.dependents(p, 'obl:in', 'obl:by', 'obl:agent')
          : [];
    for (const n of nouns) {
      out.push(n, ...view.dependents(n, 'amod', 'compound', 'nmod:poss').filter(k => k < n));
    }
  }
  return out;
}

/**
 * "…accused Mauritania of sheltering rebels, a charge Nouakchott rejects": when the object `o` of a
 * reaction (or the noun a reaction's clause hangs on: ", a demand that X turned down") is an indefinite
 * common noun set off by a comma after the main clause (a summative apposition: ", a (new) charge", ", a
 * practice"), the subjects of the main clause, else [].
 */
export function summedUpDoers(view: SentenceView, o: number): number[] {
  if (!/^NNS?$/.test(view.token(o).pos)) {
    return [];
  }
  let k = o - 1;
  while (k > 1 && view.token(k).pos.startsWith('JJ')) {
    k--;
  }
  if (k < 3 || !/^an?$/i.test(view.token(k).word) || view.token(k - 1).word !== ',') {
    return [];
  }
  const root = view.verbs().find(r => view.headArcs(r).some(a => a.head === 0));
  if (root === undefined || root > k) {
    return [];
  }
  return view.dependents(root, 'nsubj').filter(s => s < k);
}

/**
 * "Djibouti, whose troops clashed with Eritrean forces": the noun a relative clause hangs on, when `i`
 * is possessed by its "whose"; else null. The parser joins such a clause by acl:relcl or dep.
 */
export function whoseAntecedent(view: SentenceView, i: number): number | null {
  if (!view.dependents(i, 'nmod:poss').some(k => view.token(k).pos === 'WP$')) {
    return null;
  }
  const clause = view.headArc(i)?.head ?? 0;
  const up = view
    .headArcs(clause)
    .find(a => a.head > 0 && a.head < i && (a.rel === 'acl:relcl' || a.rel === 'dep'));
  return up !== undefined && view.token(up.head).pos.startsWith('NN') ? up.head : null;
}
