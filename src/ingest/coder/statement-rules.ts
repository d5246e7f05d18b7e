/**
 * The statement rules of one sentence, in the order they run (earlier finds win overlaps):
 * 1. every speech act (speech.ts) whose speaker resolves to a known actor gives its reported clauses;
 * 2. quoted words of substance a speech act attributes to its subject ("called the expulsion “…”");
 * 3. "according to X" on a clause that is not itself reported (according-statements.ts).
 * The outlet carrying a statement is an outlet named by "according to", told ("told Reuters"), or
 * speaking itself.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { Span } from '../../kg/kg-batch';
import { wordCount } from './quotes';
import type { SentenceView } from './sentence-view';
import type { Mention, Resolved, SpeakerResolver } from './speakers';
import type { BasicTree } from './basic-tree';
import {
  REPORTING_LEMMAS,
  SPEECH_ACT_LEMMAS,
  type SpeechAct,
  accordingTo,
  quotingActs,
} from './speech';
import type { QuotingAct } from './quoting';
import type { StatementDrafts } from './statement-drafts';
import { isPersonal, priorSpeaker } from './pronoun-speakers';
import { openedBefore, quoteBefore } from './quote-openings';
import { type StatementRule, accordingSource, addressing, statementDate } from './statement-parts';

/** What the rules of every sentence share: the article and the statements found so far. */
export interface StatementScope {
  readonly text: string;
  readonly quotes: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly resolver: SpeakerResolver;
  readonly drafts: StatementDrafts;
  /** The article's day (YYYY-MM-DD), the date of news of the day. */
  readonly day: string | null;
  /** The character offset each sentence of the parse opens at, by sentence index. */
  readonly starts: readonly number[];
  /** The mentions that are the subject of a clause (speaker-mentions.ts). */
  readonly subjects: ReadonlySet<Mention>;
}

/**
 * The head of the "according to X" phrase on `v`, unless it stands inside a quotation (“handled
 * strictly according to Norwegian law” is what was said, not who said it).
 */
export function sourceOf(scope: StatementScope, view: SentenceView, v: number): number | null {
  const x = accordingTo(view, v);
  const at = x === null ? null : view.token(x).characterOffsetBegin;
  return at === null || scope.quotes.some(q => q.start <= at && at < q.end) ? null : x;
}

/** `id` when it is a media outlet's, else null. */
export function outletOf(scope: StatementScope, id: string | null): string | null {
  return id !== null && scope.mentions.find(m => m.id === id)?.kind === ActorKind.MEDIA_OUTLET
    ? id
    : null;
}

/** The quotations of at least `words` words over tokens of `tokens`. */
function quotedIn(
  scope: StatementScope,
  view: SentenceView,
  tokens: ReadonlySet<number>,
  words: number,
): Span[] {
  return scope.quotes.filter(
    q =>
      wordCount(q.text) >= words &&
      view.sentence.tokens.some(
        t =>
          tokens.has(t.index) && q.start <= t.characterOffsetBegin && t.characterOffsetEnd <= q.end,
      ),
  );
}

/**
 * What `act` reports, without a conjoined clause with an "according to" of its own ("she had asked
 * …, but according to the newspaper X he had not replied"): that clause is X's (rule 3).
 */
export function ownContents(
  scope: StatementScope,
  view: SentenceView,
  tree: BasicTree,
  act: SpeechAct,
): readonly (readonly number[])[] {
  // "…, a visit that Gabon's prime minister described as “premature”": another speaker's evaluation
  // (a pronoun, "which it accused Peru of holding “…”", goes on with the speaker's own words)
  const named = (q: QuotingAct): boolean =>
    q.subject !== null && view.token(q.subject).pos !== 'PRP';
  const relatives = quotingActs(view, tree).filter(
    q =>
      q.relative && named(q) && q.verb !== act.verb && quotedIn(scope, view, q.scope, 1).length > 0,
  );
  return act.contents.map(c => {
    const sourced = c.filter(
      t => tree.head(t)?.rel === 'conj' && sourceOf(scope, view, t) !== null,
    );
    const evaluations = relatives
      .map(q => tree.subtree(q.verb))
      .filter(r => c.some(t => r.includes(t)) && c.some(t => !r.includes(t)));
    const out = new Set([...sourced.flatMap(t => tree.subtree(t)), ...evaluations.flat()]);
    return c.filter(t => !out.has(t));
  });
}

