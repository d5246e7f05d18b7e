/**
 * The shape of a verb supplement entry (verb-supplement.ts) and whether one holds at a verb: its lemma,
 * object, obliques, xcomps and the clause tests the entry asks for.
 */
import type { DirectedCodes } from '../dictionaries/dictionary.types';
import type { SentenceView } from './sentence-view';
import { offersMediation } from './mediation-offers';
import { smallClauseSubjects } from './small-clauses';
import { calledOn, toClauses } from './verb-clauses';

export interface SupplementEntry {
  /** Verb lemmas (lower case). */
  readonly verbs: readonly string[];
  /** Head lemmas of the object, one of which must be there (none: any object or none). */
  readonly objects?: readonly string[];
  /** Modifiers (amod, compound) one of which the object must have ("joint exercises"). */
  readonly objectMods?: readonly string[];
  /** The object must be a person (the parse's NER): "received Ruto" hosts him, "received a loan" not. */
  readonly personObject?: boolean;
  /** The object must be a country (the parse's NER): "suspended Guinea", not "suspended talks". */
  readonly stateObject?: boolean;
  /** An oblique `obl:<prep>` that must be there; the target sits in it. */
  readonly prep?: string;
  /** Lemmas of an xcomp verb that must be there ("ordered them to leave"). */
  readonly xcomps?: readonly string[];
  /** Head lemmas of the xcomp's object, one of which must be there ("ordered X to close its consulate"). */
  readonly xcompObjects?: readonly string[];
  /**
   * An oblique `obl:<prep>` (one of `preps`) one of whose head lemmas must be there, not the target
   * ("to court", "before the court").
   */
  readonly venue?: { readonly preps: readonly string[]; readonly nouns: readonly string[] };
  /** Any xcomp must be there ("agreed to share data", "called it a provocation"). */
  readonly anyXcomp?: boolean;
  /** Someone named with a quoted label must be there: "called Peru's president \"a liar\"". */
  readonly quotedLabel?: boolean;
  /** "called on X to …" as the parser often reads it: "on" a mark of the clause X is the subject of. */
  readonly calledOn?: boolean;
  /** The offered clause must name the parties mediated between (mediation-offers.ts). */
  readonly mediation?: boolean;
  /** A test of the clause that must hold (raised-matters.ts, court-rulings.ts). */
  readonly when?: (view: SentenceView, v: number) => boolean;
  readonly code: DirectedCodes;
}

const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '``', "''", '‘', '’']);

/**
 * Does the verb name its object with a quoted label ("called X \"a liar\"")? A quote opens within a few
 * words after the object (or the subject of its small clause), before any other verb or comma (the parser attaches the label in many ways).
 */
function namesWithQuote(view: SentenceView, v: number): boolean {
  // 'called the bans "blackmail"': the parser may make the one named the subject of a small clause
  for (const o of [...view.dependents(v, 'obj', 'iobj'), ...smallClauseSubjects(view, v)]) {
    for (let k = o + 1; k <= Math.min(view.size, o + 8); k++) {
      const t = view.token(k);
      if (QUOTES.has(t.word)) {
        return true;
      }
      if (t.pos.startsWith('VB') || t.word === ',') {
        break;
      }
    }
  }
  return false;
}

/** Does the entry `e` read the verb at `v`? */
export function holds(view: SentenceView, v: number, e: SupplementEntry): boolean {
  if (!e.verbs.includes(view.lemma(v))) {
    return false;
  }
  if (e.objects !== undefined) {
    const objs = [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')];
    const ok = objs.filter(o => e.objects?.includes(view.lemma(o)));
    const mods = ok.flatMap(o => view.dependents(o, 'amod', 'compound')).map(k => view.lemma(k));
    if (ok.length === 0 || (e.objectMods && !e.objectMods.some(m => mods.includes(m)))) {
      return false;
    }
  }
  if (
    e.stateObject === true &&
    !view.dependents(v, 'obj').some(o => ['COUNTRY', 'LOCATION'].includes(view.token(o).ner))
  ) {
    return false;
  }
  if (
    e.personObject === true &&
    !view.dependents(v, 'obj').some(o => view.token(o).ner === 'PERSON')
  ) {
    return false;
  }
  if (e.prep !== undefined && view.dependents(v, `obl:${e.prep}`).length === 0) {
    return false;
  }
  if (e.quotedLabel === true && !namesWithQuote(view, v)) {
    return false;
  }
  if (e.mediation === true && !offersMediation(view, v)) {
    return false;
  }
  if (e.calledOn === true && calledOn(view, v).length === 0) {
    return false;
  }
  if (e.when !== undefined && !e.when(view, v)) {
    return false;
  }
  if (e.anyXcomp === true && view.dependents(v, 'xcomp').length === 0) {
    return false;
  }
  if (
    e.venue !== undefined &&
    !view
      .dependents(v, ...e.venue.preps.map(p => `obl:${p}`))
      .some(k => e.venue?.nouns.includes(view.lemma(k).toLowerCase()))
  ) {
    return false;
  }
  if (e.xcomps !== undefined) {
    const x = toClauses(view, v).filter(k => e.xcomps?.includes(view.lemma(k)));
    const objs = x.flatMap(k => view.dependents(k, 'obj', 'xcomp')).map(o => view.lemma(o));
    if (x.length === 0 || (e.xcompObjects && !e.xcompObjects.some(o => objs.includes(o)))) {
      return false;
    }
  }
  return true;
}
