/**
 * Quotations no speech act took that continue a direct statement: a quotation opening a sentence
 * without a reporting verb, within two sentences of the last direct statement ("“…,” he said. “…”"),
 * and a paragraph's part of a quotation that runs on into the next paragraph, whose speaker is named
 * at the end of the next part.
 */
import type { Span } from '../../kg/kg-batch';
import type { NlpDocument } from '../nlp/corenlp.client';
import type { QuoteSpan } from './quotes';
import { type Draft, overlaps } from './statement-parts';

export function continuedQuotes(
  text: string,
  doc: NlpDocument,
  quotes: readonly QuoteSpan[],
  drafts: readonly Draft[],
  spoken: ReadonlySet<number>,
): Draft[] {
  const out: Draft[] = [];
  const sentenceOf = (offset: number): NlpDocument['sentences'][number] | undefined =>
    doc.sentences.find(s => (s.tokens.at(-1)?.characterOffsetEnd ?? 0) > offset);
  const taken = (q: Span): boolean => [...drafts, ...out].some(d => overlaps(d.span, q));
  // run-on parts, last first, so that a quotation over three paragraphs takes its speaker through
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i] as QuoteSpan;
    const next = quotes[i + 1] as QuoteSpan;
    const d = [...drafts, ...out].find(x => x.direct && overlaps(x.span, next));
    if (q.runsOn && !taken(q) && d !== undefined) {
      out.push({ ...d, span: q, rule: 'continued' });
    }
  }
  for (const q of quotes) {
    const sentence = sentenceOf(q.start);
    const first = sentence?.tokens[0];
    if (
      sentence === undefined ||
      first === undefined ||
      taken(q) ||
      spoken.has(sentence.index) ||
      !/^[\s“"]*$/.test(text.slice(first.characterOffsetBegin, q.start))
    ) {
      continue;
    }
    const before = [...drafts, ...out]
      .filter(d => d.span.end <= q.start)
      .sort((a, b) => a.span.end - b.span.end)
      .at(-1);
    if (before?.direct === true && before.sentence >= sentence.index - 2) {
      out.push({ ...before, span: q, rule: 'continued', sentence: sentence.index });
    }
  }
  return out;
}
