/** Tokens with their conjuncts ("Russia and China condemned": both subjects), each once, in order met. */
import type { SentenceView } from './sentence-view';

export function withConjuncts(view: SentenceView, tokens: readonly number[]): number[] {
  const all = [...tokens, ...tokens.flatMap(t => view.dependents(t, 'conj'))];
  return [...new Set(all)];
}