/** The reported clauses of `act`: its contents, else a quotation the parse did not attach to it. */
function contentsOf(
  scope: StatementScope,
  view: SentenceView,
  tree: BasicTree,
  act: SpeechAct,
): readonly (readonly number[])[] {
  if (act.contents.length > 0) {
    return ownContents(scope, view, tree, act);
  }
  // "said: “…”" with a quotation the parse did not attach to the verb
  const after = view.token(act.verb).characterOffsetEnd;
  return scope.quotes
    .filter(
      q =>
        quoteBefore(scope, view, tree, q, act.subject) ||
        (q.start >= after &&
          /^[\s,:]*[“"]?\s*$/.test(scope.text.slice(after, q.start)) &&
          wordCount(q.text) >= 3),
    )
    .map(q =>
      view.sentence.tokens
        .filter(t => q.start <= t.characterOffsetBegin && t.characterOffsetEnd <= q.end)
        .map(t => t.index),
    )
    .filter(ts => ts.length > 0 && !ts.includes(act.verb));
}

/** Rule 1: the statements of the sentence's speech acts. */
export function speechStatements(
  scope: StatementScope,
  view: SentenceView,
  tree: BasicTree,
  acts: readonly SpeechAct[],
): void {
  const { resolver, drafts } = scope;
  for (const act of acts) {
    // on the verb, or on the head of what it reports ("assured him that …, according to KUNA")
    const heads = act.contents
      .flat()
      .filter(t => !act.contents.flat().includes(tree.head(t)?.head ?? 0));
    const x = [act.verb, ...heads].map(t => sourceOf(scope, view, t)).find(t => t !== null) ?? null;
    const source = x === null ? null : accordingSource(view, x, resolver);
    // "<clause>, it said": the pronoun refers to someone named before what it said
    const said = [...act.contents.flat(), ...heldBefore(view, tree, act)];
    const first = said.length === 0 ? null : Math.min(...said);
    const before =
      first !== null && act.subject !== null && first < act.subject
        ? view.token(first).characterOffsetBegin
        : undefined;
    let speaker: Resolved | null =
      act.subject !== null
        ? (priorSpeaker(
            scope,
            view,
            act.subject,
            drafts.all,
            openedBefore(scope, view, tree, act) ?? before,
          ) ?? resolver.resolve(view, act.subject, before))
        : null;
    if (speaker === null && act.passive && drafts.last !== null) {
      speaker = { id: drafts.last.speaker.id, how: 'anaphor' };
    }
    if (speaker === null && source !== null && outletOf(scope, source.id) === null) {
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
        outletOf(scope, source?.id ?? null) ??
        outletOf(scope, carrier?.id ?? null) ??
        to.addresseeIds.find(id => outletOf(scope, id) !== null) ??
        outletOf(scope, speaker.id),
      addresseeIds: to.addresseeIds,
      channel: to.channel ?? source?.channel ?? null,
      date: statementDate(view, act.verb, new Set(act.contents.flat()), scope.day),
      rule: 'reported' as StatementRule,
      sentence: view.sentence.index,
      personal: isPersonal(view, act.subject, speaker, scope.mentions),
    };
    for (const c of contentsOf(scope, view, tree, act)) {
      drafts.fromClause(view, tree, c, base);
    }
  }
}

/**
 * "<clause>, it said in a statement, adding that …": a participle that takes its subject from the
 * speech verb above says what that verb's clause before it said, so its pronoun, like the verb's,
 * refers to someone named before that clause, not to the clause's own subject.
 */
function heldBefore(view: SentenceView, tree: BasicTree, act: SpeechAct): number[] {
  const subject = act.subject;
  const up = subject === null ? null : tree.head(subject);
  if (subject === null || up === null || up.head === act.verb || up.rel !== 'nsubj') {
    return [];
  }
  const lemma = view.lemma(up.head);
  if (!(REPORTING_LEMMAS.has(lemma) || SPEECH_ACT_LEMMAS.has(lemma)) || act.verb < up.head) {
    return [];
  }
  return tree
    .children(up.head, 'ccomp', 'advcl', 'parataxis')
    .filter(c => c < subject)
    .flatMap(c => tree.subtree(c));
}

/** Rule 2: "called the expulsion “unjustified”": quoted words a speech act attributes to its subject. */
export function quotedWordStatements(
  scope: StatementScope,
  view: SentenceView,
  tree: BasicTree,
  speech: readonly SpeechAct[],
): void {
  const acts = quotingActs(view, tree);
  // "said Cotonou had asked for their release through “every available channel”": a short quotation
  // inside what a speech act reports is its speaker's words, not the inner subject's
  const reported = new Set(speech.flatMap(a => a.contents.flat()));
  for (const act of acts) {
    const speaker =
      act.subject === null
        ? null
        : (priorSpeaker(scope, view, act.subject, scope.drafts.all) ??
          scope.resolver.resolve(view, act.subject));
    if (speaker === null) {
      continue;
    }
    // "accused Lima of …, a claim that Peru's foreign ministry dismissed as “…”", "rejected it, and
    // Dhaka called it “…”", "demanded an apology after X called her “…”": a quotation in a clause
    // with a speaker of its own is that speaker's, not the outer act's
    const inner = acts.filter(
      r =>
        r !== act &&
        r.subject !== null &&
        view.token(r.subject).pos !== 'PRP' &&
        act.scope.has(r.verb),
    );
    const theirs = (q: Span): boolean =>
      inner.some(r => quotedIn(scope, view, r.scope, 1).includes(q));
    // quoted words in a speech act's arguments are what the speaker said, however short ("called
    // the expulsion “unjustified”", "urged Gabon to withdraw “without delay”", "a move that Benin's
    // government described as “a deliberate provocation”"): the writer reports the speaker's
    // evaluation; a short label put on a person ("called her “a liar”") is an insult, an act, and one
    // inside reported speech the reporting speaker's words
    // (a conjunct with a subject of its own, "noting that …, and Dhaka called it “…”", is no part
    // of what was reported, however the parse hung it)
    // "rejected reports that Somalia had complained of “…”": a noun's content clause is reported too
    const up = tree.head(act.verb);
    const own = up?.rel === 'conj' && tree.children(act.verb, 'nsubj').length > 0;
    const content =
      (up?.rel === 'acl' || up?.rel === 'ccomp') &&
      view.token(up.head).pos.startsWith('NN') &&
      tree.children(act.verb, 'mark').some(m => view.lemma(m) === 'that');
    const label = act.insult || (reported.has(act.verb) && !own) || content;
    for (const q of quotedIn(scope, view, act.scope, label && !act.relative ? 4 : 1).filter(
      x => !theirs(x),
    )) {
      scope.drafts.push({
        span: q,
        speaker,
        direct: true,
        verb: view.token(act.verb).word.toLowerCase(),
        reportedById: null,
        addresseeIds: [],
        channel: null,
        date: statementDate(view, act.verb, act.scope, scope.day),
        rule: 'quote',
        sentence: view.sentence.index,
        personal: isPersonal(view, act.subject, speaker, scope.mentions),
      });
    }
  }
}
