/**
 * A sentence of the parse seen as a tree: tokens by their 1-based index, the dependents of a token by
 * relation, its head, and the phrase a token names with its tight modifiers. Built on CoreNLP's
 * enhanced++ dependencies, where conjuncts already share their head's relations ("Russia and China
 * condemned": both are nsubj) and prepositions sit in the relation name (`obl:against`, `nmod:of`).
 */
import type { NlpDependency, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { contactObjects } from './contact-clauses';
import { pastDate } from './dated-subjects';

/** Modifiers that belong to a name's phrase: "North Korean leader Kim", "Russia's foreign ministry". */
const PHRASE_RELATIONS: ReadonlySet<string> = new Set(['compound', 'flat', 'amod', 'nmod:poss']);

export interface Arc {
  readonly rel: string;
  readonly head: number;
  readonly dep: number;
}

/**
 * CoreNLP parses "retaliated by expelling two diplomats" as amod(diplomats, expelling) and
 * obl:by(retaliated, diplomats): the gerund becomes an adjective. Read it as the parse of the sentence
 * it is, advcl:by(retaliated, expelling) and obj(expelling, diplomats), so that the act is a verb with
 * its object and its subject's clause.
 */
function repairByGerund(d: NlpDependency, sentence: NlpSentence): NlpDependency {
  const all = sentence.enhancedPlusPlusDependencies;
  const gerundAt = (i: number): boolean => sentence.tokens[i - 1]?.pos === 'VBG';
  const byNoun = (n: number): NlpDependency | undefined =>
    all.find(x => x.dep === 'obl:by' && x.dependent === n);
  if (d.dep === 'amod' && gerundAt(d.dependent)) {
    const by = byNoun(d.governor);
    if (by !== undefined) {
      return { ...d, dep: 'obj', governor: d.dependent, dependent: d.governor };
    }
  }
  if (d.dep === 'obl:by') {
    const gerund = all.find(
      x => x.dep === 'amod' && x.governor === d.dependent && gerundAt(x.dependent),
    );
    if (gerund !== undefined) {
      return { ...d, dep: 'advcl:by', dependent: gerund.dependent };
    }
  }
  return d;
}

export class SentenceView {
  private readonly down = new Map<number, Arc[]>();
  private readonly up = new Map<number, Arc[]>();

  constructor(readonly sentence: NlpSentence) {
    for (const d of sentence.enhancedPlusPlusDependencies) {
      // "In 2019 Kenyan police arrested …": the subject the parser glued to the opening date
      this.add(pastDate(repairByGerund(d, sentence), sentence));
    }
    // "45 Russian diplomats it accused of spying": the object a contact clause's gap leaves out
    for (const d of contactObjects(sentence)) {
      this.add(d);
    }
  }

  private add(d: NlpDependency): void {
    const arc = { rel: d.dep, head: d.governor, dep: d.dependent };
    this.down.set(d.governor, [...(this.down.get(d.governor) ?? []), arc]);
    this.up.set(d.dependent, [...(this.up.get(d.dependent) ?? []), arc]);
  }

  get size(): number {
    return this.sentence.tokens.length;
  }

  /** Token `i` (1-based). */
  token(i: number): NlpToken {
    const t = this.sentence.tokens[i - 1];
    if (t === undefined) {
      throw new Error(`token ${i} is outside the sentence (${this.size} tokens)`);
    }
    return t;
  }

  lemma(i: number): string {
    return this.token(i).lemma.toLowerCase();
  }

  /** Dependents of `i` whose relation is `rel` or starts with `rel:` (`obl` gives `obl:with` too). */
  dependents(i: number, ...rels: readonly string[]): number[] {
    return (this.down.get(i) ?? [])
      .filter(a => rels.some(r => a.rel === r || a.rel.startsWith(`${r}:`)))
      .map(a => a.dep);
  }

  /** Arcs out of `i` (every relation). */
  arcsFrom(i: number): readonly Arc[] {
    return this.down.get(i) ?? [];
  }

  /** The basic head arc of `i` (the first in enhanced++ order), or null for the root. */
  headArc(i: number): Arc | null {
    return (this.up.get(i) ?? []).find(a => a.head !== 0) ?? null;
  }

  /** Every head arc of `i` (enhanced++ gives a token several heads: conjuncts, xcomp subjects). */
  headArcs(i: number): readonly Arc[] {
    return this.up.get(i) ?? [];
  }

  /**
   * The tokens of the phrase `i` heads, tight modifiers only (compound, flat, amod, nmod:poss, and
   * theirs), in order. The possessive marker is never included.
   */
  phrase(i: number): number[] {
    const out = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      const h = stack.pop() as number;
      for (const a of this.arcsFrom(h)) {
        if (PHRASE_RELATIONS.has(a.rel) && !out.has(a.dep)) {
          out.add(a.dep);
          stack.push(a.dep);
        }
      }
    }
    return [...out].sort((a, b) => a - b);
  }

  /** Character span of tokens `from`..`to` (inclusive). */
  span(from: number, to: number): { start: number; end: number } {
    return {
      start: this.token(from).characterOffsetBegin,
      end: this.token(to).characterOffsetEnd,
    };
  }

  /** Verbs (and predicative heads) of the sentence, in order. */
  verbs(): number[] {
    return this.sentence.tokens.filter(t => t.pos.startsWith('VB')).map(t => t.index);
  }
}
