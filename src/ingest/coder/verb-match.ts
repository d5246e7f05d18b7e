/**
 * Matches a verb of the parse against the CAMEO verb dictionary: the lemma (with its `compound:prt`
 * particle: "pull out", "call for") gives the dictionary entries; each entry's patterns are tried on the
 * verb's arguments (objects and obliques for the words after `*`, subjects for those before, `(PREP
 * NOUN)` on `obl:prep` / `nmod:prep`), and the pattern with the most matched elements wins (on a tie,
 * the one written for this verb, then the code most of the tied patterns give). An entry whose block
 * code is null (`[---]`) codes only through a matching pattern. The hand-typed supplement
 * (verb-supplement.ts) is tried first.
 */
import { type VerbEntry, synsetMembers, verbEntries } from '../dictionaries/dictionary.loader';
import type { DirectedCodes, NounPhrase, VerbPattern } from '../dictionaries/dictionary.types';
import type { SentenceView } from './sentence-view';
import { matchSupplement } from './verb-supplement';
import { NOT_OBJECTS } from './contact-clauses';

export interface VerbMatch {
  /** The dictionary entry, or null for a reading of the supplement (verb-supplement.ts). */
  readonly entry: VerbEntry | null;
  /** The matched pattern, or null when the entry's own code applies. */
  readonly pattern: VerbPattern | null;
  readonly code: DirectedCodes;
  /** Prepositions of the pattern's `(PREP …)` constraints, lower case: where its target sits. */
  readonly preps: readonly string[];
  /** The particle, when the verb has one ("out"). */
  readonly particle: string;
  /** Prepositions of a place the act is done at, never its target ("took Chile to the court"). */
  readonly venues?: readonly string[];
}

/** Phrases a dictionary word stands for: a synonym set's members, else the word itself. */
function expand(word: string): readonly string[] {
  return word.startsWith('&') ? synsetMembers(word) : [word.replace(/_$/, '')];
}

/** Does the token `i` (with its tight modifiers) say the noun phrase? The head is the last word. */
function saysPhrase(view: SentenceView, i: number, phrase: NounPhrase): boolean {
  const t = view.token(i);
  const forms = new Set([t.word.toUpperCase(), t.lemma.toUpperCase()]);
  const around = view.phrase(i).filter(k => k !== i);
  const aroundForms = new Set(
    around.flatMap(k => [view.token(k).word.toUpperCase(), view.token(k).lemma.toUpperCase()]),
  );
  const last = phrase[phrase.length - 1];
  if (last === undefined) {
    return false;
  }
  const heads = expand(last);
  const headOk = heads.some(h => {
    const words = h.split(' ');
    const hw = words[words.length - 1] ?? '';
    return forms.has(hw) && words.slice(0, -1).every(w => aroundForms.has(w));
  });
  return (
    headOk &&
    phrase.slice(0, -1).every(w => expand(w).some(x => x.split(' ').every(y => aroundForms.has(y))))
  );
}

function anySays(view: SentenceView, tokens: readonly number[], phrase: NounPhrase): boolean {
  return tokens.some(i => saysPhrase(view, i, phrase));
}

/**
 * The agent of a passive or of a participle ("a letter signed by the armed forces minister"): its
 * "by" phrase names the doer, the verb's logical subject, not what is done.
 */
export function agentTokens(view: SentenceView, v: number): number[] {
  const passive =
    view.token(v).pos === 'VBN' || view.dependents(v, 'aux:pass', 'nsubj:pass').length > 0;
  return passive ? view.dependents(v, 'obl:by', 'obl:agent') : [];
}

/**
 * Tokens after the verb that a pattern's plain words may name: objects, obliques, their nmods; not a
 * passive's agent, which stands where the subject of the active would.
 */
function postTokens(view: SentenceView, v: number): number[] {
  const agents = agentTokens(view, v);
  // "an agreement signed by Chile and Bolivia": the noun a past participle modifies is what it does
  const modified =
    view.token(v).pos === 'VBN'
      ? view
          .headArcs(v)
          .filter(a => a.rel === 'acl' && a.head > 0)
          .map(a => a.head)
      : [];
  const direct = [
    ...view.dependents(v, 'obj', 'iobj', 'obl', 'xcomp', 'advcl', 'nsubj:pass'),
    ...modified,
  ].filter(d => !agents.includes(d));
  return [...direct, ...direct.flatMap(d => view.dependents(d, 'nmod', 'compound'))];
}

/** Tokens in an `obl:prep` / `nmod:prep` of the verb or of its object. */
function prepTokens(view: SentenceView, v: number, prep: string): number[] {
  const rel = prep.toLowerCase().replace(/ /g, '_');
  const objs = view.dependents(v, 'obj');
  const arcs = [v, ...objs].flatMap(h => view.arcsFrom(h));
  // "telephoned his counterpart on Sunday night": a time is no argument of "call on"
  return arcs
    .filter(a => a.rel === `obl:${rel}` || a.rel === `nmod:${rel}`)
    .map(a => a.dep)
    .filter(d => !NOT_OBJECTS.has(view.token(d).ner));
}

