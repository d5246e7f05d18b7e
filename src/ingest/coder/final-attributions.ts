/**
 * "<clause>, the ministry said [on Monday][, after …].": an attribution that closes its sentence, after
 * the clause it reports, however the parse hung that clause (a dateline glued to the lead derails it).
 */
import type { BasicTree } from './basic-tree';
import type { SentenceView } from './sentence-view';

/** Words that open an adverbial clause of time or reason ("after", "as", "when", "because"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'as',
  'while',
  'when',
  'since',
  'until',
  'because',
  'though',
  'although',
]);

/**
 * "…, the government said on Wednesday, after storage fees … were doubled.": the first token after
 * the reporting verb's own adjuncts (its prepositional phrases, adverbs and addressee, "told reporters
 * in Geneva") and after a comma-led adverbial clause that closes the sentence, whatever the parse hung
 * that clause on; `v + 1` when something else follows the verb.
 */
function trailingAdjuncts(view: SentenceView, tree: BasicTree, v: number): number {
  const own = new Set(
    tree
      .children(v)
      .filter(c => c > v && /^(?:obl(?::.*)?|advmod|obj|iobj)$/.test(tree.head(c)?.rel ?? ''))
      .flatMap(c => tree.subtree(c)),
  );
  let t = v + 1;
  while (t <= view.size && own.has(t)) {
    t++;
  }
  const next = t + 1 <= view.size ? view.token(t + 1) : null;
  return next !== null && view.token(t).word === ',' && SUBORDINATORS.has(next.word.toLowerCase())
    ? view.size + 1
    : t;
}

/**
 * "<clause>, the Omani foreign ministry said.": a reporting verb that ends its sentence, after a
 * comma and a speaker phrase without a verb, reports the whole sentence before that comma, however
 * the parse hung the clause (a dateline glued to the lead derails it). Returns those tokens, or null
 * when the sentence is not so built or the words before the comma have no finite verb ("In a
 * statement on Monday, the ministry said:").
 */
export function finalAttribution(view: SentenceView, tree: BasicTree, v: number): number[] | null {
  for (let t = trailingAdjuncts(view, tree, v); t <= view.size; t++) {
    if (!/^[.!?”"’']$/u.test(view.token(t).word)) {
      return null;
    }
  }
  let comma = v - 1;
  while (comma >= 1 && view.token(comma).word !== ',') {
    const pos = view.token(comma).pos;
    // "…, and Belgrade responded in kind": a conjoined clause, no attribution
    if (
      pos.startsWith('VB') ||
      /^(?:MD|CC)$/.test(pos) ||
      /^[”"’]$/u.test(view.token(comma).word)
    ) {
      return null;
    }
    comma--;
  }
  if (comma < 2 || comma === v - 1) {
    return null;
  }
  const before = Array.from({ length: comma - 1 }, (_, i) => i + 1);
  const finite = before.some(t => /^(?:VBD|VBZ|VBP|MD)$/u.test(view.token(t).pos));
  return finite ? before : null;
}
