/**
 * Who a noun phrase of the parse names, for speakers, addressees and sources of statements:
 * - a pronoun: "he"/"she" is the last person named before it, "it" the last organisation, state or
 *   group (a movement or armed group is "it" in wire copy: "It had demanded a ransom");
 * - a phrase with a name: the actor whose mention covers its head ("China's Foreign Ministry", "Gil"),
 *   else a person in apposition or flat ("the country's top diplomat, Faridah Ismail"), else what the
 *   phrase's modifiers name: "two U.S. officials" and "a Spanish diplomatic source" speak for the state;
 * - a head noun that describes rather than names:
 *   - a medium ("the agency", "state media") is only ever a known outlet: named in the phrase, else the
 *     last outlet named when the phrase is definite;
 *   - a body ("the ministry", "the government") is the last organisation whose name has that noun;
 *   - a spokesperson speaks for whom "for X" / "X's" / "ministry spokesperson" names, else for the last
 *     organisation named;
 *   - a definite role without a name ("the Argentine leader", "the minister") is the last person named
 *     (of the state the phrase names, when it names one).
 * Returns null when the phrase names no known actor ("analysts", "officials of both governments").
 */
import { ActorKind } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';
import { agentsFor } from '../dictionaries/dictionary.loader';
import { type Mention, type Posted, covering, lastCollective } from './speaker-mentions';
import { looseNames, nounPhrase, preferred } from './speaker-phrases';
import { distinctAppositive, placedPerson } from './speaker-appositions';
import {
  BODY_NOUNS,
  MEDIA_NOUNS,
  OFFICE_NOUNS,
  POSTED_NOUNS,
  ROLE_NOUNS,
  SPOKES_NOUNS,
  STATE_NOUNS,
  isMission,
} from './speaker-nouns';
import { type TitledSpeakers, roleWords } from './titled-speakers';

export { type Mention, clauseSubjects, mentionsOf, postedPhrases } from './speaker-mentions';

export interface Resolved {
  readonly id: string;
  /** How it was found: named in the phrase, or carried from earlier text (pronoun, description). */
  readonly how: 'named' | 'anaphor';
}

export class SpeakerResolver {
  constructor(
    private readonly mentions: readonly Mention[],
    private readonly states: ReadonlyMap<string, string>,
    private readonly names: ReadonlyMap<string, string>,
    /** Mentions that are the subject of a clause: "he" refers back to one of these first. */
    private readonly subjects: ReadonlySet<Mention> = new Set(),
    /** Diplomats and envoys named before, for a later "the diplomat" (postedPhrases). */
    private readonly posted: readonly Posted[] = [],
    /** The people the article names with their titles, for "the minister said". */
    private readonly titled?: TitledSpeakers,
  ) {}

  /** Bodies named with their state ("Germany's foreign ministry"), by noun, for a later "the ministry". */
  private readonly bodies = new Map<string, { id: string; at: number }>();

  /** The last mention before `offset` that satisfies `ok`. */
  lastBefore(offset: number, ok: (m: Mention) => boolean): Mention | null {
    return this.mentions.filter(m => m.end <= offset && ok(m)).at(-1) ?? null;
  }

  /** Mentions inside a character range. */
  within(start: number, end: number): Mention[] {
    return this.mentions.filter(m => m.start >= start && m.end <= end);
  }

  private mentionsIn(view: SentenceView, tokens: readonly number[]): Mention[] {
    return covering(this.mentions, view, tokens);
  }

