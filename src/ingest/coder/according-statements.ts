/**
 * Rule 3 of the statement rules (statement-rules.ts): "according to X" on a clause that no speech act
 * reports. X is the source and, with a speech act ("Vietnam condemned …, according to VNA"), the
 * act's subject is the speaker and X the outlet; otherwise X's own claim ("Japan plans to …, according
 * to Kyodo") is X's statement.
 */
import type { BasicTree } from './basic-tree';
import type { SentenceView } from './sentence-view';
import { SPEECH_ACT_LEMMAS, type SpeechAct } from './speech';
import { accordingSource, statementDate } from './statement-parts';
import { type StatementScope, outletOf, ownContents, sourceOf } from './statement-rules';

/** The name right after a source's noun ("the newspaper Morgunbladid"), which the parse may hang elsewhere. */
function nameAfter(view: SentenceView, x: number): number[] {
  const out: number[] = [];
  for (let t = x + 1; t <= view.size && view.token(t).pos.startsWith('NNP'); t++) {
    out.push(t);
  }
  return out;
}

/** Relations by which a clause or phrase sits inside the clause of a speech act's verb. */
const INSIDE_ACT = new Set(['ccomp', 'advcl', 'acl:relcl', 'acl', 'obj', 'obl', 'nmod', 'xcomp']);

/**
 * "The opposition party accused the president of giving away grounds that had earned …, according
 * to the weekly Te Mauri", "X proposed that officials meet …, according to the daily Y": an "according
 * to" set off by a comma at the end of the sentence tells who carried the whole sentence, though the
 * parse hangs it on the last verb before it. The speech act whose clause holds that verb, if any.
 */
function enclosingAct(view: SentenceView, tree: BasicTree, h: number, x: number): number | null {
  const phrase = tree.subtree(x);
  const first = phrase[0] ?? x;
  const last = phrase.at(-1) ?? x;
  const closing = view.sentence.tokens.every(t => t.index <= last || t.pos === '.');
  if (first < 2 || view.token(first - 1).word !== ',' || !closing) {
    return null;
  }
  for (let up = tree.head(h); up !== null && up.head !== 0 && INSIDE_ACT.has(up.rel);) {
    if (SPEECH_ACT_LEMMAS.has(view.lemma(up.head))) {
      return up.head;
    }
    up = tree.head(up.head);
  }
  return null;
}

/** Rule 3: "according to X" on a clause that no speech act of `acts` reports. */
export function accordingStatements(
  scope: StatementScope,
  view: SentenceView,
  tree: BasicTree,
  acts: readonly SpeechAct[],
): void {
  const covered = new Set(acts.flatMap(a => ownContents(scope, view, tree, a).flat()));
  for (let h = 1; h <= view.size; h++) {
    const x = sourceOf(scope, view, h);
    if (x === null || covered.has(h) || acts.some(a => a.verb === h)) {
      continue;
    }
    const source = accordingSource(view, x, scope.resolver);
    if (source === null) {
      continue;
    }
    // the speech act, or the one whose complement the phrase hangs on ("offered … to mediate …,
    // according to the OAS": the offer is the secretary general's)
    const up = tree.head(h);
    const near = SPEECH_ACT_LEMMAS.has(view.lemma(h))
      ? h
      : up?.rel === 'xcomp' && SPEECH_ACT_LEMMAS.has(view.lemma(up.head))
        ? up.head
        : null;
    const outer = near === null ? enclosingAct(view, tree, h, x) : null;
    const act = near ?? outer;
    const subject = act === null ? undefined : view.dependents(act, 'nsubj')[0];
    const actor = subject === undefined ? null : scope.resolver.resolve(view, subject);
    const skip = new Set([x, ...nameAfter(view, x)]);
    // what the enclosing act says is what follows its verb
    const content =
      outer !== null && actor !== null
        ? tree.subtree(outer, skip).filter(t => t > outer)
        : tree.subtree(h, skip);
    // "X was received … and told that …, according to the newspaper Y": someone spoke there, whom
    // the parse did not name; the outlet only carried it, so it is not the speaker
    if (
      actor === null &&
      outletOf(scope, source.id) !== null &&
      acts.some(a => a.contents.length > 0 && content.includes(a.verb))
    ) {
      continue;
    }
    scope.drafts.fromClause(view, tree, content, {
      speaker: actor ?? { id: source.id, how: 'named' },
      verb: 'according to',
      reportedById: outletOf(scope, source.id),
      addresseeIds: [],
      channel: source.channel,
      date: statementDate(view, h, new Set(content), scope.day),
      rule: 'according',
      sentence: view.sentence.index,
    });
  }
}
