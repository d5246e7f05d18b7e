/**
 * Who a reporting verb's speaker is in the parse: its subject, the subject of the verb it hangs from,
 * the noun a relative clause qualifies, an inverted speaker after the verb, or a subject a misparse left
 * loose; and whether a reporting verb is an attribution added to a clause ("…, the ministry said").
 */
import { type BasicTree, relativeHost } from './basic-tree';
import type { SentenceView } from './sentence-view';
import { QUOTING_LEMMAS, REPORTING_LEMMAS, SUBJECT_FROM_HEAD } from './speech-lemmas';

/** The token ranges between the parse's opening and closing quotation marks (`` … ''). */
function quotedRanges(view: SentenceView): [number, number][] {
  const out: [number, number][] = [];
  let open: number | null = null;
  for (let t = 1; t <= view.size; t++) {
    const pos = view.token(t).pos;
    if (pos === '``') {
      open = t;
    } else if (pos === "''" && open !== null) {
      out.push([open, t]);
      open = null;
    }
  }
  return out;
}

/**
 * "X accused Y of having “profited … from water it buys …” and said that …", parsed with "said" as a
 * conjunct of a verb inside the quotation: a quotation is a closed phrase, so a verb outside it is
 * conjoined with the nearest verb above it outside the quotation (here "accused"); null otherwise.
 */
function conjunctOutsideQuote(view: SentenceView, tree: BasicTree, v: number): number | null {
  const up = tree.head(v);
  const quote = quotedRanges(view).find(([a, b]) => up !== null && a < up.head && up.head < b);
  if (up?.rel !== 'conj' || quote === undefined || (quote[0] < v && v < quote[1])) {
    return null;
  }
  let cur = up.head;
  for (let h = tree.head(cur); h !== null && h.head !== 0; h = tree.head(cur)) {
    cur = h.head;
    if (cur < quote[0] || cur > quote[1]) {
      return cur;
    }
  }
  return null;
}

/** Subjects of `v`, the nearest before it first, then those after it. */
function nearestFirst(subjects: readonly number[], v: number): number[] {
  return [...subjects].sort((a, b) => (a < v ? v - a : 1000 + a) - (b < v ? v - b : 1000 + b));
}

/**
 * "Kuwait's Foreign Ministry said the court had no authority … and called on the Iraqi government
 * to “…”", parsed with "called" conjoined to "had" inside what was said: a speech act without a
 * subject or mark of its own, conjoined to the head of a reporting verb's complement, is the
 * reporting verb's second act (coordination of two acts of one speaker), so that reporting verb is
 * returned; null otherwise.
 */
export function loweredConjunct(view: SentenceView, tree: BasicTree, v: number): number | null {
  const up = tree.head(v);
  if (
    up?.rel !== 'conj' ||
    !(QUOTING_LEMMAS.has(view.lemma(v)) || REPORTING_LEMMAS.has(view.lemma(v))) ||
    tree.children(v, 'nsubj', 'nsubj:pass', 'mark').length > 0
  ) {
    return null;
  }
  // "said that it would respect a ruling that sided with …, but warned that …": also under a relative
  const outer = tree.head(relativeHost(tree, up.head));
  return outer?.rel === 'ccomp' && outer.head > 0 && REPORTING_LEMMAS.has(view.lemma(outer.head))
    ? outer.head
    : null;
}

