/**
 * What kind of actor a proper name is, from the common noun the sentence binds to it (the head noun of
 * a description in apposition, as the coreference literature has it):
 * - close apposition, the noun right before the name ("the rice growers' federation Fenarroz", "the
 *   campaign group Arms Watch Europe", "a hacking group known as Polesie Bear");
 * - loose apposition, a description after the name ("Northfield Armour, the Quebec manufacturer,").
 * A noun of an organisation ("federation", "company", "manufacturer") makes it an organisation, even where
 * the parse tagged it PERSON; a militia's or faction's noun, or "group" with a modifier of an armed or
 * clandestine group ("hacking group", "rebel group"), makes it a group; "group" with another modifier
 * ("campaign group", "opposition group") an organisation. Outlet nouns are outlet-names.ts's. Names the
 * parse did not tag at all are found here too (`describedNames`), by a class noun before them or an
 * organisation's noun as their own head word ("Izola Fishermen's Cooperative").
 * Also the guards for names that are no actor (a title's tail, a modifier of a lower-case noun).
 */
import type { Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import rolesData from '../gazetteer/roles.json';
import { agentsFor } from '../dictionaries/dictionary.loader';
import { COMPANY_ENDS, slugify } from '../names';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { isArmedAgentCode } from './agent-nouns';
import { joinWords } from './joined-names';
import { type MutableActor, mentionOf, newActor, overlapsAny, spanOf } from './name-spans';

/** Head nouns of organisations that are neither states, armed groups nor outlets. */
export const ORG_NOUNS: ReadonlySet<string> = new Set(
  ['company', 'firm', 'manufacturer', 'maker', 'producer', 'federation', 'association'].concat(
    ['confederation', 'charity', 'foundation', 'institute', 'watchdog', 'lender', 'airline'],
    ['carrier', 'contractor', 'exporter', 'insurer', 'cooperative', 'consortium', 'ngo'],
    ['organisation', 'organization'],
  ),
);
/** Last words of a company's name, lower-cased (names.ts): the name is an organisation's. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(COMPANY_ENDS.map(w => w.toLowerCase()));
/** Head nouns of non-state armed or clandestine groups. */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['militia', 'faction', 'cell', 'gang']);
/** Modifiers that make a "group" an armed or clandestine one ("a hacking group", "the rebel group"). */
const CLANDESTINE: ReadonlySet<string> = new Set(
  ['armed', 'rebel', 'militant', 'hacking', 'hacker', 'jihadist', 'insurgent', 'separatist'].concat(
    ['paramilitary', 'criminal', 'terrorist', 'extremist', 'guerrilla', 'islamist', 'secessionist'],
  ),
);

/** Words inside a name that make it an armed group's ("Gourma Liberation Front", "… Democratic Forces"). */
const ARMED_IN_NAME: ReadonlySet<string> = new Set(
  [
    'liberation',
    'resistance',
    'army',
    'forces',
    'militia',
    'brigade',
    'brigades',
    'battalion',
  ].concat(['rebels', 'guerrillas']),
);

/** A word the Phoenix agents code as an armed non-state actor ("fighters", "rebels"), or "armed". */
function isArmedWord(t: NlpToken): boolean {
  const lower = t.word.toLowerCase();
  return lower === 'armed' || agentsFor(lower).some(a => isArmedAgentCode(a.code));
}

/**
 * True when the story says the named body is armed: a word of its name ("Liberation", "Forces"), or
 * an armed word ("fighters", "rebels", "armed group") in a sentence that names it.
 */
export function armedEvidence(
  toks: readonly NlpToken[],
  sentences: readonly NlpSentence[],
): boolean {
  if (toks.some(t => ARMED_IN_NAME.has(t.word.toLowerCase()))) {
    return true;
  }
  const words = toks.map(t => t.word);
  const names = (s: NlpSentence): boolean =>
    s.tokens.some((_, i) => words.every((w, k) => s.tokens[i + k]?.word === w));
  return sentences.some(s => names(s) && s.tokens.some(isArmedWord));
}

