/**
 * A reaction to an act named by a noun ("condemned the decision", "criticised the pact", "the accord was
 * welcomed by …") is aimed at the states of the ones who did the act told just before (both sides of a mutual act, the doer of a
 * one-sided one), when the noun can name that act.
 */
import { isFeltPassive } from './feeling-verbs';
import { objectsOf } from './object-phrase';
import { type Arg, type EventContext, actorOfToken, stateOf } from './arguments';
import { rulingTargets } from './court-reactions';
import { deverbalRoot } from './deverbal-nouns';
import type { DraftEvent } from './draft-event';
import type { SentenceView } from './sentence-view';
import { smallClauseSubjects } from './small-clauses';
import type { VerbMatch } from './verb-match';
import { headlineEnd } from './headline';

/**
 * Nouns that name an act reacted to ("condemned the decision", "criticised the pact") with the codes of
 * the acts they can name; [] for any act.
 */
const ACT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['decision', []],
  ['move', []],
  ['step', []],
  ['announcement', []],
  ['action', []],
  ['switch', ['05', '16']],
  ['recognition', ['054']],
  ['sanction', ['163', '17']],
  ['measure', ['16', '17']],
  // an expulsion of diplomats (161), of observers, inspectors or peacekeepers (166), of people (174)
  ['expulsion', ['161', '166', '174']],
  ['pact', ['057', '03', '06']],
  ['agreement', ['057', '03', '06', '087']],
  ['deal', ['057', '03', '06']],
  ['accord', ['057', '03', '06', '087']],
  ['treaty', ['057']],
  ['truce', ['087']],
  ['ceasefire', ['087']],
  ['visit', ['042', '043']],
  ['attack', ['18', '19']],
  ['strike', ['18', '19']],
  ['ruling', ['11']],
]);
/** Can the noun with lemma `lemma` name an act reacted to ("the decision", "the pact")? */
export const isActNoun = (lemma: string): boolean => ACT_NOUNS.has(lemma);

/**
 * The codes of the acts a noun can name: the listed ones, else the root of the verb it is derived from
 * ("rejected the accusation": accuse, 11), else undefined.
 */
function actCodes(lemma: string): readonly string[] | undefined {
  const listed = ACT_NOUNS.get(lemma);
  if (listed !== undefined) {
    return listed;
  }
  const root = deverbalRoot(lemma.toLowerCase());
  // a ban between two states is coded as sanctions (163, conventions.ts `betweenStates`), not 172
  return root === null ? undefined : root === '17' ? [root, '163'] : [root];
}

/** Praise, support, criticism, rejection, denial: the codes of a reaction. */
const REACTION_CODES: readonly string[] = ['051', '052', '11', '12', '016'];

/** Rejections and denials (12x, 016): acts that answer one aimed at their doer. */
const isRefusal = (code: string): boolean => code.startsWith('12') || code.startsWith('016');

/**
 * The ones who did the act of one of `codes` told last, as arguments at token `at`: their states (a
 * person's visit stays the person's, "welcomed the visit"); acts whose doers have no known state, and
 * the reactors' own acts, are passed over. A reaction to any act ("the decision", "the move") is to
 * the news of the article, the act its headline tells, when there is one.
 */
function reactedTo(
  ctx: EventContext,
  prior: readonly DraftEvent[],
  codes: readonly string[],
  at: number,
  reactors: ReadonlySet<string>,
  aimed = false,
  denial = false,
): Arg[] {
  // an agreement or a truce (057, 087) binds both its parties, whichever way its act was told
  const parties = codes.some(c => c === '057' || c === '087');
  const fits = prior.filter(
    d =>
      (codes.length === 0 || codes.some(c => d.code.startsWith(c))) &&
      (!aimed || reactors.has(stateOf(ctx, d.targetId))),
  );
  const end = headlineEnd(ctx.text);
  const news = codes.length === 0 && !aimed ? fits.filter(d => d.evidence.start < end) : [];
  for (const pool of [news, fits]) {
    for (let i = pool.length - 1; i >= 0; i--) {
      const last = pool[i];
      // one act: its events share their evidence, or its end, code and target when the doers are
      // coordinated ("Latvia and Finland banned …" starts each event at its own doer)
      const act = pool.filter(
        d =>
          d.evidence.start === last?.evidence.start ||
          (d.evidence.end === last?.evidence.end &&
            d.code === last.code &&
            d.targetId === last.targetId),
      );
      // the ones who acted: both sides of a mutual act ("the pact"), the doer of a one-sided one
      const ids = new Set(
        act.flatMap(d => {
          // a person's visit stays the person's, and so does a person's accusation denied (016
          // "on the accuser")
          const own = denial || d.code.startsWith('04');
          const visitor = own && d.sourceId.startsWith('person:');
          const doer = visitor ? d.sourceId : ctx.states.get(d.sourceId);
          return parties ? [doer, ctx.states.get(d.targetId)] : [doer];
        }),
      );
      const out = ctx.actors.actors.filter(a => ids.has(a.id));
      if (out.length > 0 && !out.some(a => reactors.has(stateOf(ctx, a.id)))) {
        return out.map(actor => ({ actor, token: at, prep: null }));
      }
    }
  }
  return [];
}