/** The speaker's token for `v`: its nsubj, else the nsubj of the verb it hangs from. */
export function subjectOf(view: SentenceView, tree: BasicTree, v: number): number | null {
  const outside =
    tree.children(v, 'nsubj').length === 0 ? conjunctOutsideQuote(view, tree, v) : null;
  if (outside !== null) {
    return subjectOf(view, tree, outside);
  }
  const lowered = loweredConjunct(view, tree, v);
  if (lowered !== null) {
    return subjectOf(view, tree, lowered);
  }
  // the basic tree's subject nearest before the verb (a misparse can hang two on it), else the
  // enhanced graph's, which conjoined verbs share ("Mirzoyan said …, but warned that …")
  const basic = tree
    .children(v, 'nsubj')
    // a verb is no subject: "X, who asked not to be named, said" misparsed with "asked" under "said"
    .filter(s => tree.head(s)?.rel === 'nsubj' && !/^(?:W|VB|MD)/.test(view.token(s).pos));
  const own = [
    ...nearestFirst(basic, v),
    ...view
      .dependents(v, 'nsubj')
      .filter(
        s =>
          !view.headArcs(s).some(a => a.rel === 'nsubj:pass') &&
          !/^(?:VB|MD)/.test(view.token(s).pos),
      ),
  ];
  if (own.length > 0) {
    return own[0] ?? null;
  }
  // "the African Union, which …, said": a relative clause speaks for the noun it qualifies
  const relcl = tree.head(v);
  if (relcl?.rel === 'acl:relcl') {
    return relcl.head;
  }
  let cur = v;
  for (let depth = 0; depth < 3; depth++) {
    const h = tree.head(cur);
    const rel = h?.rel.split(':')[0] ?? '';
    // a participle the parse left loose still has its head's subject ("…, adding that …")
    const loose = rel === 'dep' && view.token(cur).pos === 'VBG';
    if (h === null || h.head === 0 || !(SUBJECT_FROM_HEAD.has(rel) || loose)) {
      return null;
    }
    // "quoted X as saying": the quote act names the speaker (quoteAct), not the quoting subject
    if (view.lemma(h.head) === 'quote') {
      return null;
    }
    // an xcomp's subject is its controller, often the object of the verb above ("ordered the
    // observers to leave, accusing them …" is Cameroon's accusation): climb to that verb instead
    const controlled =
      tree.head(h.head)?.rel === 'xcomp' && tree.children(h.head, 'nsubj').length === 0;
    // a misparse can hang two subjects on it ("“… every ship that sails …,” the ministry said,
    // urging …" with "sails" read as a noun): the nearest before the verb, as for the verb's own
    const subj = controlled ? [] : nearestFirst(view.dependents(h.head, 'nsubj'), h.head);
    if (subj.length > 0) {
      return subj[0] ?? null;
    }
    cur = h.head;
  }
  return null;
}

/**
 * "…, said Sri Lanka's navy commander, Vice Admiral X": after what was said, the speaker follows the
 * verb, and the parse may take it for an object.
 */
export function invertedSubject(
  view: SentenceView,
  tree: BasicTree,
  v: number,
  contents: readonly (readonly number[])[],
): number | null {
  if (contents.length === 0 || contents.some(c => c.some(i => i > v))) {
    return null;
  }
  return (
    tree
      .children(v, 'obj', 'dep', 'appos', 'nsubj')
      .find(c => c > v && view.token(c).pos.startsWith('NN')) ?? postVerbalPhrase(view, tree, v)
  );
}

/**
 * The noun phrase that opens right after `v` ("…, said Sri Lanka's navy commander, X, adding that
 * …"): the parse may hang the inverted speaker on the participle after it as that verb's subject, so
 * it is found by position, as the widest noun-headed subtree starting at the word after the verb.
 */
function postVerbalPhrase(view: SentenceView, tree: BasicTree, v: number): number | null {
  let best: number | null = null;
  let width = 0;
  for (let t = v + 1; t <= view.size; t++) {
    const sub = tree.subtree(t);
    if (view.token(t).pos.startsWith('NN') && sub[0] === v + 1 && sub.length > width) {
      best = t;
      width = sub.length;
    }
  }
  return best;
}

/**
 * "<clause>, the Romanian foreign ministry said.": the head of the phrase between the last comma
 * before `v` and `v` (a noun whose head lies outside it), or null. The parse may hang that phrase as
 * an apposition of the clause's last name and make the name the verb's subject; a speaker is never
 * part of what it is reported to have said, so this phrase is the speaker instead, when all of it
 * lies between the comma and the verb.
 */