/**
 * The kind a class noun gives (`index` is its 1-based token index): an organisation's noun, an armed
 * group's, or "group" with a modifier that says which ("a hacking group" is a group, "the campaign
 * group", "the opposition group" organisations); a bare "group" is left to org-groups.ts.
 */
function kindOfNoun(sentence: NlpSentence, index: number): ActorKind | null {
  const noun = sentence.tokens[index - 1];
  if (noun === undefined || !noun.pos.startsWith('NN') || !/^\p{Ll}/u.test(noun.word)) {
    return null;
  }
  const lemma = noun.lemma.toLowerCase();
  if (ORG_NOUNS.has(lemma) || GROUP_NOUNS.has(lemma)) {
    return ORG_NOUNS.has(lemma) ? ActorKind.ORGANIZATION : ActorKind.GROUP;
  }
  const mods = sentence.basicDependencies
    .filter(d => d.governor === index && (d.dep === 'compound' || d.dep === 'amod'))
    .map(d => sentence.tokens[d.dependent - 1]?.word.toLowerCase() ?? '');
  if (lemma !== 'group' || mods.length === 0) {
    return null;
  }
  return mods.some(m => CLANDESTINE.has(m)) ? ActorKind.GROUP : ActorKind.ORGANIZATION;
}

/** The class noun right before the name, or before "known as" / "called" / "named" before it. */
function nounBefore(sentence: NlpSentence, first: number): number {
  const w = (i: number): string => sentence.tokens[i - 1]?.word.toLowerCase() ?? '';
  if (w(first - 1) === 'as' && w(first - 2) === 'known') {
    return first - 3;
  }
  return w(first - 1) === 'called' || w(first - 1) === 'named' ? first - 2 : first - 1;
}

/** The kind the sentence's description of the name gives it, or null (tokens of `sentence`). */
export function describedKind(sentence: NlpSentence, toks: readonly NlpToken[]): ActorKind | null {
  const first = toks[0]?.index ?? 0;
  const close = kindOfNoun(sentence, nounBefore(sentence, first));
  if (close !== null) {
    return close;
  }
  const inName = new Set(toks.map(t => t.index));
  const loose = sentence.basicDependencies.find(d => d.dep === 'appos' && inName.has(d.governor));
  return loose === undefined || inName.has(loose.dependent)
    ? null
    : kindOfNoun(sentence, loose.dependent);
}

/** The kind a class noun in apposition with the name gives it ("FRN, an armed group"), or null. */
function apposKind(sentence: NlpSentence, toks: readonly NlpToken[]): ActorKind | null {
  const inName = new Set(toks.map(t => t.index));
  for (const d of sentence.basicDependencies) {
    const kind =
      d.dep === 'appos' && inName.has(d.governor) && !inName.has(d.dependent)
        ? kindOfNoun(sentence, d.dependent)
        : null;
    if (kind !== null) {
      return kind;
    }
  }
  return null;
}

/**
 * Capitalised names the parse tagged as no person or organisation right after a class noun ("the
 * campaign group Arms Watch Europe", "a hacking group known as Polesie Bear"), with their kind; a name
 * with small words inside ("the Front for National Renewal (FRN), an armed group") also by the class
 * noun in apposition with it.
 */
export function describedNames(
  doc: NlpDocument,
): { toks: NlpToken[]; kind: ActorKind; sentence: NlpSentence }[] {
  const out: { toks: NlpToken[]; kind: ActorKind; sentence: NlpSentence }[] = [];
  for (const sentence of doc.sentences) {
    // capitalised words after a lower-case noun, whatever the tagger made of them ("Arms/NNS Watch/VB")
    const name = (t: NlpToken | undefined): boolean =>
      t !== undefined &&
      /^\p{Lu}/u.test(t.word) &&
      !/^(?:PRP|DT|CD)/.test(t.pos) &&
      t.ner !== 'DATE';
    for (const t of sentence.tokens) {
      const prev = sentence.tokens[t.index - 2];
      if (!name(t) || name(prev) || ['PERSON', 'ORGANIZATION'].includes(t.ner)) {
        continue;
      }
      const toks: NlpToken[] = [];
      // a possessive inside the name joins it when a capitalised word follows ("Fishermen's Cooperative")
      const inner = (i: number): boolean =>
        sentence.tokens[i - 1]?.pos === 'POS' && toks.length > 0 && name(sentence.tokens[i]);
      for (let i = t.index; name(sentence.tokens[i - 1]) || inner(i); i++) {
        toks.push(sentence.tokens[i - 1] as NlpToken);
      }
      const joined = joinWords(sentence, toks, name);
      const kind =
        kindOfNoun(sentence, nounBefore(sentence, t.index)) ??
        headKind(toks[toks.length - 1]) ??
        (joined ? apposKind(sentence, toks) : null);
      if (kind !== null && toks.length > 1) {
        out.push({ toks, kind, sentence });
      }
    }
  }
  return out;
}