  /**
   * The actor the noun at token `i` of `view` names, or null. A pronoun refers back to a mention
   * before `before` when given: a speaker is never part of what it is reported to have said, so
   * "<clause>, it said" looks for "it" before the clause, and "<clause>, the government said" for the
   * state that was a subject before it ("Bolivia will ask the court to rule that Chile …, the
   * government said" is not Chile).
   */
  resolve(view: SentenceView, i: number, before?: number): Resolved | null {
    const tok = view.token(i);
    const at = tok.characterOffsetBegin;
    const lemma = view.lemma(i);
    if (tok.pos === 'PRP') {
      return this.pronoun(lemma, Math.min(at, before ?? at), view.token(1).characterOffsetBegin);
    }
    const phrase = nounPhrase(view, i);
    const inPhrase = this.mentionsIn(view, phrase);
    const head = this.mentionsIn(view, [i]);
    const definite = view.dependents(i, 'det').some(d => view.lemma(d) === 'the');
    const plural = tok.pos.endsWith('S');
    if (MEDIA_NOUNS.has(lemma)) {
      // "the newspaper Morgunbladid": the name right after the noun, wherever the parse hung it
      const next = i < view.size ? this.mentionsIn(view, [i + 1]) : [];
      const outlet = [...inPhrase, ...next].find(m => m.kind === ActorKind.MEDIA_OUTLET);
      if (outlet !== undefined) {
        return { id: outlet.id, how: 'named' };
      }
      const last =
        definite && inPhrase.length === 0
          ? this.lastBefore(at, m => m.kind === ActorKind.MEDIA_OUTLET)
          : null;
      return last === null ? null : { id: last.id, how: 'anaphor' };
    }
    const named = preferred(head);
    // "according to the Beninese daily La Nation du Matin", misparsed with the state word as the head
    // and the outlet's name hung loose on it: the outlet
    // ("according to the Lisbon daily Diario da Ribeira", with the outlet's name a bare nmod of the
    // capital)
    const outlet =
      named?.kind === ActorKind.COUNTRY
        ? [...inPhrase, ...this.mentionsIn(view, looseNames(view, i))].find(
            m => m.kind === ActorKind.MEDIA_OUTLET && !head.includes(m),
          )
        : undefined;
    if (outlet !== undefined) {
      return { id: outlet.id, how: 'named' };
    }
    if (named !== null) {
      return { id: (distinctAppositive(this.mentions, view, i, named) ?? named).id, how: 'named' };
    }
    const person =
      inPhrase.find(m => m.kind === ActorKind.PERSON) ?? placedPerson(this.mentions, view, i);
    if (person !== undefined) {
      return { id: person.id, how: 'named' };
    }
    // "officials in Addis Ababa", "a foreign ministry official in Muscat", "the presidential press
    // service in Tashkent": an office named by the capital it sits in is that state's, when nothing
    // else in the phrase names whose it is
    const seat = OFFICE_NOUNS.has(lemma) && !isMission(view, i) ? this.seatOf(view, i) : null;
    if (SPOKES_NOUNS.has(lemma)) {
      return this.spokesperson(view, i, inPhrase) ?? seat;
    }
    if (
      lemma === 'office' &&
      view.dependents(i, 'nmod:poss').some(p => /^(?:his|her)$/iu.test(view.token(p).word))
    ) {
      // "his office said": the office of a person speaks as that person, found like "he"
      const m = this.lastPerson(at);
      return m === null ? null : { id: m.id, how: 'anaphor' };
    }
    if (BODY_NOUNS.has(lemma) || (definite && !plural && this.isAgentBody(lemma))) {
      // "Nauru's government" is the state; "Belize's foreign ministry" is a body of it, never the
      // state itself: without an actor for that body, it names no one the article knows
      // "Myanmar's military government" is the state, though "Myanmar's military" names a body;
      // an embassy, consulate or high commission is its state (eval/README.md)
      const state = STATE_NOUNS.has(lemma) || isMission(view, i);
      const country = state ? inPhrase.find(m => m.kind === ActorKind.COUNTRY) : undefined;
      const org = inPhrase.find(m => m.kind === ActorKind.ORGANIZATION);
      const own = country ?? org ?? (state ? preferred(inPhrase) : null);
      if (own !== null) {
        this.bodies.set(lemma, { id: own.id, at });
        return { id: own.id, how: 'named' };
      }
      if (seat !== null) {
        return seat;
      }
      // "the government said": the body named before, else the last state that was a subject
      const last = definite
        ? (this.lastNamed(at, lemma) ??
          (STATE_NOUNS.has(lemma)
            ? this.lastBefore(
                Math.min(at, before ?? at),
                m => m.kind === ActorKind.COUNTRY && this.subjects.has(m),
              )
            : null))
        : null;
      return last === null ? null : { id: last.id, how: 'anaphor' };
    }
    if (POSTED_NOUNS.has(lemma) && definite && !plural && inPhrase.length === 0) {
      // "a senior Brazilian diplomat said … according to the diplomat", "summoned the Chinese
      // ambassador … The envoy told him": the diplomat named before, a person or else its state
      const last = this.posted.filter(p => p.at < at).at(-1);
      if (last !== undefined) {
        return { id: last.id, how: 'anaphor' };
      }
    }
    if (ROLE_NOUNS.has(lemma) && definite && !plural) {
      // "the Argentine leader": the last person named of that state, or of any when none is given;
      // "the minister": first the last one the article titled so (titled-speakers.ts)
      const state = preferred(inPhrase);
      const ok = (m: Mention): boolean =>
        m.kind === ActorKind.PERSON && (state === null || this.states.get(m.id) === state.id);
      const titled = this.titled?.holders(roleWords(view, i, phrase)) ?? new Set<string>();
      // like "he": the last such person who was a subject, before any merely named
      const last =
        this.lastBefore(at, m => ok(m) && titled.has(m.id)) ??
        this.lastBefore(at, m => ok(m) && this.subjects.has(m)) ??
        this.lastBefore(at, ok);
      // "…, the natural resources minister said" in the lead, named only after: the one person the
      // article titles so
      const after = titled.size === 1 ? this.mentions.find(m => ok(m) && titled.has(m.id)) : null;
      const who = last ?? after;
      if (who !== null && who !== undefined) {
        return { id: who.id, how: 'anaphor' };
      }
    }
    const other = preferred(inPhrase);
    return other === null ? seat : { id: other.id, how: 'named' };
  }

