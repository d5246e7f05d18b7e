/**
 * The project's annotation conventions (eval/README.md) where they differ from a plain CAMEO.2.0 reading:
 * - expelling diplomats (or embassy staff) is 161 (reduce diplomatic relations), not 174 (deport);
 *   expelling observers or inspectors (or members of their mission) is 1662;
 * - recognising a state, a territory or a person as its leader is 054 (diplomatic recognition), not 051,
 *   as is recognising a territory's independence or sovereignty;
 * - a state backing or sponsoring an armed group or a breakaway territory ("republics backed by Russia")
 *   gives it material support (070), where CAMEO.2.0 reads "back" as endorsement (050);
 * - an act goes to whoever the sentence names as its doer: "Malaysia and Singapore agreed" is between
 *   the states, "their prime ministers met" between the people (`toLeaders` no longer moves two states
 *   onto their leaders); the same act told once with the states and once with their people ("Japan and
 *   the Philippines sign …", then "Kishida and Marcos signed …") is the people's (`withoutRetoldActs`);
 * - a leader visiting, hosting, meeting or signing with another state acts on that state's leader when
 *   the article names one (`leaderOf`): "Kishida travelled to Manila" is Kishida → Marcos;
 * - "X and Y agreed / met / signed" with no object acts both ways only for a reciprocal act
 *   (`isReciprocal`): "Brazil and Colombia offered to mediate" is not an act between the two;
 * - "the two countries / sides / governments" are the last two states named before, "the two leaders"
 *   the last two people.
 */
import { ActorKind, Modality } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import { HELD } from './agent-nouns';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';
import { isUnrealised } from './modality';

const ENVOYS: ReadonlySet<string> = new Set([
  'diplomat',
  'ambassador',
  'envoy',
  'attache',
  'consul',
]);
const MONITORS: ReadonlySet<string> = new Set([
  'observer',
  'monitor',
  'inspector',
  'peacekeeper',
  'member',
]);
const RECOGNISE: ReadonlySet<string> = new Set(['recognise', 'recognize']);
/** Actors recognised as states: "recognized two people's republics". */
const STATELIKE: ReadonlySet<ActorKind> = new Set([ActorKind.COUNTRY, ActorKind.TERRITORY]);
/** Backing a group or a breakaway territory is material support (070), not endorsement (05x). */
const BACKING: ReadonlySet<string> = new Set(['back', 'sponsor', 'bankroll']);

/** The code after the conventions that depend on the verb's own words. */
export function conventionCode(
  view: SentenceView,
  v: number,
  code: string,
  target?: KgActor,
): string {
  const direct = [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')];
  const objs = [...direct, ...direct.flatMap(o => view.dependents(o, 'nmod:of'))];
  const envoy = (o: number): boolean =>
    ENVOYS.has(view.lemma(o)) || view.phrase(o).some(k => view.lemma(k) === 'embassy');
  if (code === '174' && objs.some(envoy)) {
    return '161';
  }
  // CAMEO 166x: expelling observers, monitors, inspectors or peacekeepers is 1662, not 174
  if (code === '174' && objs.some(o => MONITORS.has(view.lemma(o)))) {
    return '1662';
  }
  if (code.startsWith('05') && RECOGNISE.has(view.lemma(v))) {
    const t = direct[0];
    const named = t !== undefined && /^\p{Lu}/u.test(view.token(t).word);
    const held = t !== undefined && HELD.has(view.lemma(t));
    if (named || held || (target !== undefined && STATELIKE.has(target.kind))) {
      return '054';
    }
  }
  const armed = target?.kind === ActorKind.GROUP || target?.kind === ActorKind.TERRITORY;
  if (code.startsWith('05') && armed && BACKING.has(view.lemma(v))) {
    return '070';
  }
  return code;
}

/**
 * CAMEO's 172 (administrative sanctions: curfews, bans on parties, restrictions on political freedoms)
 * is what a government imposes on its own people; one state banning another's officials or citizens
 * ("banned eleven Georgian officials from entering their territory") imposes sanctions on that state,
 * 163, as the annotations code entry bans. `sourceState` and `targetState` are the two sides' states.
 */
export function betweenStates(code: string, sourceState: string, targetState: string): string {
  const states = sourceState.startsWith('country:') && targetState.startsWith('country:');
  return code.startsWith('172') && states && sourceState !== targetState ? '163' : code;
}

/** Verbs whose joint subjects act on each other ("Portugal and Vietnam agreed …"). */
const RECIPROCAL_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'meet',
  'talk',
  'negotiate',
  'discuss',
  'cooperate',
  'consult',
  'sign',
  'exchange',
  'reconcile',
]);
const JOINT_WORDS: ReadonlySet<string> = new Set(['joint', 'jointly', 'together', 'bilateral']);

