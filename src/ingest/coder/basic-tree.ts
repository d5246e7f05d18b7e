/**
 * The basic (tree-shaped) dependencies of a sentence, for subtrees and single heads, beside the
 * enhanced++ graph of sentence-view.ts; and the clause a verb heads, as reported speech.
 */
import type { NlpSentence } from '../nlp/corenlp.client';
import type { SentenceView } from './sentence-view';

/** The basic dependency tree of a sentence: children by head, for subtrees. */
export class BasicTree {
  private readonly kids = new Map<number, { rel: string; dep: number }[]>();
  private readonly heads = new Map<number, { rel: string; head: number }>();

  constructor(sentence: NlpSentence) {
    for (const d of sentence.basicDependencies) {
      this.kids.set(d.governor, [
        ...(this.kids.get(d.governor) ?? []),
        { rel: d.dep, dep: d.dependent },
      ]);
      this.heads.set(d.dependent, { rel: d.dep, head: d.governor });
    }
  }

  children(i: number, ...rels: readonly string[]): number[] {
    return (this.kids.get(i) ?? [])
      .filter(k => rels.length === 0 || rels.some(r => k.rel === r || k.rel.startsWith(`${r}:`)))
      .map(k => k.dep);
  }

  head(i: number): { rel: string; head: number } | null {
    return this.heads.get(i) ?? null;
  }

  /** Token indexes of the subtree of `i`, without the subtrees of `except`, sorted. */
  subtree(i: number, except: ReadonlySet<number> = new Set()): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length > 0) {
      const h = stack.pop() as number;
      if (except.has(h)) {
        continue;
      }
      out.push(h);
      stack.push(...this.children(h));
    }
    return out.sort((a, b) => a - b);
  }
}

/**
 * The verb of the clause that a relative clause headed by `v` hangs in, through the noun it modifies
 * ("respect a ruling that sided with …" from "sided": "respect"); `v` itself when it heads no
 * relative clause.
 */
export function relativeHost(tree: BasicTree, v: number): number {
  if (tree.head(v)?.rel !== 'acl:relcl') {
    return v;
  }
  let h = tree.head(v)?.head ?? v;
  for (let up = tree.head(h); up !== null && /^(?:obj|obl|nmod)$/.test(up.rel); up = tree.head(h)) {
    h = up.head;
  }
  return h;
}

export function isVerbLike(view: SentenceView, i: number): boolean {
  return view.token(i).pos.startsWith('VB');
}

/** The tokens of the reported clause headed by `c`, without "that" and the according-to phrase. */
export function clause(
  tree: BasicTree,
  view: SentenceView,
  c: number,
  except: ReadonlySet<number>,
): number[] {
  return tree
    .subtree(c, except)
    .filter(
      i => !(tree.head(i)?.head === c && tree.head(i)?.rel === 'mark' && view.lemma(i) === 'that'),
    );
}