  /** The state whose capital (or name) the phrase `i` heads is placed in: "officials in Addis Ababa". */
  private seatOf(view: SentenceView, i: number): Resolved | null {
    const places = view.arcsFrom(i).filter(a => a.rel === 'nmod:in' && a.dep > i);
    const m = this.mentionsIn(
      view,
      places.flatMap(a => nounPhrase(view, a.dep)),
    ).find(x => x.kind === ActorKind.COUNTRY);
    return m === undefined ? null : { id: m.id, how: 'named' };
  }

  /**
   * "he"/"she" is the last person named before `at`, "it" the last body, state or group (whole),
   * or the last one that was a subject in the same sentence (which opens at `sentence`).
   */
  private pronoun(lemma: string, at: number, sentence: number): Resolved | null {
    // "Turkmenistan halted deliveries to Uzbekistan over what it said were …": inside its own
    // sentence, "it" is bound by a subject before it rather than by a state merely named later
    const bound = (): Mention | null => {
      const m = lastCollective(this.mentions, at, this.subjects);
      return m !== null && m.start >= sentence ? m : null;
    };
    const m =
      lemma === 'he' || lemma === 'she'
        ? this.lastPerson(at)
        : lemma === 'it'
          ? (bound() ?? lastCollective(this.mentions, at))
          : null;
    return m === null ? null : { id: m.id, how: 'anaphor' };
  }

  /**
   * "The navy said …" after "Paraguay's navy": a word of the Phoenix agent dictionary (navy, police,
   * court, parliament …) that is no role of a person reads like "the ministry": the last organisation
   * named with that noun (lastNamed), so a definite description takes up the body named before.
   */
  private isAgentBody(lemma: string): boolean {
    return !ROLE_NOUNS.has(lemma) && agentsFor(lemma.toUpperCase()).length > 0;
  }

  /** The person "he" or "she" at `offset` is: the last person who was a subject, else named. */
  private lastPerson(offset: number): Mention | null {
    return (
      this.lastBefore(offset, x => x.kind === ActorKind.PERSON && this.subjects.has(x)) ??
      this.lastBefore(offset, x => x.kind === ActorKind.PERSON)
    );
  }

  /** The last organisation before `offset` whose name (or id) has `noun` ("the ministry"). */
  private lastNamed(offset: number, noun: string): Mention | null {
    const org = this.lastBefore(
      offset,
      m =>
        m.kind === ActorKind.ORGANIZATION &&
        `${m.id} ${this.names.get(m.id) ?? ''}`.toLowerCase().includes(noun),
    );
    // "Germany's foreign ministry said … The ministry added": the body named by its state before
    const body = this.bodies.get(noun);
    if (body !== undefined && body.at < offset && (org === null || org.end <= body.at)) {
      return { start: body.at, end: body.at, id: body.id, kind: ActorKind.ORGANIZATION };
    }
    return org;
  }

  private spokesperson(
    view: SentenceView,
    i: number,
    inPhrase: readonly Mention[],
  ): Resolved | null {
    const at = view.token(i).characterOffsetBegin;
    // "a spokesperson for Belize's foreign ministry" speaks for the ministry, not for Belize
    const forBody = nounPhrase(view, i).some(
      t =>
        t !== i &&
        BODY_NOUNS.has(view.lemma(t)) &&
        !STATE_NOUNS.has(view.lemma(t)) &&
        !isMission(view, t),
    );
    const org = inPhrase.find(m => m.kind === ActorKind.ORGANIZATION) ?? null;
    const body =
      org ?? (forBody ? null : preferred(inPhrase.filter(m => m.kind !== ActorKind.PERSON)));
    if (forBody && body === null && inPhrase.length > 0) {
      return null;
    }
    if (body !== null) {
      return { id: body.id, how: 'named' };
    }
    for (const c of view.dependents(i, 'compound')) {
      const noun = view.lemma(c);
      if (BODY_NOUNS.has(noun)) {
        const m = this.lastNamed(at, noun);
        return m === null ? null : { id: m.id, how: 'anaphor' };
      }
    }
    // "a spokesman for the rapporteur": the spokesperson of a person's role speaks for that person
    for (const a of view.arcsFrom(i)) {
      if ((a.rel === 'nmod:for' || a.rel === 'nmod:poss') && ROLE_NOUNS.has(view.lemma(a.dep))) {
        const holder = this.resolve(view, a.dep);
        if (holder !== null) {
          return holder;
        }
      }
    }
    const last = this.lastBefore(at, m => m.kind === ActorKind.ORGANIZATION);
    return last === null ? null : { id: last.id, how: 'anaphor' };
  }
}
