/**
 * Events told as nouns under a light verb: "agreed a $1.2 billion oil credit line for Pakistan",
 * "approved a $7 billion loan", "will provide 244 million euros in humanitarian aid to Sudan". The verb
 * says little ("agree", "give", "offer", "approve"), the noun says what was done, so the noun's code
 * wins over the verb's dictionary reading. The noun is the verb's object or the noun one `in` / `of`
 * below it ("euros in aid", "a package of loans"). The nouns are those of CAMEO's aid (07x), material
 * cooperation (061), truce (087) and sanction (163) categories that CAMEO.2.0 lists as verb objects.
 */
import type { KgActor } from '../../kg/kg-batch';
import type { DirectedCodes } from '../dictionaries/dictionary.types';
import { type Arg, type EventContext, actorOfToken } from './arguments';
import type { DraftEvent } from './draft-event';
import type { SentenceView } from './sentence-view';
import type { VerbMatch } from './verb-match';

const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'announce',
  'approve',
  'offer',
  'give',
  'grant',
  'extend',
  'provide',
  'pledge',
  'promise',
  'send',
  'deliver',
  'supply',
  'impose',
  'unveil',
  'allocate',
  'commit',
  'earmark',
  'disburse',
]);

const NOUN_CODES: ReadonlyMap<string, string> = new Map([
  ['aid', '070'],
  ['assistance', '070'],
  ['fund', '070'],
  ['funding', '070'],
  ['grant', '071'],
  ['donation', '070'],
  ['food', '073'],
  ['medicine', '073'],
  ['supply', '070'],
  ['loan', '071'],
  ['credit', '071'],
  ['deposit', '071'],
  ['bailout', '071'],
  ['investment', '061'],
  ['truce', '087'],
  ['ceasefire', '087'],
  ['armistice', '087'],
  ['sanction', '163'],
  ['embargo', '163'],
  ['tariff', '163'],
  ['duty', '163'],
  ['weapon', '072'],
  ['vessel', '072'],
  ['warship', '072'],
  ['ammunition', '072'],
  ['missile', '072'],
]);
/** Heads that take their code from a compound: "credit line", "aid package". */
const CARRIER_HEADS: ReadonlySet<string> = new Set(['line', 'package', 'facility']);
/** People sent to help: aid when a modifier names its kind ("medical experts", "a team of doctors"). */
const HELPERS: ReadonlySet<string> = new Set([
  'team',
  'expert',
  'doctor',
  'specialist',
  'worker',
  'staff',
]);
/** Adjectives that make aid specific: humanitarian 073, military 072, economic 071. */
const AID_KINDS: ReadonlyMap<string, string> = new Map([
  ['humanitarian', '073'],
  ['food', '073'],
  ['medical', '073'],
  ['emergency', '073'],
  ['military', '072'],
  ['defence', '072'],
  ['defense', '072'],
  ['economic', '071'],
  ['financial', '071'],
  ['development', '071'],
]);

/** The code a noun at `n` names, or null. */
export function nounCode(view: SentenceView, n: number): string | null {
  let code = NOUN_CODES.get(view.lemma(n)) ?? null;
  if (code === null && CARRIER_HEADS.has(view.lemma(n))) {
    const parts = view.dependents(n, 'compound').map(k => NOUN_CODES.get(view.lemma(k)));
    code = parts.find(c => c !== undefined) ?? null;
  }
  if (code === null && HELPERS.has(view.lemma(n))) {
    // "a team of medical experts": people sent to help, of the kind their modifier says
    const helpers = [n, ...view.dependents(n, 'nmod:of')];
    const kinds = helpers
      .flatMap(h => view.dependents(h, 'amod'))
      .map(k => AID_KINDS.get(view.lemma(k)));
    code = kinds.find(c => c !== undefined) ?? null;
  }
  if (code === '070') {
    const kinds = view.dependents(n, 'amod', 'compound').map(k => AID_KINDS.get(view.lemma(k)));
    code = kinds.find(c => c !== undefined) ?? code;
  }
  return code;
}

/** The event noun under the light verb at `v`, or null. */
function eventNoun(view: SentenceView, v: number): { noun: number; code: string } | null {
  if (!LIGHT_VERBS.has(view.lemma(v))) {
    return null;
  }
  const objs = [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')];
  const nouns = [...objs, ...objs.flatMap(o => view.dependents(o, 'nmod:in', 'nmod:of'))];
  for (const n of nouns) {
    const code = nounCode(view, n);
    if (code !== null) {
      return { noun: n, code };
    }
  }
  return null;
}

/** The reading of a light verb by its event noun, replacing the verb's own, or null. */
export function matchNounEvent(view: SentenceView, v: number, particle: string): VerbMatch | null {
  const found = eventNoun(view, v);
  if (found === null) {
    return null;
  }
  const code: DirectedCodes = { forward: found.code, reverse: null };
  return { entry: null, pattern: null, code, preps: [], particle };
}

/**
 * "thanked India for a $250 million credit line": the thanked one gave what the noun names. Returns the
 * noun's code and token, or null.
 */
function thankedFor(view: SentenceView, v: number): { noun: number; code: string } | null {
  if (view.lemma(v) !== 'thank') {
    return null;
  }
  for (const n of view.dependents(v, 'obl:for')) {
    const code = nounCode(view, n);
    if (code !== null) {
      return { noun: n, code };
    }
  }
  return null;
}

/** "thanked India for a credit line for Kenyan farmers": India → Kenya (else → the thanker). */
export function thanksEvents(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  sources: readonly Arg[],
  base: Omit<DraftEvent, 'code' | 'sourceId' | 'targetId' | 'preposition'>,
): DraftEvent[] {
  const found = thankedFor(view, v);
  const giver = view.dependents(v, 'obj').map(o => actorOfToken(view, ctx, o))[0];
  if (found === null || giver === null || giver === undefined) {
    return [];
  }
  const named = view
    .dependents(found.noun, 'nmod:for', 'nmod:to')
    .map(t => actorOfToken(view, ctx, t))
    .find((a): a is KgActor => a !== null);
  const thanker = sources[0]?.actor;
  const receiver = named ?? (thanker === undefined ? undefined : ctx.states.get(thanker.id));
  const receiverId = typeof receiver === 'string' ? receiver : receiver?.id;
  if (receiverId === undefined || receiverId === giver.id) {
    return [];
  }
  return [
    { ...base, code: found.code, sourceId: giver.id, targetId: receiverId, preposition: null },
  ];
}
