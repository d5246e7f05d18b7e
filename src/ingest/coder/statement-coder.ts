/**
 * Statements on the parse. For each sentence outside boilerplate:
 * 1. every speech act (speech.ts) whose speaker resolves to a known actor (speakers.ts) gives its
 *    reported clauses: a clause holding a quotation of substance gives the quotation as a direct
 *    statement (and each conjoined clause without one as reported speech: "said that the switch was
 *    “…” and that it no longer …"); any other clause is one reported statement;
 * 2. "according to X" on a clause that is not itself reported: X is the source and, with a speech act
 *    ("Vietnam condemned …, according to VNA"), the clause's subject is the speaker and X the outlet;
 *    otherwise X's own claim ("Japan plans to …, according to Kyodo") is X's statement;
 * 3. a quotation no speech act covers, opening a sentence right after a direct statement, continues
 *    it ("“…,” he said. “…”").
 * The outlet carrying a statement is an outlet named by "according to", told ("told Reuters"), or
 * speaking itself. Overlapping finds keep the first, direct speech before reported speech.
 */
import { ActorKind, DatePrecision } from '../../schema/domain.enum';
import { type KgStatement, type Span, statementId } from '../../kg/kg-batch';
import type { NlpDocument } from '../nlp/corenlp.client';
import { stanceOf } from '../stance';
import { continuedQuotes } from './continued-quotes';
import { findQuoteSpans, wordCount } from './quotes';
import { SentenceView } from './sentence-view';
import { type Resolved, type Mention, SpeakerResolver } from './speakers';
import { BasicTree, SPEECH_ACT_LEMMAS, accordingTo, quotingActs, speechActs } from './speech';
import {
  type Draft,
  type StatementRule,
  accordingSource,
  addressing,
  clauseSpan,
  overlaps,
  statementDate,
} from './statement-parts';

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

/** A quotation of substance in a clause: four words or more, or most of the clause. */
function substantial(q: Span, clause: Span): boolean {
  return wordCount(q.text) >= 4 || wordCount(q.text) * 2 >= wordCount(clause.text);
}

