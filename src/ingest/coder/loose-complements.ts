/**
 * Reported clauses the parse hung away from their reporting verb: a that-clause read as a relative
 * clause of a noun, and the rest of a zero-that clause left loose after the verb's object.
 */
import { type BasicTree, isVerbLike } from './basic-tree';
import type { SentenceView } from './sentence-view';

/**
 * "said in a message on a messaging channel that its fighters had attacked a militia post", parsed
 * with the that-clause as a relative clause of the channel: a relativizer fills a gap in its clause,
 * so a clause under a noun of the verb's obl whose "that" stands beside another argument of the same
 * relation (a second object or subject) has no gap, and is the verb's complement clause.
 */
export function gaplessRelatives(view: SentenceView, tree: BasicTree, v: number): number[][] {
  const out: number[][] = [];
  const nouns = tree.children(v, 'obl').flatMap(o => tree.subtree(o));
  for (const n of nouns) {
    for (const c of tree.children(n, 'acl:relcl')) {
      const that = tree.children(c).find(t => t < c && view.lemma(t) === 'that');
      const rel = that === undefined ? '' : (tree.head(that)?.rel ?? '');
      if (that !== undefined && /^(?:obj|nsubj)$/.test(rel) && tree.children(c, rel).length > 1) {
        out.push(tree.subtree(c).filter(t => t !== that));
      }
    }
  }
  return out;
}

/**
 * "read out a statement saying the two countries would reopen …", parsed with "the two countries" as
 * the object of "saying" and "would reopen …" as a loose verb of the sentence: the verb right after
 * the object, hung (dep) on a word before the reporting verb, or the root, is the rest of the
 * zero-that clause.
 */
export function looseRest(view: SentenceView, tree: BasicTree, v: number): number[] {
  const next = (tree.subtree(v).at(-1) ?? v) + 1;
  const verb = next <= view.size && view.token(next).pos === 'MD' ? tree.head(next)?.head : next;
  const up = verb === undefined || verb > view.size ? null : tree.head(verb);
  if (up === null || verb === undefined || !isVerbLike(view, verb)) {
    return [];
  }
  // "… and said the government should look for …", parsed with that verb as the sentence's root
  // and the speech verb's clause as its subject: the root's words from the object on
  return up.head === 0 && verb > v
    ? tree.subtree(verb).filter(i => i >= next)
    : up.rel === 'dep' && up.head < v
      ? tree.subtree(verb)
      : [];
}

/**
 * Reporting verbs whose object can only be what was said, never the one told (unlike "tell", "warn"):
 * their object right before a loose verb is that verb's subject.
 */
const SAID_ONLY: ReadonlySet<string> = new Set([
  'say',
  'state',
  'announce',
  'claim',
  'confirm',
  'insist',
  'declare',
  'write',
  'add',
  'argue',
  'note',
  'report',
]);

/**
 * "a statement saying the two countries would reopen the crossing", parsed with "the two countries" as
 * the object of "saying" and "would reopen" as a loose verb (dep, or the root): the subjectless verb at
 * `v` whose auxiliaries follow right after the object phrase of a reporting verb before it has that
 * object as its subject. Returns the object (or []).
 */
export function looseSubjects(view: SentenceView, v: number): number[] {
  if (view.dependents(v, 'nsubj', 'nsubj:pass').length > 0) {
    return [];
  }
  const up = view.headArcs(v).find(a => a.rel === 'dep' || a.rel === 'root' || a.head === 0);
  const auxes = view.dependents(v, 'aux');
  if (up === undefined || auxes.length === 0) {
    return [];
  }
  // the object's phrase ends right before the verb's first auxiliary
  const before = Math.min(...auxes) - 1;
  for (let k = before; k >= 1 && before - k < 8; k--) {
    const said = view
      .headArcs(k)
      .find(a => a.rel === 'obj' && a.head > 0 && a.head < k && SAID_ONLY.has(view.lemma(a.head)));
    if (said === undefined) {
      continue;
    }
    const end = Math.max(...view.phrase(k));
    return end === before && up.head < said.head + 1 ? [k] : [];
  }
  return [];
}