/**
 * The kind a name's own head word gives it: an organisation's class noun, capitalised, ending the name
 * ("Izola Fishermen's Cooperative", "Pacific Tuna Association"); no other head decides it here.
 */
export function headKind(last: NlpToken | undefined): ActorKind | null {
  const word = last?.word ?? '';
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}/u.test(word) && (ORG_NOUNS.has(lower) || COMPANY_WORDS.has(lower))
    ? ActorKind.ORGANIZATION
    : null;
}

/** Adds the untagged described names to `actors` (org:<slug> or group:<slug>), outside `taken`. */
export function addDescribedNames(
  text: string,
  doc: NlpDocument,
  ignored: readonly Span[],
  actors: MutableActor[],
): void {
  for (const { toks, kind } of describedNames(doc)) {
    const span = spanOf(toks);
    const others = actors.flatMap(a => (a.kind === ActorKind.COUNTRY ? [] : a.mentions));
    if (overlapsAny(span, ignored) || overlapsAny(span, others)) {
      continue;
    }
    const name = text.slice(span.start, span.end);
    const id = `${kind === ActorKind.GROUP ? 'group' : 'org'}:${slugify(name)}`;
    let actor = actors.find(a => a.id === id);
    if (actor === undefined) {
      actor = newActor(id, kind, name);
      actors.push(actor);
    }
    actor.mentions.push(mentionOf(text, span));
  }
}

const TITLES: ReadonlySet<string> = new Set(rolesData.titles);

/** "State" in "Secretary of State": the tail of a title, not an actor. */
export function isTitlePart(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  const i = (toks[0]?.index ?? 1) - 1;
  const title = sentence.tokens[i - 2]?.word ?? '';
  // "Interior" in "Interior Minister Stelios Andreou": the head of a title
  const next = sentence.tokens[toks[toks.length - 1]?.index ?? 0]?.word ?? '';
  return (
    (sentence.tokens[i - 1]?.word === 'of' && TITLES.has(title)) ||
    (toks.length === 1 && /^(?:Minister|Secretary)$/.test(next))
  );
}

/**
 * The rank and file of an armed force are the force: "shot by Botswana Defence Force soldiers" is the
 * force's act, as the gold has it (a title, "army chief", is a person and no member noun). Officers of
 * a civil body are not ("two Sierra Leonean police officers", "Chinese customs officers" are the state
 * in the gold).
 */
const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'soldiers',
  'troops',
  'sailors',
  'marines',
  'gendarmes',
  'fighters',
]);

/** A plural noun for the members of an armed force ("soldiers", "troops"). */
export function isMemberNoun(word: string): boolean {
  return MEMBER_NOUNS.has(word);
}

/**
 * A name that modifies a lowercase noun ("Amazon border") names a place or a kind, not an actor; before
 * its members ("Botswana Defence Force soldiers") it names the body they serve.
 */
export function isModifier(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  const last = toks[toks.length - 1];
  const next = last === undefined ? undefined : sentence.tokens[last.index];
  return (
    next !== undefined &&
    !isMemberNoun(next.word) &&
    /^\p{Ll}/u.test(next.word) &&
    next.pos.startsWith('NN') &&
    sentence.basicDependencies.some(
      d => d.dependent === last?.index && d.governor === next.index && d.dep === 'compound',
    )
  );
}