export function isReciprocal(view: SentenceView, v: number, match: VerbMatch): boolean {
  if (match.code.forward !== null && match.code.reverse !== null) {
    return true;
  }
  // "agreed to stop firing": the act of a reciprocal intent is reciprocal
  const heads = [
    v,
    ...view
      .headArcs(v)
      .filter(a => a.rel === 'xcomp')
      .map(a => a.head),
  ];
  if (heads.some(h => h > 0 && RECIPROCAL_VERBS.has(view.lemma(h)))) {
    return true;
  }
  const near = [v, ...view.dependents(v, 'obj')].flatMap(h => view.dependents(h, 'amod', 'advmod'));
  return near.some(k => JOINT_WORDS.has(view.lemma(k)));
}

const LEADER_ROLES: ReadonlySet<string> = new Set(['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT']);

/**
 * The leader of country `id` named in the article: its head of state or government (the first named
 * when both are), else the only person of that state, else null.
 */
export function leaderOf(ctx: EventContext, id: string): KgActor | null {
  const people = ctx.actors.actors.filter(
    a => a.kind === ActorKind.PERSON && a.mentions.length > 0 && ctx.states.get(a.id) === id,
  );
  const heads = people.filter(p =>
    ctx.actors.offices.some(
      o => o.personId === p.id && o.countryId === id && LEADER_ROLES.has(o.role),
    ),
  );
  const first = (xs: KgActor[]): KgActor | null =>
    [...xs].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))[0] ?? null;
  if (heads.length > 0) {
    return first(heads);
  }
  return people.length === 1 ? first(people) : null;
}

function isLeader(ctx: EventContext, person: KgActor): boolean {
  return ctx.actors.offices.some(o => o.personId === person.id && LEADER_ROLES.has(o.role));
}

/**
 * Codes where a leader acts on the other leader: intent (03x: "agreed to share data"), consult, visit,
 * host, meet (04x), sign (057).
 */
export function isLeaderAct(code: string): boolean {
  return code.startsWith('03') || code.startsWith('04') || code === '057';
}

/**
 * Source and target after the leader convention: a country facing a leader becomes its own leader
 * ("Kishida travelled to Manila" is Kishida → Marcos). Two countries stay countries: the act is
 * theirs when the sentence names them as its doers (eval/README.md, conventions).
 */
export function toLeaders(ctx: EventContext, source: KgActor, target: KgActor): [KgActor, KgActor] {
  const isCountry = (a: KgActor): boolean => a.kind === ActorKind.COUNTRY;
  const isPerson = (a: KgActor): boolean => a.kind === ActorKind.PERSON;
  if (isPerson(source) && isCountry(target) && isLeader(ctx, source)) {
    return [source, leaderOf(ctx, target.id) ?? target];
  }
  if (isCountry(source) && isPerson(target) && isLeader(ctx, target)) {
    return [leaderOf(ctx, source.id) ?? source, target];
  }
  return [source, target];
}

interface Drafted {
  readonly code: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly modality: Modality;
  readonly date: { readonly date: string } | null;
}

