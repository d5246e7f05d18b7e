/**
 * One discourse model per article: its actors in order of mention, each mention with its sentence and
 * grammatical role, and a salience score that favours what was named recently, as a subject over an
 * object over anything else, and the article's main dyad (the two states its headline and lead are
 * about). Two kinds of reference that name no actor are resolved through it:
 * - a definite description by its head noun's class: "the group / the rebels" is the most salient armed
 *   group; "the bloc / the alliance" the most salient organisation when unrivalled, "the agency / the
 *   council" only one whose name has the noun; "the kingdom / the sultanate" the most salient state
 *   other than the clause's own doers, when unrivalled ("the country" is mostly a scene, not an actor);
 * - a plural pair ("the two countries", "both governments", "the two leaders") is the main dyad, else
 *   the two most salient actors of its kind, other than the clause's own doers ("and the two signed":
 *   of the kind of the last actor named before it); as the subject of a
 *   mutual act ("the two neighbours fought") each acts on the other (`isMutualPair`).
 * `counterpart` names the dyad's other member; aiming acts without a target at it was measured and
 * dropped (docs/ingest.md).
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpDocument, NlpSentence } from '../nlp/corenlp.client';
import type { CodedActors } from './actor-mentions';
import { determiners, isElidedPair, isPairNoun } from './pair-words';
import type { SentenceView } from './sentence-view';
import { fitsStateForm } from './state-forms';

export type Role = 'subject' | 'object' | 'other';

export interface DiscourseMention {
  readonly actorId: string;
  readonly kind: ActorKind;
  readonly sentence: number;
  readonly role: Role;
  readonly start: number;
}

const ROLE_WEIGHT: Readonly<Record<Role, number>> = { subject: 2, object: 1.5, other: 1 };
/** Salience halves with each sentence since a mention. */
const DECAY = 0.5;
/** The main dyad's weight over any single mention. */
const DYAD_BONUS = 1;

const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'militant', 'rebel', 'insurgent']);
/** Nouns any organisation is called by ("the bloc"): the most salient one, when unrivalled. */
const ORG_NOUNS: ReadonlySet<string> = new Set([
  'bloc',
  'alliance',
  'organisation',
  'organization',
]);
/** Nouns that also name bodies never coded ("the union" of workers): only an organisation so named. */
const ORG_NAME_NOUNS: ReadonlySet<string> = new Set(
  ['agency', 'union', 'commission', 'council', 'community', 'court', 'bank'].concat(['programme']),
);
/** Nouns of a state's kind ("the sultanate"); not "the country", mostly the scene of what is told. */
const STATE_NOUNS: ReadonlySet<string> = new Set(
  ['nation', 'kingdom', 'republic', 'sultanate', 'emirate', 'principality'].concat(['island']),
);
/** Nouns for a state's military ("the army"): the most salient armed forces, when unrivalled. */
const FORCE_NOUNS: ReadonlySet<string> = new Set(['army', 'military']);
const isArmedForces = (id: string): boolean => /^org:[a-z]{3}-armed-forces$/.test(id);
/** Plural nouns for the article's pair of states ("the two neighbours"; "the two islands", as above). */
const PAIR_STATES: ReadonlySet<string> = new Set(
  ['country', 'nation', 'neighbour', 'neighbor', 'side', 'government', 'capital'].concat([
    'state',
    'island',
  ]),
);
const PAIR_PEOPLE: ReadonlySet<string> = new Set(['leader', 'minister', 'president', 'premier']);

function roleOf(s: NlpSentence, start: number, end: number): Role {
  const inside = new Set(
    s.tokens
      .filter(t => start <= t.characterOffsetBegin && t.characterOffsetEnd <= end)
      .map(t => t.index),
  );
  // the best role over every arc into the span: enhanced dependencies give a conjunct its head's role
  const rels = s.enhancedPlusPlusDependencies
    .filter(d => inside.has(d.dependent) && !inside.has(d.governor))
    .map(d => d.dep);
  if (rels.some(r => r.startsWith('nsubj') || r === 'obl:agent')) {
    return 'subject';
  }
  return rels.some(r => r === 'obj' || r === 'iobj' || r.startsWith('obl')) ? 'object' : 'other';
}

export class Discourse {
  private readonly starts: number[];

  constructor(
    readonly mentions: readonly DiscourseMention[],
    readonly dyad: readonly [string, string] | null,
    private readonly states: ReadonlyMap<string, string>,
    sentenceStarts: readonly number[],
  ) {
    this.starts = [...sentenceStarts];
  }

