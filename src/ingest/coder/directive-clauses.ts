/**
 * Directives with a that-clause: "demanded that the deployment be called off", "asked that consular
 * staff be allowed to visit the crew", "proposed that officials meet next month". A directive speech
 * act (Searle) whose content is a full clause reports what the speaker asked for in their words, like
 * "said that …"; with a to-infinitive ("urged both sides to show restraint") it is an appeal, an act the
 * writer reports, and stays an event (only its quoted words are a statement, statement-rules.ts).
 */
import { type BasicTree, clause, isVerbLike } from './basic-tree';
import { isNegated, isUnrealised, modalityOf } from './modality';
import type { SentenceView } from './sentence-view';
import { type SpeechAct, accordingTo } from './speech';
import { REPORTING_LEMMAS } from './speech-lemmas';
import { participleSubject, subjectOf } from './speech-subjects';

/** Verbs of asking and proposing whose complement can be a mandative that-clause. */
export const DIRECTIVE_LEMMAS: ReadonlySet<string> = new Set([
  'ask',
  'demand',
  'urge',
  'request',
  'propose',
  'recommend',
]);

/** Token `i` stands inside a quotation: an odd number of quotation marks comes before it. */
function quoted(view: SentenceView, i: number): boolean {
  let marks = 0;
  for (let t = 1; t < i; t++) {
    marks += /^(?:``|''|["“”])$/u.test(view.token(t).word) ? 1 : 0;
  }
  return marks % 2 === 1;
}

/**
 * The directives with a that-clause of the sentence. A clause of its own inside the that-clause, set off
 * by a reporting participle ("…, saying the unrest had been provoked …"), is a statement of its own.
 */
export function directiveActs(view: SentenceView, tree: BasicTree): SpeechAct[] {
  const out: SpeechAct[] = [];
  for (let v = 1; v <= view.size; v++) {
    if (!isVerbLike(view, v) || !DIRECTIVE_LEMMAS.has(view.lemma(v)) || isNegated(view, v)) {
      continue;
    }
    if (isUnrealised(modalityOf(view, v))) {
      continue;
    }
    const that = tree
      .children(v, 'ccomp')
      .find(c => c > v && tree.children(c, 'mark').some(m => view.lemma(m) === 'that'));
    if (that === undefined) {
      continue;
    }
    const reported = tree
      .subtree(that)
      .filter(t => tree.children(t, 'mark').some(m => REPORTING_LEMMAS.has(view.lemma(m))));
    const sources = [accordingTo(view, v), accordingTo(view, that)].filter(t => t !== null);
    // a subject inside a quotation ("called it “a step, not a victory” and asked that …" parsed with
    // "step" as the subject) is a misparse, not the speaker
    const subject = subjectOf(view, tree, v) ?? participleSubject(view, tree, v);
    out.push({
      verb: v,
      subject: subject !== null && quoted(view, subject) ? null : subject,
      carrier: null,
      passive: false,
      contents: [clause(tree, view, that, new Set([...reported, ...sources]))],
    });
  }
  return out;
}
