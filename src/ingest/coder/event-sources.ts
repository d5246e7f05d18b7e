/**
 * The source of a coded verb, read from the parse: its subject (nsubj, conjuncts included), or the
 * agent of a passive ("were expelled by X": obl:agent / obl:by), taken from the verb that acts for it
 * (`actingVerb`): a saying verb over a past act, the clause above a by-clause or a participle, or the
 * noun a participle modifies (participles.ts). A finite conjunct of a passive verb keeps its own
 * active voice: "it was disappointed … and urged Nauru" (enhanced++ copies "it" as its nsubj:pass).
 */
import { type Arg, type EventContext, args, withConjuncts } from './arguments';
import { HELD } from './agent-nouns';
import { looseSubjects } from './loose-complements';
import { participleAgents, participleSubjects } from './participles';
import { passiveDoers } from './passive-doers';
import { purposeHead } from './purpose-clauses';
import { isFeltPassive } from './feeling-verbs';
import type { SentenceView } from './sentence-view';

const SAYING: ReadonlySet<string> = new Set(['say', 'reply', 'tell', 'add', 'announce', 'write']);
const NON_FINITE: ReadonlySet<string> = new Set(['VB', 'VBG']);

/**
 * The verb whose subject acts for `v`: `v` itself, or
 * - the saying verb when the parser hung a past-tense act under what was said: "Marcos said the pact
 *   would strengthen peace and praised Japan" (praised is the conjunct of "would strengthen");
 * - the verb of a subjectless by-clause or participle: "Taiwan responded by ending relations",
 *   "Poland ordered them to leave, accusing them".
 */
function actingVerb(view: SentenceView, v: number): number {
  const conj = view.headArcs(v).find(a => a.rel.startsWith('conj') && a.head > 0);
  if (conj !== undefined && view.token(v).pos === 'VBD') {
    const c = conj.head;
    const said = view
      .headArcs(c)
      .find(a => (a.rel === 'ccomp' || a.rel === 'parataxis') && SAYING.has(view.lemma(a.head)));
    const unreal = NON_FINITE.has(view.token(c).pos) || view.dependents(c, 'aux').length > 0;
    if (said !== undefined && unreal) {
      return said.head;
    }
  }
  if (view.dependents(v, 'nsubj', 'nsubj:pass').length === 0) {
    const adv = view.headArcs(v).find(a => a.head > 0 && /^(advcl|dep)/.test(a.rel));
    if (adv?.rel === 'advcl:by') {
      return adv.head;
    }
    if (adv !== undefined && view.token(v).pos === 'VBG') {
      // a participle acts with the nearest clause above it that has a subject of its own
      let h = adv.head;
      const ownSubject = (k: number): boolean => view.arcsFrom(k).some(a => a.rel === 'nsubj');
      for (let depth = 0; depth < 3 && !ownSubject(h); depth++) {
        h =
          view.headArcs(h).find(a => a.head > 0 && /^(advcl|dep|xcomp|conj)/.test(a.rel))?.head ??
          h;
      }
      return h;
    }
  }
  return v;
}

/**
 * "Germany, which mediated between the two neighbours, …": a relative clause whose pronoun is its
 * subject acts for the noun it hangs on (the parser may leave the pronoun's role as "dep").
 */
function antecedents(view: SentenceView, v: number): number[] {
  const n = view.headArcs(v).find(a => a.rel === 'acl:relcl' && a.head > 0)?.head;
  return n === undefined || view.dependents(n, 'ref').length === 0 ? [] : [n];
}

const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/**
 * "Brazil, whose president is due to visit both capitals, offered to host talks": the parser often
 * hangs the verb after a fronted name's relative clause under that clause (conj, dep, acl) with no
 * subject. A subjectless finite verb right after the comma that closes a relative clause opened right
 * after the sentence's first name, with no other comma between, acts for that name. Returns the
 * name's head token, or null.
 */