export function phraseBeforeVerb(view: SentenceView, tree: BasicTree, v: number): number | null {
  let comma = v - 1;
  while (comma >= 1 && view.token(comma).word !== ',') {
    comma--;
  }
  for (let t = comma + 1; t < v; t++) {
    const h = tree.head(t)?.head ?? 0;
    if (view.token(t).pos.startsWith('NN') && (h <= comma || h >= v)) {
      // a phrase the parse also hung words of the clause on is no clean speaker either
      return tree.subtree(t).every(i => i > comma && i < v) ? t : null;
    }
  }
  return null;
}

/**
 * A subject the parse lost: a reporting verb hanging loose (dep) with no subject, as when a dateline
 * derails the parse ("ANKARA (Wire) - Minister X, who met …, said that …"), takes the noun right
 * before it when the parse hung that noun on an earlier one as an apposition ("… mediated by Oman,
 * the Omani foreign ministry said." reads the ministry as an apposition of "Oman"), else the nearest
 * proper noun before it that the parse also left loose or in apposition.
 */
export function looseSubject(view: SentenceView, tree: BasicTree, v: number): number | null {
  if (tree.head(v)?.rel !== 'dep') {
    return null;
  }
  const before = v - 1;
  const rel = before >= 1 ? tree.head(before)?.rel : undefined;
  if ((rel === 'appos' || rel === 'dep') && view.token(before).pos.startsWith('NN')) {
    return before;
  }
  for (let t = v - 1; t >= 1; t--) {
    const rel = tree.head(t)?.rel;
    if (view.token(t).pos.startsWith('NNP') && (rel === 'dep' || rel === 'appos')) {
      return t;
    }
  }
  return null;
}

/**
 * "…, the ministry said": a reporting verb whose subject opens after a comma or a closing quote is
 * an attribution added to the sentence, even when the parse hangs it under the clause as a ccomp.
 */
export function isAttribution(view: SentenceView, tree: BasicTree, c: number): boolean {
  const subject = tree
    .children(c, 'nsubj')
    .filter(s => s < c)
    .at(-1);
  const first = subject === undefined ? undefined : tree.subtree(subject)[0];
  return first !== undefined && first > 1 && /^[,”"’]$/.test(view.token(first - 1).word);
}

/**
 * A reporting participle the parse hung on a noun (acl, or loose after a comma) is an adjunct of the clause around it, whose
 * subject speaks: after a comma ("refused a request to extradite a businessman accused of smuggling
 * fuel, ruling that …") the nearest verb above it with a subject, and on the object of a verb of
 * issuing ("read out a joint statement saying …") that verb's subject; a report someone reacts to
 * ("rejected a report saying …") is not theirs.
 */
export function participleSubject(view: SentenceView, tree: BasicTree, v: number): number | null {
  const up = tree.head(v);
  const comma = v > 1 && view.token(v - 1).word === ',';
  // after a comma the parse may also hang it loose (dep) on a word of the phrase before
  if (up === null || !(up.rel === 'acl' || (up.rel === 'dep' && comma))) {
    return null;
  }
  if (view.token(v).pos !== 'VBG' || /^VB/.test(view.token(up.head).pos)) {
    return null;
  }
  let cur = up.head;
  for (let h = tree.head(cur); h !== null && h.head !== 0; h = tree.head(cur)) {
    const verb = /^VB/.test(view.token(h.head).pos);
    if (verb && !comma && (h.rel !== 'obj' || QUOTING_LEMMAS.has(view.lemma(h.head)))) {
      return null;
    }
    const subject = verb ? tree.children(h.head, 'nsubj')[0] : undefined;
    if (subject !== undefined) {
      return subject;
    }
    if (verb && !comma) {
      return null;
    }
    cur = h.head;
  }
  return null;
}
