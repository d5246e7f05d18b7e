/**
 * The statements found so far in an article, and how a find joins them: one inside boilerplate is
 * dropped, overlapping finds keep the first, direct speech before reported speech; a reported clause
 * becomes its quotations of substance (direct) or, without one, the clause itself (reported).
 */
import type { Span } from '../../kg/kg-batch';
import type { BasicTree } from './basic-tree';
import { wordCount } from './quotes';
import type { SentenceView } from './sentence-view';
import { QUOTING_LEMMAS, REPORTING_LEMMAS } from './speech-lemmas';
import { type Draft, clauseSpan, overlaps } from './statement-parts';

/** A quotation of substance in a clause: four words or more, or most of the clause. */
function substantial(q: Span, clause: Span): boolean {
  return wordCount(q.text) >= 4 || wordCount(q.text) * 2 >= wordCount(clause.text);
}

/**
 * The clauses conjoined in `tokens`, outermost only, and what remains of `tokens` without them. A
 * conjoined clause has a subject or a mark of its own ("and that it no longer …"); a second verb of
 * the same subject ("and praised …") is not one.
 */
function clauseParts(view: SentenceView, tree: BasicTree, tokens: readonly number[]): number[][] {
  const inside = new Set(tokens);
  const parts: number[][] = [];
  const taken = new Set<number>();
  for (const t of tokens) {
    if (taken.has(t)) {
      continue;
    }
    for (const c of tree.children(t, 'conj')) {
      if (
        !inside.has(c) ||
        taken.has(c) ||
        tree.children(c, 'nsubj', 'nsubj:pass', 'mark').length === 0
      ) {
        continue;
      }
      const part = tree.subtree(c).filter(i => inside.has(i));
      part.forEach(i => taken.add(i));
      // "and it asked Ecuador to “…”": a speech act of its own, which its own rule reads; it is not
      // part of what the verb before reports, so only the rest of the clause is
      if (!QUOTING_LEMMAS.has(view.lemma(c)) && !REPORTING_LEMMAS.has(view.lemma(c))) {
        parts.push(part);
      }
    }
  }
  return taken.size === 0 ? [] : [tokens.filter(t => !taken.has(t)), ...parts];
}

export class StatementDrafts {
  private readonly found: Draft[] = [];
  /** The last statement a speech act or "according to" gave: a passive "it was stated" speaks as it. */
  last: Draft | null = null;

  constructor(
    private readonly text: string,
    private readonly quotes: readonly Span[],
    private readonly ignored: readonly Span[],
  ) {}

  get all(): readonly Draft[] {
    return this.found;
  }

  get size(): number {
    return this.found.length;
  }

  /** Adds `d` unless boilerplate or an earlier find of at least its kind overlaps it. */
  push(d: Draft): void {
    if (
      this.ignored.some(i => overlaps(i, d.span)) ||
      this.found.some(x => overlaps(x.span, d.span) && (x.direct || !d.direct))
    ) {
      return;
    }
    for (let i = this.found.length - 1; i >= 0; i--) {
      if (overlaps((this.found[i] as Draft).span, d.span)) {
        this.found.splice(i, 1);
      }
    }
    this.found.push(d);
  }

  /**
   * Statements of one reported clause (`tokens`): its quotations of substance, else the clause
   * itself; the latest one becomes `last`.
   */
  fromClause(
    view: SentenceView,
    tree: BasicTree,
    tokens: readonly number[],
    base: Omit<Draft, 'span' | 'direct'>,
  ): void {
    const before = this.found.length;
    this.clause(view, tree, tokens, base);
    if (this.found.length > before) {
      this.last = this.found.at(-1) ?? this.last;
    }
  }

  private clause(
    view: SentenceView,
    tree: BasicTree,
    tokens: readonly number[],
    base: Omit<Draft, 'span' | 'direct'>,
  ): void {
    const whole = clauseSpan(this.text, view, tokens);
    if (whole === null) {
      return;
    }
    const substance = this.quotes.filter(q => overlaps(q, whole) && substantial(q, whole));
    // beside a quotation of substance, a short one is quoted words too, not a label: "said it was
    // “closely watching” the drill, which it accused … of staging “near waters where …”" says both
    const inner = substance.length === 0 ? substance : this.quotes.filter(q => overlaps(q, whole));
    // a clause without quotations is one statement; with one, even a short label ("said she “deeply
    // regretted” the decision and that …"), each of its conjoined clauses is a statement
    const quoted = this.quotes.some(q => overlaps(q, whole));
    if (inner.length === 0 && (!quoted || clauseParts(view, tree, tokens).length === 0)) {
      // what was said is a proposition, told by a clause: a noun phrase alone ("a charge Benin
      // denies", the object a contact relative clause refers back to) is what it is about
      const verbal = tokens.some(t => /^(?:VB|MD)/.test(view.token(t).pos));
      if (verbal && wordCount(whole.text) >= 2) {
        this.push({ ...base, span: whole, direct: false });
      }
      return;
    }
    inner.forEach(q => {
      this.push({
        ...base,
        span: q,
        direct: true,
        rule: base.rule === 'reported' ? 'quote' : base.rule,
      });
    });
    // each part of the clause without a quotation is reported speech of its own: a conjoined clause
    // ("and that it no longer …", wherever the parse hung it) or the clause before one that holds
    // the quotation ("that the crew had ignored warnings and that the case would be handled “…”")
    for (const part of clauseParts(view, tree, tokens)) {
      const span = clauseSpan(this.text, view, part);
      if (span !== null && !inner.some(q => overlaps(q, span)) && wordCount(span.text) >= 3) {
        this.push({ ...base, span, direct: false });
      }
    }
  }
}