  /** The index of the sentence at character `offset`. */
  sentenceAt(offset: number): number {
    let k = 0;
    while (k + 1 < this.starts.length && (this.starts[k + 1] ?? Infinity) <= offset) {
      k += 1;
    }
    return k;
  }

  /** Salience of each actor (by `key`: its id or its state) from the mentions before `offset`. */
  salience(offset: number, key: (id: string) => string = id => id): Map<string, number> {
    const now = this.sentenceAt(offset);
    const out = new Map<string, number>();
    for (const m of this.mentions) {
      if (m.start >= offset) {
        continue;
      }
      const k = key(m.actorId);
      const w = ROLE_WEIGHT[m.role] * DECAY ** (now - m.sentence);
      out.set(k, (out.get(k) ?? 0) + w);
    }
    for (const id of this.dyad ?? []) {
      if (out.has(id)) {
        out.set(id, (out.get(id) ?? 0) + DYAD_BONUS);
      }
    }
    return out;
  }

  /** Actors that fit, most salient first at `offset`; `skip` ids (and their states) left out. */
  ranked(offset: number, fits: (m: DiscourseMention) => boolean, skip: ReadonlySet<string>) {
    const ids = new Set(this.mentions.filter(fits).map(m => m.actorId));
    const scores = this.salience(offset);
    return [...scores.entries()]
      .filter(([id]) => ids.has(id) && !skip.has(id) && !skip.has(this.states.get(id) ?? id))
      .sort((a, b) => b[1] - a[1]);
  }

  /** The other member of the main dyad when `id` (or its state) is one member, else null. */
  counterpart(id: string): string | null {
    const state = this.states.get(id) ?? id;
    if (this.dyad === null || !this.dyad.includes(state)) {
      return null;
    }
    return this.dyad[0] === state ? this.dyad[1] : this.dyad[0];
  }
}