export function codeStatements(ctx: StatementContext): CodedStatement[] {
  const { text } = ctx;
  const subjects = new Set<Mention>();
  const names = new SpeakerResolver(ctx.mentions, ctx.states, ctx.names);
  for (const sentence of ctx.doc.sentences) {
    const view = new SentenceView(sentence);
    for (const d of sentence.basicDependencies) {
      if (d.dep === 'nsubj') {
        names.covering(view, d.dependent).forEach(m => subjects.add(m));
      }
    }
  }
  const resolver = new SpeakerResolver(ctx.mentions, ctx.states, ctx.names, subjects);
  const quotes = findQuoteSpans(text, ctx.ignored);
  const kindOf = (id: string): ActorKind | undefined => ctx.mentions.find(m => m.id === id)?.kind;
  const outlet = (id: string | null): string | null =>
    id !== null && kindOf(id) === ActorKind.MEDIA_OUTLET ? id : null;
  const drafts: Draft[] = [];
  const push = (d: Draft): void => {
    if (
      !ctx.ignored.some(i => overlaps(i, d.span)) &&
      !drafts.some(x => overlaps(x.span, d.span) && (x.direct || !d.direct))
    ) {
      for (let i = drafts.length - 1; i >= 0; i--) {
        if (overlaps((drafts[i] as Draft).span, d.span)) {
          drafts.splice(i, 1);
        }
      }
      drafts.push(d);
    }
  };
  /** Statements of one reported clause: its quotations of substance, else the clause itself. */
  const fromClause = (
    view: SentenceView,
    tree: BasicTree,
    tokens: readonly number[],
    base: Omit<Draft, 'span' | 'direct'>,
  ): void => {
    const whole = clauseSpan(text, view, tokens);
    if (whole === null) {
      return;
    }
    const inner = quotes.filter(q => overlaps(q, whole) && substantial(q, whole));
    if (inner.length === 0) {
      if (wordCount(whole.text) >= 2) {
        push({ ...base, span: whole, direct: false });
      }
      return;
    }
    inner.forEach(q => {
      push({
        ...base,
        span: q,
        direct: true,
        rule: base.rule === 'reported' ? 'quote' : base.rule,
      });
    });
    // a conjoined clause without a quotation is reported speech of its own
    const head = tokens.find(t => !tokens.includes(tree.head(t)?.head ?? -1));
    for (const c of head === undefined ? [] : tree.children(head, 'conj')) {
      // a clause of its own ("and that it no longer …"), not a second act of the speaker ("and praised")
      if (tree.children(c, 'nsubj', 'mark').length === 0) {
        continue;
      }
      const part = clauseSpan(text, view, tree.subtree(c));
      if (part !== null && !inner.some(q => overlaps(q, part)) && wordCount(part.text) >= 3) {
        push({ ...base, span: part, direct: false });
      }
    }
  };

  // the headline restates the story's lead in telegram style ("Russia says …"): the lead's statement
  // is the one to keep, so a first line without a full stop and with more text after it yields none
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  const newline = text.indexOf('\n', lead);
  const headline =
    newline > 0 &&
    text.slice(newline).trim() !== '' &&
    !/[.!?]["”’]?\s*$/.test(text.slice(lead, newline));
  const headlineEnd = headline ? newline : 0;
  let last: Draft | null = null;
  const spoken = new Set<number>();
  for (const sentence of ctx.doc.sentences) {
    const view = new SentenceView(sentence);
    const tree = new BasicTree(sentence);
    const sentenceSpan = view.span(1, view.size);
    if (
      sentenceSpan.end <= headlineEnd ||
      ctx.ignored.some(i => i.start <= sentenceSpan.start && sentenceSpan.end <= i.end)
    ) {
      continue;
    }
    const acts = speechActs(view, tree);
    if (acts.length > 0) {
      spoken.add(sentence.index);
    }
    const covered = new Set<number>();
    for (const act of acts) {
      act.contents.forEach(c => c.forEach(t => covered.add(t)));
    }
    /** "“…,” Foreign Minister X told …": the quotation closes right before the speaker's phrase. */
    const quoteBefore = (q: Span, subject: number | null): boolean => {
      const first = subject === null ? undefined : tree.subtree(subject)[0];
      if (first === undefined) {
        return false;
      }
      const at = view.token(first).characterOffsetBegin;
      return q.end <= at && /^[\s,.”"’]*$/.test(text.slice(q.end, at));
    };
    for (const act of acts) {
      const x = accordingTo(view, act.verb);
      const source = x === null ? null : accordingSource(view, x, resolver);
      let speaker: Resolved | null =
        act.subject !== null ? resolver.resolve(view, act.subject) : null;
      if (speaker === null && act.passive && last !== null) {
        speaker = { id: last.speaker.id, how: 'anaphor' };
      }
      if (speaker === null && source !== null && outlet(source.id) === null) {
        speaker = { id: source.id, how: 'named' };
      }
      if (speaker === null) {
        continue;
      }
      const to = addressing(view, act.verb, resolver, speaker.id);
      const carrier = act.carrier === null ? null : resolver.resolve(view, act.carrier);
      const base = {
        speaker,
        verb: view.token(act.verb).word.toLowerCase(),
        reportedById:
          outlet(source?.id ?? null) ??
          outlet(carrier?.id ?? null) ??
          to.addresseeIds.find(id => outlet(id) !== null) ??
          outlet(speaker.id),
        addresseeIds: to.addresseeIds,
        channel: to.channel ?? source?.channel ?? null,
        date: statementDate(view, act.verb, new Set(act.contents.flat()), ctx.day),
        rule: 'reported' as StatementRule,
        sentence: sentence.index,
      };
      const contents =
        act.contents.length > 0
          ? act.contents
          : // "said: “…”" with a quotation the parse did not attach to the verb
            quotes
              .filter(
                q =>
                  quoteBefore(q, act.subject) ||
                  (q.start >= view.token(act.verb).characterOffsetEnd &&
                    /^[\s,:]*[“"]?\s*$/.test(
                      text.slice(view.token(act.verb).characterOffsetEnd, q.start),
                    ) &&
                    wordCount(q.text) >= 3),
              )
              .map(q =>
                sentence.tokens
                  .filter(t => q.start <= t.characterOffsetBegin && t.characterOffsetEnd <= q.end)
                  .map(t => t.index),
              )
              .filter(ts => ts.length > 0 && !ts.includes(act.verb));
      const before = drafts.length;
      contents.forEach(c => {
        fromClause(view, tree, c, base);
      });
      if (drafts.length > before) {
        last = drafts.at(-1) ?? last;
      }
    }
    // "called the expulsion “unjustified”": quoted words a speech act attributes to its subject
    for (const act of quotingActs(view, tree)) {
      const speaker = act.subject === null ? null : resolver.resolve(view, act.subject);
      if (speaker === null) {
        continue;
      }
      // a quoted label ("called her “a liar”", "dismissed it as “hysteria”") is the writer's scare
      // quote; quoted words of substance (four or more) are what the speaker said
      const inScope = quotes.filter(
        q =>
          wordCount(q.text) >= 4 &&
          sentence.tokens.some(
            t =>
              act.scope.has(t.index) &&
              q.start <= t.characterOffsetBegin &&
              t.characterOffsetEnd <= q.end,
          ),
      );
      for (const q of inScope) {
        push({
          span: q,
          speaker,
          direct: true,
          verb: view.token(act.verb).word.toLowerCase(),
          reportedById: null,
          addresseeIds: [],
          channel: null,
          date: statementDate(view, act.verb, act.scope, ctx.day),
          rule: 'quote',
          sentence: sentence.index,
        });
      }
    }
    // "according to X" on a clause that no speech act reports
    for (let h = 1; h <= view.size; h++) {
      const x = accordingTo(view, h);
      if (x === null || covered.has(h) || acts.some(a => a.verb === h)) {
        continue;
      }
      const source = accordingSource(view, x, resolver);
      if (source === null) {
        continue;
      }
      const subject = view.dependents(h, 'nsubj')[0];
      const actor =
        SPEECH_ACT_LEMMAS.has(view.lemma(h)) && subject !== undefined
          ? resolver.resolve(view, subject)
          : null;
      const speaker: Resolved = actor ?? { id: source.id, how: 'named' };
      const before = drafts.length;
      fromClause(view, tree, tree.subtree(h, new Set([x])), {
        speaker,
        verb: 'according to',
        reportedById: outlet(source.id),
        addresseeIds: [],
        channel: source.channel,
        date: statementDate(view, h, new Set(tree.subtree(h, new Set([x]))), ctx.day),
        rule: 'according',
        sentence: sentence.index,
      });
      if (drafts.length > before) {
        last = drafts.at(-1) ?? last;
      }
    }
  }
  for (const d of continuedQuotes(text, ctx.doc, quotes, drafts, spoken)) {
    push(d);
  }
  return drafts
    .sort((a, b) => a.span.start - b.span.start)
    .map(d => ({
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
    }));
}