/**
 * The noun of "what it called N" as the object of the verb at `v` ("welcomed what he called 'a first
 * step'"): the parser hangs "called" as a ccomp with both "what" and the noun as its objects.
 */
function calledNoun(view: SentenceView, v: number): number | undefined {
  for (const c of view.dependents(v, 'ccomp').filter(k => view.lemma(k) === 'call')) {
    const objs = view.dependents(c, 'obj');
    if (objs.some(o => view.lemma(o) === 'what')) {
      // a gerund names an act too ("rejected what it called meddling")
      return objs.find(o => view.token(o).pos.startsWith('NN') || view.token(o).pos === 'VBG');
    }
  }
  return undefined;
}

/** The targets of a reaction at `v` to an act its object names, or []. */
export function reactionTargets(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  match: VerbMatch,
  prior: readonly DraftEvent[],
  sources: readonly Arg[],
): Arg[] {
  const code = match.code.forward ?? '';
  // "The accord was welcomed by ECOWAS": in the passive the act reacted to is the subject; in
  // 'called the bans "blackmail"' the parser makes it the subject of the small clause; "welcomed what
  // he called 'a first step'" names it by the noun "called" gives it
  // "was disappointed by the decision": what is felt about is the "by" phrase (feeling-verbs.ts)
  const obj =
    (isFeltPassive(view, v) ? objectsOf(view, v)[0] : undefined) ??
    view.dependents(v, 'obj')[0] ??
    view.dependents(v, 'nsubj:pass')[0] ??
    smallClauseSubjects(view, v)[0] ??
    calledNoun(view, v);
  const reaction = REACTION_CODES.some(c => code.startsWith(c));
  const begin = view.token(1).characterOffsetBegin;
  const before = prior.filter(d => d.evidence.start < begin);
  if (isRefusal(code) && obj === undefined && sources.length > 0) {
    // "Milei refused to apologise", "Mr Borg declined": a refusal with nothing named answers the
    // last demand or appeal aimed at the one refusing, and is aimed at its doer; a denial ("denied
    // that its soldiers had crossed") answers the last accusation aimed at the one denying
    const refusers = new Set(sources.map(r => stateOf(ctx, r.actor.id)));
    const asked = code.startsWith('12') ? ['10', '02'] : ['11'];
    return reactedTo(ctx, before, asked, v, refusers, true, code.startsWith('016'));
  }
  const court = reaction && obj !== undefined ? rulingTargets(view, ctx, obj) : [];
  if (court.length > 0) {
    return court;
  }
  // a rejection or denial of anything named ("rejected what it called interference", "denied any
  // role") answers an act, whatever the noun: any act when the noun names none
  const named = obj === undefined ? undefined : actCodes(view.lemma(obj));
  const codes = named === undefined && isRefusal(code) ? [] : named;
  if (!reaction || obj === undefined || codes === undefined || sources.length === 0) {
    return [];
  }
  const reactors = new Set(sources.map(r => stateOf(ctx, r.actor.id)));
  if (actorOfToken(view, ctx, obj) !== null) {
    return [];
  }
  const denial = code.startsWith('016');
  const found = reactedTo(ctx, prior, codes, obj, reactors, false, denial);
  // "Chile's foreign ministry rejected the accusation", "Naypyitaw rejected the criticism" when the
  // act the noun names was told without being coded as one: a rejection or denial answers the last
  // act told before aimed at the one rejecting, and is aimed at its doer
  return found.length > 0 || !isRefusal(code)
    ? found
    : reactedTo(ctx, before, [], obj, reactors, true);
}
