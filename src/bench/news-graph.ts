/**
 * The read benchmark's graph, generated: each article of the news corpus (news-corpus.ts, seeded) as a
 * knowledge-graph batch holding the facts its sentences state, built directly (no extraction), so the
 * graph does not depend on how well, or how fast, ingest reads text. Ids are ingest's (kg-batch.ts),
 * every span is a slice of the article's text, and every batch passes validateBatch. The shape follows
 * what the rule-based extractor made of the same articles: each event sentence one event (CAMEO code,
 * ends, date and its precision, modality, the sentence as evidence), each quotation or reported claim
 * one statement, every mention of a country, leader or outlet.
 */
import {
  type KgActor,
  type KgBatch,
  type KgEvent,
  type KgOffice,
  type KgProvenance,
  type KgRelation,
  type KgStatement,
  type Span,
  articleId,
  eventId,
  statementId,
} from '../kg/kg-batch';
import { DatePrecision, Modality } from '../kg/domain';
import {
  type ActorProfile,
  COUNTRY_PROFILES,
  LEADER_PROFILES,
  OUTLET_PROFILES,
} from './news-actors';
import { EVENT_CODES, MODALITY, checkEventCodes, dateOf, eventOf, profile } from './news-facts';
import {
  type CorpusArticle,
  type CorpusSentence,
  type Mark,
  type Piece,
  corpusArticles,
  pieceText,
} from './news-corpus';

export const GENERATOR = 'newsgraph-bench-generator/1.0.0';

const PROVENANCE: KgProvenance = { extractor: GENERATOR, confidence: {}, defaultConfidence: 1 };

function profileOf(mark: Mark): ActorProfile | undefined {
  if ('country' in mark) {
    return COUNTRY_PROFILES.get(mark.country.iso3);
  }
  if ('leader' in mark) {
    return LEADER_PROFILES.get(mark.leader.name);
  }
  return 'outlet' in mark ? OUTLET_PROFILES.get(mark.outlet) : undefined;
}

/** Walks an article's pieces with their offsets in the text. */
function locate(article: CorpusArticle): {
  mentions: { mark: Mark; span: Span }[];
  sentences: { sentence: CorpusSentence; span: Span; said: Span | null }[];
} {
  const { text } = article.input;
  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
  const mentions: { mark: Mark; span: Span }[] = [];
  let pos = 0;
  let open = -1;
  let said: Span | null = null;
  const walk = (pieces: readonly Piece[]): void => {
    for (const p of pieces) {
      const t = pieceText(p);
      if (typeof p !== 'string' && text.slice(pos, pos + t.length) !== t) {
        throw new Error(`generated text and pieces disagree at ${pos} in ${article.input.url}`);
      }
      if (typeof p !== 'string' && 'said' in p) {
        if (p.said === 'open') {
          open = pos;
        } else {
          said = span(open, pos);
        }
      } else if (typeof p !== 'string') {
        mentions.push({ mark: p, span: span(pos, pos + t.length) });
      }
      pos += t.length;
    }
  };
  walk(article.title);
  pos += 2; // the title's line and the blank line after it
  const sentences: { sentence: CorpusSentence; span: Span; said: Span | null }[] = [];
  for (const paragraph of article.paragraphs) {
    paragraph.forEach((sentence, i) => {
      pos += i === 0 ? 0 : 1; // sentences are joined by a space
      const start = pos;
      said = null;
      walk(sentence.pieces);
      sentences.push({ sentence, span: span(start, pos), said });
    });
    pos += 2;
  }
  return { mentions, sentences };
}

/** One generated article as the batch ingest would write for it. */
export function articleBatch(article: CorpusArticle): KgBatch {
  const { text, publishedAt } = article.input;
  const aid = articleId(text);
  const { mentions, sentences } = locate(article);
  const actors = new Map<string, { profile: ActorProfile; mentions: Span[] }>();
  for (const { mark, span } of mentions) {
    const p = profileOf(mark);
    if (p === undefined) {
      throw new Error(`news-actors.ts has no profile for ${mark.text}`);
    }
    const entry = actors.get(p.id) ?? { profile: p, mentions: [] };
    entry.mentions.push(span);
    actors.set(p.id, entry);
  }
  const events: KgEvent[] = [];
  const statements: KgStatement[] = [];
  for (const { sentence, span, said } of sentences) {
    const { fact } = sentence;
    if (fact === null) {
      continue;
    }
    if (fact.kind === 'quote' || fact.kind === 'claim') {
      if (said === null) {
        throw new Error(`a ${fact.kind} without its words in ${article.input.url}`);
      }
      statements.push({
        id: statementId(aid, said),
        speakerId: profile(fact.a.iso3, fact.a.name).id,
        addresseeIds: [],
        aboutIds: [profile(fact.b.iso3, fact.b.name).id],
        reportedById: null,
        direct: fact.kind === 'quote',
        reportingVerb: fact.kind === 'quote' ? 'said' : 'stated',
        stance: fact.kind === 'quote' ? 1 : 0,
        date: publishedAt,
        datePrecision: DatePrecision.DAY,
        channel: null,
        span: said,
        eventIds: [],
      });
      continue;
    }
    const { source, target, summary } = eventOf(fact);
    const code = EVENT_CODES[fact.kind];
    // retaliation answers the target's latest earlier act in the article
    const answered =
      fact.kind === 'cut-ties' ? events.findLast(e => e.sourceId === target.id) : undefined;
    events.push({
      id: eventId(aid, code, source.id, target.id, span),
      code,
      sourceId: source.id,
      targetId: target.id,
      ...dateOf(fact, publishedAt),
      modality: MODALITY[fact.kind] ?? Modality.ASSERTED,
      summary,
      evidence: [span],
      respondsToId: answered?.id ?? null,
    });
  }
  const present = (iso3: string | undefined): string | undefined => {
    const id = iso3 === undefined ? undefined : `country:${iso3}`;
    return id !== undefined && actors.has(id) ? id : undefined;
  };
  const relations: KgRelation[] = [];
  const offices: KgOffice[] = [];
  for (const { profile: p } of actors.values()) {
    const countryId = present(p.of);
    if (countryId === undefined) {
      continue;
    }
    relations.push({ type: 'OF_COUNTRY', fromId: p.id, toId: countryId });
    if (p.office !== undefined) {
      offices.push({ personId: p.id, countryId, ...p.office, until: null });
    }
  }
  const kgActors: KgActor[] = [...actors.values()].map(({ profile: p, mentions: m }) => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    aliases: p.aliases,
    iso3: p.iso3,
    wikidataId: p.wikidataId,
    description: p.description,
    mentions: m,
  }));
  return {
    article: {
      id: aid,
      title: article.input.title ?? '',
      url: article.input.url ?? null,
      source: article.input.source ?? null,
      publishedAt: `${publishedAt}T00:00:00.000Z`,
      publishedAtPrecision: DatePrecision.DAY,
      publishedAtInferred: false,
      text,
    },
    provenance: PROVENANCE,
    actors: kgActors,
    offices,
    relations,
    statements,
    events,
  };
}

/** The graph of `count` generated articles, one batch per article, in corpus order. */
export function newsGraph(count: number, articleBytes = 3000, seed = 42): KgBatch[] {
  checkEventCodes();
  return corpusArticles(count, articleBytes, seed).map(articleBatch);
}