/** The discourse model of an article from its parse and coded actors. */
export function buildDiscourse(
  doc: NlpDocument,
  coded: CodedActors,
  states: ReadonlyMap<string, string>,
): Discourse {
  const starts = doc.sentences.map(s => s.tokens[0]?.characterOffsetBegin ?? 0);
  const mentions: DiscourseMention[] = [];
  doc.sentences.forEach((s, k) => {
    const from = starts[k] ?? 0;
    const to = s.tokens[s.tokens.length - 1]?.characterOffsetEnd ?? from;
    for (const a of coded.actors) {
      for (const m of a.mentions.filter(x => from <= x.start && x.end <= to)) {
        const role = roleOf(s, m.start, m.end);
        mentions.push({ actorId: a.id, kind: a.kind, sentence: k, role, start: m.start });
      }
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  // the main dyad: the two states the headline and lead name most (a body or person counts for its
  // state), when exactly two lead
  const lead = new Map<string, number>();
  for (const m of mentions.filter(x => x.sentence <= 1)) {
    const state = states.get(m.actorId);
    if (state !== undefined) {
      lead.set(state, (lead.get(state) ?? 0) + ROLE_WEIGHT[m.role]);
    }
  }
  const top = [...lead.entries()].sort((a, b) => b[1] - a[1]);
  const [a, b, c] = top;
  const dyad: [string, string] | null =
    a !== undefined && b !== undefined && (c === undefined || c[1] < b[1]) ? [a[0], b[0]] : null;
  return new Discourse(mentions, dyad, states, starts);
}

/**
 * The actors the description headed by token `i` stands for ("the bloc", "the two countries"), other
 * than `skip` (the clause's doers), or [] when it is no description or its referent is unclear.
 */
export function describedActors(
  view: SentenceView,
  discourse: Discourse,
  actors: readonly KgActor[],
  i: number,
  skip: ReadonlySet<string>,
): KgActor[] {
  const t = view.token(i);
  const lemma = view.lemma(i).toLowerCase();
  if (isElidedPair(view, i)) {
    return elidedPair(discourse, actors, t.characterOffsetBegin, skip);
  }
  if (!t.pos.startsWith('NN') || t.pos.startsWith('NNP')) {
    return [];
  }
  const dets = determiners(view, i);
  const plural = t.pos === 'NNS';
  const byId = (id: string): KgActor[] => actors.filter(a => a.id === id);
  const at = t.characterOffsetBegin;
  if (isPairNoun(view, i)) {
    const kind = PAIR_STATES.has(lemma)
      ? ActorKind.COUNTRY
      : PAIR_PEOPLE.has(lemma)
        ? ActorKind.PERSON
        : null;
    const two = kind === null ? [] : discourse.ranked(at, m => m.kind === kind, skip).slice(0, 2);
    // "the two countries" are the main dyad when it is neither the clause's doer nor set aside
    const dyad = discourse.dyad ?? [];
    const ids =
      kind === ActorKind.COUNTRY && dyad.length === 2 && dyad.every(id => !skip.has(id))
        ? [...dyad]
        : two.map(([id]) => id);
    // "the two islands" are a pair of island states only ("the kingdom" likewise names a kingdom)
    const fits = ids.every(id => fitsStateForm(lemma, id));
    return ids.length === 2 && fits ? ids.flatMap(byId) : [];
  }
  if (plural ? !GROUP_NOUNS.has(lemma) : !dets.includes('the')) {
    return [];
  }
  if (GROUP_NOUNS.has(lemma) || ORG_NOUNS.has(lemma) || ORG_NAME_NOUNS.has(lemma)) {
    const kind = GROUP_NOUNS.has(lemma) ? ActorKind.GROUP : ActorKind.ORGANIZATION;
    const candidates = discourse.ranked(at, m => m.kind === kind, skip);
    // an organisation whose name has the noun ("the council": the Human Rights Council) first
    const named = candidates.find(([id]) =>
      byId(id).some(a => a.name.toLowerCase().split(/\W+/).includes(lemma)),
    );
    const generic = kind === ActorKind.GROUP ? (candidates[0] ?? null) : unrivalled(candidates);
    const pick = named ?? (ORG_NAME_NOUNS.has(lemma) ? null : generic);
    return pick === null ? [] : byId(pick[0]);
  }
  if (FORCE_NOUNS.has(lemma) && !plural) {
    // "which have fought the army" after "Sudanese army chief Abdel Fattah al-Burhan"
    const pick = unrivalled(discourse.ranked(at, m => isArmedForces(m.actorId), skip));
    return pick === null ? [] : byId(pick[0]);
  }
  if (STATE_NOUNS.has(lemma) && !plural) {
    // "the kingdom" is a kingdom: Morocco, not Algeria, however often Algeria was named
    const fits = (m: DiscourseMention): boolean =>
      m.kind === ActorKind.COUNTRY && fitsStateForm(lemma, m.actorId);
    const pick = unrivalled(discourse.ranked(at, fits, skip));
    return pick === null ? [] : byId(pick[0]);
  }
  return [];
}

/**
 * "…, and the two signed a memorandum": a pair whose noun is left out is of the kind of the last actor
 * named before it in its sentence; the two most salient of that kind.
 */
function elidedPair(
  discourse: Discourse,
  actors: readonly KgActor[],
  at: number,
  skip: ReadonlySet<string>,
): KgActor[] {
  const now = discourse.sentenceAt(at);
  const last = discourse.mentions.filter(m => m.sentence === now && m.start < at).pop();
  if (last === undefined) {
    return [];
  }
  const two = discourse.ranked(at, m => m.kind === last.kind, skip).slice(0, 2);
  return two.length === 2 ? two.flatMap(([id]) => actors.filter(a => a.id === id)) : [];
}

/** The first of `ranked` when clearly ahead of the second, else null. */
function unrivalled(ranked: readonly [string, number][]): [string, number] | null {
  const [first, second] = ranked;
  if (first === undefined) {
    return null;
  }
  return second === undefined || first[1] >= 1.5 * second[1] ? first : null;
}

/** Roots of acts two parties do to each other when told of both ("the two neighbours fought"). */
const MUTUAL_ROOTS: ReadonlySet<string> = new Set(['04', '05', '06', '19']);

/**
 * Are `sources` one plural pair ("the two neighbours", both members from one word) doing an act of a
 * mutual root? Then each acts on the other.
 */
export function isMutualPair(
  view: SentenceView,
  sources: readonly { readonly token: number }[],
  code: string,
): boolean {
  const [a, b] = sources;
  return (
    sources.length === 2 &&
    a !== undefined &&
    a.token === b?.token &&
    view.token(a.token).pos === 'NNS' &&
    MUTUAL_ROOTS.has(code.slice(0, 2))
  );
}