function frontedName(view: SentenceView, v: number): number | null {
  const pos = view.token(v).pos;
  if (v < 5 || (pos !== 'VBD' && pos !== 'VBN') || view.token(v - 1).word !== ',') {
    return null;
  }
  let c = 1;
  while (c < v - 1 && view.token(c).word !== ',') {
    c += 1;
  }
  if (c === 1 || c >= v - 2 || !RELATIVES.has(view.token(c + 1).word.toLowerCase())) {
    return null;
  }
  for (let k = c + 2; k < v - 1; k++) {
    if (view.token(k).word === ',') {
      return null;
    }
  }
  const name = [...Array(c - 1).keys()].map(k => k + 1);
  const inName = new Set(name);
  const head = name.find(k => !view.headArcs(k).some(a => inName.has(a.head)));
  return head !== undefined && view.token(head).pos.startsWith('NNP') ? head : null;
}

/** Is `v` an infinitive with "to" and no subject of its own ("is due to meet")? */
function controlledInfinitive(view: SentenceView, v: number): boolean {
  return (
    view.token(v).pos === 'VB' &&
    view.dependents(v, 'mark').some(m => view.lemma(m) === 'to') &&
    view.dependents(v, 'nsubj', 'nsubj:pass', 'nsubj:xsubj').length === 0
  );
}

/** The by-phrase agents of the passive verb at `v`. */
function ownAgents(view: SentenceView, v: number): number[] {
  return view
    .arcsFrom(v)
    .filter(a => a.rel === 'obl:agent' || a.rel === 'obl:by')
    .map(a => a.dep);
}

/**
 * The agents of the passive verb at `v`: its own by-phrase, else that of the passive verb it is a
 * conjunct of when both share their subject ("the ship was boarded and detained by the coast guard":
 * the parser hangs the by-phrase on the first verb only).
 */
function passiveAgents(view: SentenceView, v: number): number[] {
  const own = ownAgents(view, v);
  const h = view.headArcs(v).find(a => a.rel.startsWith('conj') && a.head > 0)?.head;
  if (own.length > 0 || h === undefined) {
    return own;
  }
  const shared = view
    .dependents(h, 'nsubj:pass')
    .some(s => view.dependents(v, 'nsubj:pass').includes(s));
  return shared ? ownAgents(view, h) : [];
}

/** Finite past or present forms: never a passive participle. */
const FINITE: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * Is `v` a finite conjunct with an object of its own that got its only subject from a passive
 * conjunct ("it was disappointed by the decision and urged Nauru …")?
 */
function activeConjunct(view: SentenceView, v: number): boolean {
  return (
    FINITE.has(view.token(v).pos) &&
    view.dependents(v, 'nsubj:pass').length > 0 &&
    !view.arcsFrom(v).some(a => a.rel === 'nsubj' || a.rel === 'aux:pass') &&
    view.dependents(v, 'obj').length > 0 &&
    view.headArcs(v).some(a => a.rel.startsWith('conj') && a.head > 0)
  );
}

/**
 * The saying verb whose said clause `v` is a past conjunct of, with no auxiliary of its own: the
 * parser attaches "and called on …" in "X said the court had no authority and called on Iraq …" to
 * the said clause, so `v` shares the said subject; the caller reads it as the sayer's act only for a
 * verbal act whose said subject names no actor ("Chile said the gunmen had crossed the border and
 * killed three farmers" stays the gunmen's). The parser may also join `v` to a
 * noun or adjective of the said clause ("said the closure was 'a punishment …, not on governments' and
 * called on Lima"): up to three arcs up from there to the said clause. Else null.
 */
function saidConjunctSayer(view: SentenceView, v: number): number | null {
  const past = view.token(v).pos === 'VBD' || view.token(v).pos === 'VBN';
  if (!past || view.dependents(v, 'aux', 'aux:pass').length > 0) {
    return null;
  }
  let c = view.headArcs(v).find(a => a.rel.startsWith('conj') && a.head > 0)?.head;
  // "said the extension was 'a punishment …, not on governments' and called on Algiers": the
  // parser may join the verb to a noun or adjective of the said clause; it is the said clause's
  const settled = (k: number): boolean =>
    view.token(k).pos.startsWith('VB') || view.headArcs(k).some(a => isSaid(view, a));
  for (let depth = 0; depth < 3 && c !== undefined && !settled(c); depth++) {
    c = view.headArcs(c).find(a => a.head > 0)?.head;
  }
  const said = c === undefined ? undefined : view.headArcs(c).find(a => isSaid(view, a));
  return said === undefined || view.token(said.head).pos !== 'VBD' ? null : said.head;
}