/** Elements matched, or -1 when the pattern does not hold. */
function patternScore(view: SentenceView, v: number, p: VerbPattern): number {
  const posts = postTokens(view, v);
  const subjects = [...view.dependents(v, 'nsubj'), ...agentTokens(view, v)];
  let n = 0;
  for (const phrase of p.post) {
    if (!anySays(view, posts, phrase)) {
      return -1;
    }
    n += 1;
  }
  for (const phrase of p.pre) {
    if (!anySays(view, subjects, phrase)) {
      return -1;
    }
    n += 1;
  }
  for (const c of [...p.postPreps, ...p.prePreps]) {
    const toks = prepTokens(view, v, c.prep);
    if (toks.length === 0) {
      return -1;
    }
    if (c.nouns.length > 0 && !c.nouns.some(ph => anySays(view, toks, ph))) {
      return -1;
    }
    n += 1 + c.nouns.length;
  }
  return n;
}

/** The particle of a phrasal verb ("out" in "pulled out"), '' for none. */
export function particleOf(view: SentenceView, v: number): string {
  return view
    .dependents(v, 'compound:prt')
    .map(d => view.lemma(d))
    .join(' ');
}

/** Verbs of travel that may carry an object, as CAMEO's SEND block verbs do. */
const CARRIERS: ReadonlySet<string> = new Set(['fly']);

/** British and American spellings as one ("RECOGNISE", "recognize"). */
const spelling = (w: string): string => w.toUpperCase().replace(/Z/g, 'S');

/**
 * Was pattern `p` written for the verb `lemma` (its note names it)? A block's patterns are shared by its
 * verbs, so "RECOGNIZE * INDEPENDENCE" (054) and "CELEBRATE * INDEPENDENCE" (017) tie on "recognized
 * the independence": the verb's own pattern wins the tie.
 */
function writtenFor(p: VerbPattern, lemma: string): boolean {
  return spelling(p.note.trim()) === spelling(lemma);
}

/**
 * Of the patterns that tie, the reading most of them give, else the first listed. CAMEO.2.0 lists some
 * patterns twice with different codes: LIFT has "* SANCTION" as 0351 (intent) and again, with "*
 * SANCTIONS", as 085, so "lifted its sanctions" matches three patterns, two of them 085.
 */
function majority(tied: readonly VerbMatch[]): VerbMatch | null {
  const key = (m: VerbMatch): string => `${m.code.forward ?? ''}/${m.code.reverse ?? ''}`;
  const count = (m: VerbMatch): number => tied.filter(t => key(t) === key(m)).length;
  let best: VerbMatch | null = null;
  for (const m of tied) {
    if (best === null || count(m) > count(best)) {
      best = m;
    }
  }
  return best;
}

/** The best dictionary reading of the verb at `v`, or null when it codes nothing. */
export function matchVerb(view: SentenceView, v: number): VerbMatch | null {
  const particle = particleOf(view, v);
  const extra = matchSupplement(view, v);
  if (extra !== null) {
    const { code, preps, venues } = extra;
    return { entry: null, pattern: null, code, preps, particle, venues };
  }
  const own = readEntries(view, v, view.lemma(v), particle);
  // a verb of travel with an object carries it ("flew relief to Honiara"): where its own patterns read
  // no more than travel (036, "fly to"), it is read as SEND, the block of CAMEO's verbs of transport
  // (send, ship, transport, carry); its own readings stand ("flew warplanes into its zone", 154)
  const carried = CARRIERS.has(view.lemma(v)) && view.dependents(v, 'obj').length > 0;
  const travel = own === null || (own.code.forward ?? own.code.reverse ?? '').startsWith('036');
  return carried && travel ? readEntries(view, v, 'send', particle) : own;
}

/** The best reading of the verb at `v` among the dictionary entries of `lemma`, or null. */
function readEntries(
  view: SentenceView,
  v: number,
  lemma: string,
  particle: string,
): VerbMatch | null {
  const entries = verbEntries(lemma, particle);
  let tied: VerbMatch[] = [];
  let bestScore = 0;
  let bestOwn = 0;
  for (const entry of entries) {
    for (const p of entry.patterns) {
      const s = patternScore(view, v, p);
      // on a tie: the verb's own pattern, else the block's head verb's ("call off a visit" reads as
      // CANCEL's "cancel a visit", 160, not CONCLUDE's "conclude a visit", 042)
      const own = writtenFor(p, view.lemma(v)) ? 2 : writtenFor(p, entry.block.label) ? 1 : 0;
      if (s <= 0 || s < bestScore || (s === bestScore && own < bestOwn)) {
        continue;
      }
      if (s > bestScore || own > bestOwn) {
        tied = [];
      }
      bestScore = s;
      bestOwn = own;
      tied.push({
        entry,
        pattern: p,
        code: p.code,
        preps: [...p.postPreps, ...p.prePreps].map(c => c.prep.toLowerCase()),
        particle,
      });
    }
  }
  const best = majority(tied);
  const ownCode = best?.entry?.verb.code ?? null;
  if (best !== null && bestOwn === 0 && ownCode !== null) {
    // a verb with its own code ("+CALL_OFF [160]") keeps it over a pattern another verb of its block
    // brought ("conclude a visit", 042): "called off the visit" is no visit
    return { entry: best.entry, pattern: null, code: ownCode, preps: [], particle };
  }
  if (best !== null) {
    return best.code.forward === null && best.code.reverse === null ? null : best;
  }
  const plain = entries.find(e => e.code.forward !== null || e.code.reverse !== null);
  return plain === undefined
    ? null
    : { entry: plain, pattern: null, code: plain.code, preps: [], particle };
}