/**
 * An act between two states that the article also tells between their people (the same CAMEO root,
 * both told or both not) is one act, the people's: "Japan and the Philippines sign …" in the headline
 * and "Kishida and Marcos signed …" in the body; but a past act (HISTORICAL, or dated before the
 * publication's year `day`) only with the people's act of that year ("the two countries signed a
 * treaty in 2014" stays).
 * `states` maps a person to its state.
 */
export function withoutRetoldActs<T extends Drafted>(
  events: readonly T[],
  states: ReadonlyMap<string, string>,
  day: string | null,
): T[] {
  const key = (e: T, s: string, t: string): string =>
    `${e.code.slice(0, 2)}|${s}|${t}|${isUnrealised(e.modality)}`;
  const year = (e: T): string | null => (e.date?.date ?? day)?.slice(0, 4) ?? null;
  // an act dated before the publication's year is the same act only as one of that year
  const isPast = (e: T): boolean =>
    e.modality === Modality.HISTORICAL || (year(e) ?? '') < (day?.slice(0, 4) ?? '');
  const people = new Map<string, (string | null)[]>();
  for (const e of events) {
    if (e.sourceId.startsWith('person:') && e.targetId.startsWith('person:')) {
      const k = key(e, states.get(e.sourceId) ?? '', states.get(e.targetId) ?? '');
      people.set(k, [...(people.get(k) ?? []), year(e)]);
    }
  }
  const retold = (e: T): boolean =>
    e.sourceId.startsWith('country:') &&
    e.targetId.startsWith('country:') &&
    (people.get(key(e, e.sourceId, e.targetId)) ?? []).some(
      y => !isPast(e) || (e.date !== null && y === year(e)),
    );
  return events.filter(e => !retold(e));
}

/**
 * A meeting (040) of two sides that also visit or host each other in the article is part of the visit:
 * the annotations code the visit (042) and the hosting (043), not the talks held during it.
 */
export function withoutVisitMeetings<
  T extends { code: string; sourceId: string; targetId: string },
>(events: readonly T[]): T[] {
  const pair = (e: T): string => [e.sourceId, e.targetId].sort().join('|');
  const visits = new Set(
    events.filter(e => e.code === '042' || e.code === '043').map(e => pair(e)),
  );
  return events.filter(e => e.code !== '040' || !visits.has(pair(e)));
}

const COLLECTIVE_STATES: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'government',
  'side',
  'state',
  'neighbour',
  'neighbor',
  'capital',
]);
const COLLECTIVE_PEOPLE: ReadonlySet<string> = new Set([
  'leader',
  'minister',
  'president',
  'premier',
]);

/** "the two countries" / "both sides" at token `i`: the last two states (or people) named before it. */
export function collectiveActors(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  skip: ReadonlySet<string> = new Set(),
): KgActor[] {
  const lemma = view.lemma(i);
  const kind = COLLECTIVE_STATES.has(lemma)
    ? ActorKind.COUNTRY
    : COLLECTIVE_PEOPLE.has(lemma)
      ? ActorKind.PERSON
      : null;
  if (kind === null || view.token(i).word.toLowerCase() === lemma) {
    return []; // a plural is needed: "the two countries", not "the country"
  }
  const mods = [...view.dependents(i, 'nummod'), ...view.dependents(i, 'det')];
  if (!mods.some(m => view.lemma(m) === 'two' || view.lemma(m) === 'both')) {
    return [];
  }
  const before = view.token(i).characterOffsetBegin;
  const last = ctx.actors.actors
    // "Germany … urged both sides": the sides are two others, not the one who speaks of them
    .filter(a => a.kind === kind && !skip.has(a.id))
    .map(a => ({
      a,
      at: Math.max(-1, ...a.mentions.filter(m => m.end <= before).map(m => m.start)),
    }))
    .filter(x => x.at >= 0)
    .sort((x, y) => y.at - x.at)
    .slice(0, 2)
    .map(x => x.a);
  return last.length === 2 ? last : [];
}
