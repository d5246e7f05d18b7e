/**
 * Statements on the parse. For each sentence outside boilerplate and the headline, the rules of
 * statement-rules.ts (speech acts, quoted words, "according to X"); then a quotation no speech act
 * covers, opening a sentence right after a direct statement, continues it ("“…,” he said. “…”",
 * continued-quotes.ts). Overlapping finds keep the first, direct speech before reported speech
 * (statement-drafts.ts). Speakers, addressees and sources resolve with one SpeakerResolver over the
 * article (speakers.ts), so a body named once ("Germany's foreign ministry") is "the ministry" later.
 */
import { DatePrecision } from '../../schema/domain.enum';
import { type KgStatement, type Span, statementId } from '../../kg/kg-batch';
import type { NlpDocument } from '../nlp/corenlp.client';
import { stanceOf } from '../stance';
import { BasicTree } from './basic-tree';
import { continuedQuotes } from './continued-quotes';
import { findQuoteSpans } from './quotes';
import { SentenceView } from './sentence-view';
import { type Mention, SpeakerResolver, clauseSubjects, postedPhrases } from './speakers';
import { directiveActs } from './directive-clauses';
import { speechActs } from './speech';
import { StatementDrafts } from './statement-drafts';
import type { Draft, StatementRule } from './statement-parts';
import { accordingStatements } from './according-statements';
import { type StatementScope, quotedWordStatements, speechStatements } from './statement-rules';
import { headlineEnd } from './headline';
import { TitledSpeakers } from './titled-speakers';

export interface StatementContext {
  readonly articleId: string;
  readonly text: string;
  readonly doc: NlpDocument;
  readonly mentions: readonly Mention[];
  readonly states: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
  readonly ignored: readonly Span[];
  /** The article's day (YYYY-MM-DD), the date of news of the day. */
  readonly day: string | null;
}

export type { StatementRule };

export interface CodedStatement {
  readonly statement: KgStatement;
  readonly rule: StatementRule;
  readonly speakerNamed: boolean;
}

/** The statement a draft is, with its id, the actors it is about, its stance and its date. */
function finish(ctx: StatementContext, resolver: SpeakerResolver, d: Draft): CodedStatement {
  return {
    rule: d.rule,
    speakerNamed: d.speaker.how === 'named',
    statement: {
      id: statementId(ctx.articleId, d.span),
      speakerId: d.speaker.id,
      addresseeIds: [...d.addresseeIds],
      aboutIds: [
        ...new Set(
          resolver
            .within(d.span.start, d.span.end)
            .map(m => m.id)
            .filter(id => id !== d.speaker.id),
        ),
      ],
      reportedById: d.reportedById,
      direct: d.direct,
      reportingVerb: d.verb,
      stance: stanceOf(d.span.text, d.verb),
      date: d.date?.date ?? ctx.day,
      datePrecision: d.date?.precision ?? (ctx.day === null ? null : DatePrecision.DAY),
      channel: d.channel,
      span: d.span,
      eventIds: [],
    },
  };
}

/** A line that ends like a sentence (a full stop, "!" or "?", maybe inside a closing quote). */
const SENTENCE_END = /[.!?]["”’]?\s*$/;

/**
 * Where the headline ends for statements, or 0: a headline restates the lead in telegram style ("Russia
 * says …") and the lead's statement is the one to keep; a first line that ends like a sentence is read
 * as a statement of its own.
 */
function telegramHeadlineEnd(text: string): number {
  const end = headlineEnd(text);
  return end > 0 && !SENTENCE_END.test(text.slice(0, end)) ? end : 0;
}

export function codeStatements(ctx: StatementContext): CodedStatement[] {
  const { text } = ctx;
  const subjects = clauseSubjects(ctx.doc, ctx.mentions);
  const resolver = new SpeakerResolver(
    ctx.mentions,
    ctx.states,
    ctx.names,
    subjects,
    postedPhrases(ctx.doc, ctx.mentions),
    new TitledSpeakers(ctx.doc, ctx.mentions),
  );
  const quotes = findQuoteSpans(text, ctx.ignored);
  const drafts = new StatementDrafts(text, quotes, ctx.ignored);
  const scope: StatementScope = {
    text,
    quotes,
    mentions: ctx.mentions,
    resolver,
    drafts,
    day: ctx.day,
    starts: ctx.doc.sentences.map(x => x.tokens[0]?.characterOffsetBegin ?? 0),
    subjects,
  };
  const headline = telegramHeadlineEnd(text);
  const spoken = new Set<number>();
  for (const sentence of ctx.doc.sentences) {
    const view = new SentenceView(sentence);
    const tree = new BasicTree(sentence);
    const span = view.span(1, view.size);
    if (span.end <= headline || ctx.ignored.some(i => i.start <= span.start && span.end <= i.end)) {
      continue;
    }
    const acts = [...speechActs(view, tree), ...directiveActs(view, tree)].sort(
      (a, b) => a.verb - b.verb,
    );
    if (acts.length > 0) {
      spoken.add(sentence.index);
    }
    speechStatements(scope, view, tree, acts);
    quotedWordStatements(scope, view, tree, acts);
    accordingStatements(scope, view, tree, acts);
  }
  for (const d of continuedQuotes(text, ctx.doc, quotes, drafts.all, spoken)) {
    drafts.push(d);
  }
  return [...drafts.all]
    .sort((a, b) => a.span.start - b.span.start)
    .map(d => finish(ctx, resolver, d));
}
