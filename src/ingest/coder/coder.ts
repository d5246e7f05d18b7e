/**
 * The coder on the parse: an article and its CoreNLP parse in, the same KgBatch the writer takes out.
 * Actors come from actor-mentions.ts, events from event-coder.ts, statements from statement-coder.ts.
 * Ingest runs it on every article (src/ingest/article.extractor.ts); `npm run eval` scores it.
 */
import { withAddressedLegislatures } from './addressed-legislatures';
import { type KgBatch, type KgEvent, type Span, articleId, eventId } from '../../kg/kg-batch';
import { parseDateTime } from '../../kg/dates';
import { DatePrecision, Modality } from '../../schema/domain.enum';
import { findIgnoredSpans } from '../clean';
import type { NlpDocument } from '../nlp/corenlp.client';
import type { ArticleInput } from '../../kg/article-input';
import { composeSummary } from '../summary';
import { codeActors, statesOf } from './actor-mentions';
import { withoutRetoldActs, withoutVisitMeetings } from './conventions';
import { type Discourse, buildDiscourse } from './discourse';
import { headlineEnd } from './headline';
import { withoutHeadlineVerbalActs } from './headline-acts';
import { alignDate } from './event-dates';
import { type DraftEvent, type EventContext, codeSentenceEvents } from './event-coder';
import { withVisitHosts } from './visit-hosts';
import { withVisitPairs } from './visit-pairs';
import { SentenceView } from './sentence-view';
import { mentionsOf } from './speakers';
import { type CodedStatement, codeStatements } from './statement-coder';
import { isUnrealised } from './modality';
import { pinWeekdays } from './weekdays';

export const CODER_VERSION = 'newsgraph-coder/0.19.0';

/**
 * Two drafts tell the same act when code, source and target agree and either one is the headline's
 * (which repeats the lead) or they share modality (asserted and reported count as one) and their dates
 * do not differ ("imposed sanctions on Monday" and "could extend the sanctions" stay two events).
 */
function sameAct(a: DraftEvent, b: DraftEvent, headline: number, day: string | null): boolean {
  if (a.code !== b.code || a.sourceId !== b.sourceId || a.targetId !== b.targetId) {
    return false;
  }
  if (a.evidence.start < headline || b.evidence.start < headline) {
    // a headline tells the news, not the background of an earlier year
    const year = (d: DraftEvent): string => d.date?.date.slice(0, 4) ?? day?.slice(0, 4) ?? '';
    return year(a) >= (day?.slice(0, 4) ?? '') && year(b) >= (day?.slice(0, 4) ?? '');
  }
  // what is told as done is one act whether asserted or reported ("China welcomed the decision …
  // Beijing appreciated Nauru's choice, according to Xinhua")
  const told = (m: Modality): Modality => (m === Modality.REPORTED ? Modality.ASSERTED : m);
  return (
    told(a.modality) === told(b.modality) &&
    (a.date === null || b.date === null || a.date.date === b.date.date)
  );
}

/** The events of the article: dated, the same act told twice merged into one (its evidence kept). */
function finish(
  id: string,
  drafts: readonly DraftEvent[],
  names: ReadonlyMap<string, string>,
  day: string | null,
  headline: number,
): KgEvent[] {
  const acts: { d: DraftEvent; evidence: Span[] }[] = [];
  // the body's telling first: a headline's act joins the body's one
  const ordered = [
    ...drafts.filter(d => d.evidence.start >= headline),
    ...drafts.filter(d => d.evidence.start < headline),
  ];
  for (const d of ordered) {
    const seen = acts.find(a => sameAct(a.d, d, headline, day));
    if (seen === undefined) {
      acts.push({ d, evidence: [d.evidence] });
    } else if (!seen.evidence.some(e => e.start === d.evidence.start)) {
      seen.evidence.push(d.evidence);
    }
  }
  return acts.map(({ d: raw, evidence }) => {
    const future = isUnrealised(raw.modality);
    const d =
      raw.date === null || day === null ? raw : { ...raw, date: alignDate(raw.date, day, future) };
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

/** How sure a statement is: a quotation over reported speech over a source's claim; less when the
 * speaker was carried over (a pronoun, "the ministry") rather than named. */
function statementConfidence(s: CodedStatement): number {
  const base = { quote: 0.85, reported: 0.75, according: 0.7, continued: 0.75 }[s.rule];
  return Math.round((base - (s.speakerNamed ? 0 : 0.1)) * 100) / 100;
}

/**
 * What the event coder reads an article with: its actors and their states, its boilerplate, its day, its
 * discourse model, its parse with bare weekdays pinned to the article's day (weekdays.ts) and its sentences
 * (the eval's causes report reads the article with the same).
 */
export function articleContext(
  text: string,
  parsed: NlpDocument,
  day: string | null,
): EventContext & {
  readonly discourse: Discourse;
  readonly doc: NlpDocument;
  readonly views: readonly SentenceView[];
} {
  const doc = pinWeekdays(parsed, day);
  const ignored = findIgnoredSpans(text);
  const actors = withAddressedLegislatures(text, doc, codeActors(text, doc, ignored, day));
  const states = statesOf(actors);
  const discourse = buildDiscourse(doc, actors, states);
  const views = doc.sentences.map(s => new SentenceView(s));
  return { text, actors, states, ignored, day, discourse, doc, views };
}

/** Codes one article from its parse (`doc` must be the parse of exactly `input.text`). */
export function codeArticle(input: ArticleInput, parsed: NlpDocument): KgBatch {
  const { text } = input;
  const published = input.publishedAt ? parseDateTime(input.publishedAt) : null;
  const day = published?.value.slice(0, 10) ?? null;
  const ctx = articleContext(text, parsed, day);
  const { actors: coded, states, ignored, views, doc } = ctx;
  const drafts: DraftEvent[] = [];
  for (const view of views) {
    drafts.push(...codeSentenceEvents(view, ctx, drafts));
  }
  const id = articleId(text);
  const names = new Map(coded.actors.map(a => [a.id, a.name]));
  const headline = headlineEnd(text);
  const events = withoutHeadlineVerbalActs(
    finish(
      id,
      withoutRetoldActs(
        withoutVisitMeetings(withVisitPairs(withVisitHosts(drafts, views, ctx), ctx)),
        states,
        day,
      ),
      names,
      day,
      headline,
    ),
    headline,
    states,
  );
  const confidence: Record<string, number> = {};
  for (const a of coded.actors) {
    confidence[a.id] = 0.8;
  }
  for (const e of events) {
    confidence[e.id] = 0.6;
  }
  const statements = codeStatements({
    articleId: id,
    text,
    doc,
    mentions: mentionsOf(coded.actors),
    states,
    names,
    ignored,
    day,
  });
  for (const s of statements) {
    confidence[s.statement.id] = statementConfidence(s);
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
    statements: statements.map(s => s.statement),
    events,
  };
}
