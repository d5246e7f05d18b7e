/**
 * Speech acts that carry someone's words in quotation marks: "Y quoted X as saying …" (X speaks, Y
 * carries it) and quoted words in the arguments of a speech act ("rejected the order as “…”").
 */
import { type BasicTree, clause, isVerbLike } from './basic-tree';
import { isNegated, isUnrealised, modalityOf } from './modality';
import type { SentenceView } from './sentence-view';
import { ROLE_NOUNS, SPOKES_NOUNS } from './speaker-nouns';
import { QUOTING_LEMMAS, REPORTING_LEMMAS } from './speech-lemmas';
import type { SpeechAct } from './speech';
import { subjectOf } from './speech-subjects';

/**
 * "Y quoted X as saying (that) …" and "X was quoted by Y as saying …": X speaks, Y carries it; what
 * was said is the complement of "saying", or the as-clause the parse made of it.
 */
export function quoteAct(view: SentenceView, tree: BasicTree, v: number): SpeechAct | null {
  const as = tree.children(v, 'advcl', 'obl').filter(c => isVerbLike(view, c));
  if (as.length === 0 || isNegated(view, v)) {
    return null;
  }
  const passive = tree.children(v, 'nsubj:pass').length > 0;
  const subject = passive ? tree.children(v, 'nsubj:pass')[0] : tree.children(v, 'obj')[0];
  const carrier = passive
    ? view.dependents(v, 'obl:agent', 'obl:by')[0]
    : tree.children(v, 'nsubj')[0];
  const contents = as.map(c => {
    const said = REPORTING_LEMMAS.has(view.lemma(c)) ? tree.children(c, 'ccomp', 'parataxis') : [];
    const loose = new Set(
      tree
        .children(c, 'dep', 'mark')
        .filter(d => REPORTING_LEMMAS.has(view.lemma(d)) || view.lemma(d) === 'as'),
    );
    return said.length > 0
      ? said.flatMap(x => clause(tree, view, x, new Set()))
      : clause(tree, view, c, loose).filter(
          i => !(tree.head(i)?.head === c && view.lemma(i) === 'as'),
        );
  });
  return subject === undefined
    ? null
    : {
        verb: v,
        subject,
        carrier: carrier ?? null,
        passive: false,
        contents: contents.filter(c => c.length > 0),
      };
}

/** A verb that attributes the quotations inside `scope` (its phrase, without its subject) to `subject`. */
export interface QuotingAct {
  readonly verb: number;
  readonly subject: number | null;
  readonly scope: ReadonlySet<number>;
  /** A relative clause with a subject of its own: "a move that Benin's government described as …". */
  readonly relative: boolean;
  /** Its object is a person ("called the president “a liar”"): its quoted label is an insult. */
  readonly insult: boolean;
}

/** Role nouns that name one person, whose label is an insult like a name's ("official" and "source" too). */
const PERSON_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...SPOKES_NOUNS]);

/**
 * "called Peru's president “a liar”", "called the wife of X “corrupt”": a label put on a person (the
 * verb's object or indirect object is a person's name, or has one beside it other than its owner: "the
 * wife of X", or "X" the parse hung on the label) is an insult, an act the writer reports, not the
 * speaker's evaluation of a matter ("called the expulsion “unjustified”", "called X's reports “…”").
 */
export function labelsPerson(view: SentenceView, tree: BasicTree, v: number): boolean {
  // a name, or a role noun that stands for its holder ("Peru's president", "the trade minister")
  const person = (t: number): boolean =>
    view.token(t).ner === 'PERSON' ||
    (view.token(t).pos.startsWith('NN') && PERSON_ROLES.has(view.lemma(t).toLowerCase()));
  return tree
    .children(v, 'obj', 'iobj')
    .some(o => person(o) || tree.children(o, 'nmod', 'dep', 'appos').some(n => person(n)));
}

/** Verbs that label their object without "as" ("a plan the minister called “…”"). */
const LABELLING: ReadonlySet<string> = new Set(['call', 'term', 'dub', 'brand', 'label']);

/**
 * "a move that Benin's government described as “…”", "in what Uruguay's government called an “…”
 * escalation", "a clause the union called “…”": the verb heads a relative clause (a relativizer, or the
 * relative arc of a contact clause) and has a subject of its own, not the relativizer. Such a clause
 * is an evaluation of the noun by its subject, never part of the clause around it.
 */
export function isRelativeAct(view: SentenceView, tree: BasicTree, v: number): boolean {
  const relativizer = (t: number): boolean => /^W(?:DT|P)$/.test(view.token(t).pos);
  const own = tree.children(v, 'nsubj').some(s => !relativizer(s));
  const up = tree.head(v);
  // a "that" before a clause under a verb is its complementizer ("said that Cotonou had asked …"),
  // which the tagger may also read WDT; under a noun it is a relativizer, and "what" always is one
  const onNoun = up !== null && up.head > 0 && /^NN/.test(view.token(up.head).pos);
  const marked =
    up?.rel === 'acl:relcl' ||
    tree.children(v).some(t => t < v && relativizer(t) && (onNoun || view.token(t).pos === 'WP'));
  // "a claim that PNG's High Commission dismissed as “…”", parsed as the noun's content clause with
  // "that" its complementizer: a verb that labels its object ("as …", "called …") and has no object
  // there has a relative's gap ("reports that Rwanda had complained of “…”" is a content clause)
  const as = (c: number): boolean =>
    view.lemma(c) === 'as' || tree.children(c).some(g => view.lemma(g) === 'as');
  const labels = LABELLING.has(view.lemma(v)) || tree.children(v).some(as);
  const gapped =
    onNoun &&
    labels &&
    tree.children(v).some(t => t < v && view.lemma(t) === 'that') &&
    tree.children(v, 'obj').length === 0;
  return own && (marked || gapped);
}

/**
 * Speech acts that carry quoted words in their arguments ("Minsk rejected the accusation as “…”",
 * "accusing them of meeting opposition figures “…”", "what he described as “…”").
 */
export function quotingActs(view: SentenceView, tree: BasicTree): QuotingAct[] {
  const out: QuotingAct[] = [];
  for (let v = 1; v <= view.size; v++) {
    if (!isVerbLike(view, v) || !QUOTING_LEMMAS.has(view.lemma(v)) || isNegated(view, v)) {
      continue;
    }
    if (isUnrealised(modalityOf(view, v))) {
      continue;
    }
    const subject = subjectOf(view, tree, v);
    const skip = new Set([
      ...tree.children(v, 'nsubj', 'csubj'),
      ...tree.children(v, 'ccomp', 'parataxis', 'conj').filter(c => isVerbLike(view, c)),
    ]);
    out.push({
      verb: v,
      subject,
      scope: new Set(tree.subtree(v, skip)),
      relative: isRelativeAct(view, tree, v),
      insult: labelsPerson(view, tree, v),
    });
  }
  return out;
}