/** Is the arc `a` a said clause's, under a saying verb? */
function isSaid(view: SentenceView, a: { rel: string; head: number }): boolean {
  return (a.rel === 'ccomp' || a.rel === 'parataxis') && SAYING.has(view.lemma(a.head));
}

/**
 * CAMEO's verbal roots, acts done by speaking (appeal, intent, consult, praise; demand, disapprove,
 * reject, threaten): the ones a sayer does in the same breath ("said … and called on X").
 */
const VERBAL_ROOTS: ReadonlySet<string> = new Set(['02', '03', '04', '05', '10', '11', '12', '13']);

export const isVerbalAct = (code: string | null): boolean =>
  code !== null && VERBAL_ROOTS.has(code.slice(0, 2));

/** CAMEO roots 11-20 (disapprove … mass violence): the hostile acts. */
export const isHostile = (code: string): boolean => Number(code.slice(0, 2)) >= 11;

/**
 * The source arguments of the verb at `v`, and whether it is passive; `verbal` when its reading is a
 * verbal act (`isVerbalAct`).
 */
export function sourcesOf(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  verbal = false,
): { args: Arg[]; passive: boolean } {
  // "it was disappointed … and urged Nauru to keep …": a conjunct in the active voice shares the
  // passive conjunct's subject (enhanced++ copies it as nsubj:pass) but not its voice
  const active = activeConjunct(view, v) || isFeltPassive(view, v);
  const passive = view.dependents(v, 'nsubj:pass').length > 0 && !active;
  const actor = actingVerb(view, v);
  const subjects = active
    ? view.dependents(v, 'nsubj:pass')
    : passive
      ? passiveAgents(view, v)
      : view
          .arcsFrom(actor)
          .filter(a => a.rel === 'nsubj' || a.rel === 'nsubj:xsubj')
          .map(a => a.dep);
  // "talks hosted by Ghana": a past participle's agent acts
  const heads =
    subjects.length > 0 || passive
      ? subjects
      : [
          ...participleSubjects(view, v),
          ...participleAgents(view, v),
          ...antecedents(view, v),
          ...looseSubjects(view, v),
        ];
  // "using its territory to attack …": what a state holds stands for it when acted on, never as a doer
  const doers = withConjuncts(view, heads).filter(t => !HELD.has(view.lemma(t)));
  const tokens = doers.map((t): [number, null] => [t, null]);
  const found = args(view, ctx, tokens, true);
  // "was arrested in Manama", "were killed when Malian troops opened fire": an agentless passive's
  // doer told by its place or by the clause of how it happened (passive-doers.ts)
  if (passive && subjects.length === 0) {
    return { args: passiveDoers(view, ctx, v), passive };
  }
  // "Blinken said the officials had undermined … and called on Caracas": an act done by speaking,
  // joined to the said clause, is the sayer's when that clause's subject names no one (a bare
  // description as that subject was measured and left out: docs/ingest.md, neither9)
  const sayer = verbal && found.length === 0 && !passive ? saidConjunctSayer(view, v) : null;
  if (sayer !== null) {
    return { args: sourcesOf(view, ctx, sayer).args, passive };
  }
  // "signed a deal to supply Jordan": the parser makes "deal" the subject of "supply"; "is due to
  // meet Croatian officials": a subjectless infinitive the parser hangs as a ccomp is controlled too,
  // and so is a request made in a contact ("telephoned his counterpart to ask for help")
  const up = view
    .headArcs(v)
    .find(
      a =>
        a.head > 0 &&
        a.head !== v &&
        (a.rel === 'xcomp' ||
          (a.rel === 'ccomp' && controlledInfinitive(view, v)) ||
          a.head === purposeHead(view, v)),
    );
  if (found.length === 0 && !passive && up !== undefined) {
    return { args: sourcesOf(view, ctx, up.head).args, passive };
  }
  const fronted =
    found.length === 0 && !passive && subjects.length === 0 ? frontedName(view, v) : null;
  if (fronted !== null) {
    return { args: args(view, ctx, [[fronted, null]]), passive };
  }
  return { args: found, passive };
}
