/**
 * A relative pronoun in an argument slot stands for the noun its clause is about: "herders from Mali,
 * dozens of whom have been detained" (the detained are Mali's), "the envoy, whom Fiji accuses of
 * spying". The enhanced parse mostly puts the noun in the pronoun's place already; it does not for a
 * pronoun inside a phrase ("dozens of whom") nor when the parser hangs the clause elsewhere (dep), so the
 * noun is read here: the head of the clause's acl:relcl when the clause hangs on a noun, else the noun
 * just before the comma that opens the relative phrase.
 */
import type { SentenceView } from './sentence-view';

const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);

/**
 * The nouns the relative pronoun at `i` ("whom", "who") may stand for, the likelier first ("herders from
 * Mali": the herders, then Mali), or [].
 */
export function relativeAntecedents(view: SentenceView, i: number): number[] {
  const t = view.token(i);
  if (t.pos !== 'WP' || !RELATIVES.has(t.word.toLowerCase())) {
    return [];
  }
  // the first token of the relative phrase: "dozens of whom" starts at "dozens"; a bare pronoun starts
  // the phrase itself ("the fishermen whom Fiji accuses": the walk must not pass the noun)
  let start = i;
  if (i > 2 && view.token(i - 1).word.toLowerCase() === 'of') {
    start = i - 1;
    while (start > 1 && /^(CD|DT|JJS?|NNS?|RBS?)$/.test(view.token(start - 1).pos)) {
      start--;
    }
  }
  for (let h = view.headArc(i)?.head ?? 0, depth = 0; h > 0 && depth < 4; depth++) {
    const up = view.headArcs(h).find(a => a.rel === 'acl:relcl' && a.head > 0 && a.head < start);
    if (up !== undefined && view.token(up.head).pos.startsWith('NN')) {
      return [up.head];
    }
    h = view.headArc(h)?.head ?? 0;
  }
  const comma = start - 1;
  if (comma < 2 || view.token(comma).word !== ',') {
    return [];
  }
  // "herders from Mali, dozens of whom": the noun before the comma, or the noun its last noun modifies
  const last = comma - 1;
  if (!view.token(last).pos.startsWith('NN')) {
    return [];
  }
  const up = view.headArc(last);
  const head = up?.rel.startsWith('nmod') === true ? up.head : 0;
  return head > 0 && head < last && view.token(head).pos.startsWith('NN') ? [head, last] : [last];
}

/**
 * "…, and her Belgian counterpart, Pieter Vanhoutte, who said the team would …", parsed with the
 * relative clause hung loose (dep) so that "who" stays the verb's subject: the noun it stands for.
 */
export function relativeSubject(view: SentenceView, subject: number): number {
  return relativeAntecedents(view, subject)[0] ?? subject;
}
