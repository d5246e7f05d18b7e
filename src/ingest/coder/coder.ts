/**
 * The coder on the parse: an article and its CoreNLP parse in, the same KgBatch the writer takes out.
 * Actors come from actor-mentions.ts, events from event-coder.ts; statements are not coded on the parse
 * yet (the next step), so the batch has none. Not wired into ingest: `npm run eval:coder` scores it
 * beside the rules until it beats them.
 */
import { type KgBatch, type KgEvent, type Span, articleId, eventId } from '../../kg/kg-batch';
import { parseDateTime } from '../../kg/dates';
import { DatePrecision, Modality } from '../../schema/domain.enum';
import { findIgnoredSpans } from '../clean';
import type { NlpDocument } from '../nlp/corenlp.client';
import type { ArticleInput } from '../../kg/article-input';
import { composeSummary } from '../summary';
import { codeActors, statesOf } from './actor-mentions';
import { type DraftEvent, codeSentenceEvents } from './event-coder';
import { SentenceView } from './sentence-view';

export const CODER_VERSION = 'newsgraph-coder/0.1.0';

/** The event of the article: dated, with the same act told twice merged into one (its evidence kept). */
function finish(
  id: string,
  drafts: readonly DraftEvent[],
  names: ReadonlyMap<string, string>,
  day: string | null,
): KgEvent[] {
  const byKey = new Map<string, { d: DraftEvent; evidence: Span[] }>();
  for (const d of drafts) {
    const key = `${d.code}|${d.sourceId}|${d.targetId}`;
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, { d, evidence: [d.evidence] });
    } else if (!seen.evidence.some(e => e.start === d.evidence.start)) {
      seen.evidence.push(d.evidence);
    }
  }
  return [...byKey.values()].map(({ d, evidence }) => {
    let modality = d.modality;
    if (d.date !== null && day !== null && d.date.date.slice(0, 4) < day.slice(0, 4)) {
      modality = Modality.HISTORICAL;
    }
    const now = modality === Modality.ASSERTED || modality === Modality.REPORTED;
    const inferred = d.date === null && day !== null && now;
    const first = evidence[0] as Span;
    return {
      id: eventId(id, d.code, d.sourceId, d.targetId, first),
      code: d.code,
      sourceId: d.sourceId,
      targetId: d.targetId,
      date: inferred ? day : (d.date?.date ?? null),
      datePrecision: inferred ? DatePrecision.DAY : (d.date?.precision ?? null),
      dateInferred: inferred,
      modality,
      summary: composeSummary({
        source: names.get(d.sourceId) ?? d.sourceId,
        target: names.get(d.targetId) ?? d.targetId,
        verbPhrase: d.verbPhrase,
        preposition: d.preposition,
        modality,
        form: d.passive ? 'passive' : 'active',
      }),
      evidence,
      respondsToId: null,
    };
  });
}

/** Codes one article from its parse (`doc` must be the parse of exactly `input.text`). */
export function codeArticle(input: ArticleInput, doc: NlpDocument): KgBatch {
  const { text } = input;
  const published = input.publishedAt ? parseDateTime(input.publishedAt) : null;
  const day = published?.value.slice(0, 10) ?? null;
  const ignored = findIgnoredSpans(text);
  const coded = codeActors(text, doc, ignored, day);
  const states = statesOf(coded);
  const ctx = { text, actors: coded, states, ignored };
  const drafts = doc.sentences.flatMap(s => codeSentenceEvents(new SentenceView(s), ctx));
  const id = articleId(text);
  const names = new Map(coded.actors.map(a => [a.id, a.name]));
  const events = finish(id, drafts, names, day);
  const confidence: Record<string, number> = {};
  for (const a of coded.actors) {
    confidence[a.id] = 0.8;
  }
  for (const e of events) {
    confidence[e.id] = 0.6;
  }
  return {
    article: {
      id,
      title:
        input.title ??
        text
          .split('\n')
          .find(l => l.trim() !== '')
          ?.trim() ??
        '',
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt: published?.value ?? null,
      publishedAtPrecision: published?.precision ?? null,
      publishedAtInferred: false,
      text,
    },
    provenance: { extractor: CODER_VERSION, confidence, defaultConfidence: 0 },
    actors: coded.actors.filter(a => a.mentions.length > 0),
    offices: coded.offices,
    relations: coded.relations,
    statements: [],
    events,
  };
}
