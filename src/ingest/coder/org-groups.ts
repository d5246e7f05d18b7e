/**
 * Non-state groups and outlets among names the parse tags ORGANIZATION or PERSON, and the short forms
 * a story gives them:
 * - a group by its head word ("Gourma Liberation Front", "Karen National Union", "Movement of
 *   Democratic Forces of Casamance": the last word, or the word before "of") or by a group noun beside
 *   it ("the Ansar al-Rovuma group", "rebels of the X", "X fighters"); a head word civil society shares
 *   ("Union", "Movement", "Front") only where the story says the body is armed, so "the Tunisian General
 *   Labour Union" and "the Free Georgia Movement" are organisations (eval/README.md, conventions);
 * - an outlet the parse took for a person or cut short: a name opened by "Radio" or "TV" ("Radio
 *   Kypros"), or named right after an outlet noun ("the state broadcaster X", "the Quito station X");
 * - an acronym in parentheses right after a name ("the Movement of Democratic Forces of Casamance
 *   (MFDC)") is that actor's short form, whatever its letters, as is an all-caps word that abbreviates
 *   the name ("KNU" for "Karen National Union").
 */
import type { Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { type MutableActor, mentionOf, overlapsAny } from './name-spans';
import { abbreviates } from './org-acronyms';
import { OUTLET_NOUNS } from './outlet-names';
import { armedEvidence, describedKind, headKind } from './org-kinds';

/** Head words of an armed group's own name (a known IGO such as the African Union is matched before). */
const ARMED_HEADS: ReadonlySet<string> = new Set(
  ['brigade', 'brigades', 'militia', 'militias', 'rebels', 'battalion', 'battalions'].concat([
    'guerrillas',
    'army',
    'forces',
  ]),
);
/**
 * Head words that name armed groups and civil-society bodies alike ("Karen National Union",
 * "Tunisian General Labour Union", "Free Georgia Movement"): a group only where the story says it is
 * armed (`armedEvidence`), else an organisation (eval/README.md, conventions).
 */
const SHARED_HEADS: ReadonlySet<string> = new Set(['front', 'movement', 'union']);
/** Lower-case nouns beside a name that make it a group ("the X group", "X rebels", "fighters of X"). */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  ['group', 'groups', 'rebels', 'rebel', 'militia', 'militias', 'insurgents', 'faction'].concat([
    'fighters',
    'militants',
    'guerrillas',
    'separatists',
    'jihadists',
    'movement',
    'union',
  ]),
);
/** Capitalised words that open an outlet's name ("Radio Kypros", "TV Zvezda"). */
const OUTLET_OPENERS: ReadonlySet<string> = new Set(['Radio', 'TV', 'Television', 'Telediario']);
/** The head word of a name: the word before its first "of"/"for", else its last word. */
function headWord(toks: readonly NlpToken[]): string {
  const cut = toks.findIndex((t, i) => i > 0 && (t.word === 'of' || t.word === 'for'));
  return (toks[(cut === -1 ? toks.length : cut) - 1]?.word ?? '').toLowerCase();
}

/** The lower-case word `k` places from the token at 0-based index `at`, or ''. */
function lowerAt(sentence: NlpSentence, at: number): string {
  const w = sentence.tokens[at]?.word ?? '';
  return /^\p{Ll}/u.test(w) ? w : '';
}

/**
 * True when the name (tokens of `sentence`) names a non-state armed group; `sentences` are the story's
 * (by default the name's own sentence), read for the evidence a shared head word needs.
 */
export function isGroupName(
  sentence: NlpSentence,
  toks: readonly NlpToken[],
  sentences: readonly NlpSentence[] = [sentence],
): boolean {
  const first = (toks[0]?.index ?? 1) - 1;
  const after = toks[toks.length - 1]?.index ?? 0;
  const armed = (word: string): boolean =>
    !SHARED_HEADS.has(word) || armedEvidence(toks, sentences);
  const head = headWord(toks);
  if ((ARMED_HEADS.has(head) || SHARED_HEADS.has(head)) && toks.length > 1) {
    return armed(head);
  }
  // "the X group", "X rebels"; "fighters of the X", "the rebel X"
  const next = lowerAt(sentence, after);
  const article = sentence.tokens[first - 1]?.word.toLowerCase() === 'the' ? 1 : 0;
  const prev = lowerAt(sentence, first - 1 - article);
  const prev2 = lowerAt(sentence, first - 2 - article);
  const noun =
    (GROUP_NOUNS.has(next) && next) ||
    (article === 1 && GROUP_NOUNS.has(prev) && prev) ||
    (prev === 'of' && GROUP_NOUNS.has(prev2) && prev2) ||
    '';
  return noun !== '' && armed(noun);
}

/** The outlet word opening the name ("Radio" before "Kypros"), to widen a cut entity; 0 or 1 token. */
export function outletOpenerBefore(sentence: NlpSentence, toks: readonly NlpToken[]): number {
  const before = sentence.tokens[(toks[0]?.index ?? 1) - 2];
  return before !== undefined && OUTLET_OPENERS.has(before.word) ? 1 : 0;
}

/** True when the name is an outlet's by its own first word or the noun right before it. */
export function isOutletName(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  if (toks.length > 1 && OUTLET_OPENERS.has(toks[0]?.word ?? '')) {
    return true;
  }
  const first = (toks[0]?.index ?? 1) - 1;
  // "the late broadcaster X" is a person who was a broadcaster
  return OUTLET_NOUNS.has(lowerAt(sentence, first - 1)) && lowerAt(sentence, first - 2) !== 'late';
}

/** "(MFDC)", "(AfDB)": a capital, then letters with at least one more capital. */
const PAREN_ACRONYM = /^\s*\((\p{Lu}(?=[\p{L}\d&-]*\p{Lu})[\p{L}\d&-]{1,9})\)/u;

/** The acronym in parentheses right after a name ending at `end` ("… Casamance (MFDC)"), or null. */
export function parenAcronym(text: string, end: number): string | null {
  return PAREN_ACRONYM.exec(text.slice(end, end + 16))?.[1] ?? null;
}

/** A PERSON entity that names a group or an outlet instead ("Ansar al-Rovuma", "Kypros" of "Radio Kypros"). */
export function isNotPerson(sentence: NlpSentence, toks: readonly NlpToken[]): boolean {
  return (
    toks.length > 0 &&
    (headKind(toks.at(-1)) !== null ||
      isGroupName(sentence, toks) ||
      isOutletName(sentence, toks) ||
      describedKind(sentence, toks) !== null ||
      outletOpenerBefore(sentence, toks) === 1)
  );
}

const DATELINE_HEAD = /(?:^|\n)\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,[ \t]*[\p{L}\p{M} .]+)?[ \t]*\($/u;

const DATELINE_CITY = /^\p{Lu}[\p{Lu}\p{M} .'’-]*$/u;

/**
 * A dateline's parts ("MAPUTO (Rovuma River Wire) -"): the outlet is the article's source and the
 * all-caps city a place line, neither an actor.
 */
export function isDatelinePart(text: string, span: { start: number; end: number }): boolean {
  const line = text.lastIndexOf('\n', span.start - 1) + 1;
  const city =
    line === span.start &&
    DATELINE_CITY.test(text.slice(span.start, span.end)) &&
    /^(?:,[^\n(]{0,40})?\s\(/u.test(text.slice(span.end, span.end + 44));
  const outlet =
    text[span.end] === ')' && DATELINE_HEAD.test(text.slice(Math.max(0, line - 1), span.start));
  return city || outlet;
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

/** The group or organisation an all-caps name is the short form of ("MFDC", "KNU"), or null. */
export function ownerOfShortForm(
  name: string,
  actors: readonly MutableActor[],
  shortForms: ReadonlyMap<string, string>,
): MutableActor | null {
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) {
    // "the Commission" after "the European Commission": the one organisation whose name ends so
    const ends = actors.filter(
      a =>
        (a.kind === ActorKind.ORGANIZATION || a.kind === ActorKind.GROUP) &&
        a.name.endsWith(` ${name}`),
    );
    return ends.length === 1 ? (ends[0] ?? null) : null;
  }
  if (!ALL_CAPS.test(name)) {
    return null;
  }
  return (
    actors.find(a => shortForms.get(a.id) === name) ??
    actors.find(a => a.kind === ActorKind.GROUP && abbreviates(name, a.name)) ??
    null
  );
}

function wholeWords(text: string, form: string): number[] {
  const out: number[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
    if (!word.test(text[i - 1] ?? '') && !word.test(text[i + form.length] ?? '')) {
      out.push(i);
    }
  }
  return out;
}

/**
 * Every other occurrence of a group's name or short form becomes its mention ("KNU spokesman", a first
 * "Ansar al-Rovuma" the parse did not tag), outside boilerplate and other actors' mentions.
 */
export function laterShortForms(
  text: string,
  actors: readonly MutableActor[],
  shortForms: ReadonlyMap<string, string>,
  ignored: readonly Span[],
  taken: () => Span[],
): void {
  const caps = new Set(text.match(/\b\p{Lu}[\p{Lu}\d]{1,9}\b/gu) ?? []);
  for (const a of actors.filter(x => x.kind === ActorKind.GROUP)) {
    const forms = [a.name, shortForms.get(a.id), ...[...caps].filter(c => abbreviates(c, a.name))];
    for (const form of new Set(forms)) {
      if (form === undefined || form.length < 2) {
        continue;
      }
      for (const at of wholeWords(text, form)) {
        const span = { start: at, end: at + form.length };
        if (!overlapsAny(span, ignored) && !overlapsAny(span, taken())) {
          a.mentions.push(mentionOf(text, span));
        }
      }
    }
  }
}

/**
 * Names the text itself calls groups ("fighters of the Ansar al-Rovuma group"), whatever the parse
 * tagged them: runs of proper nouns with a group noun beside them or a group's head word.
 */
export function groupNamesIn(text: string, sentences: readonly NlpSentence[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    let run: NlpToken[] = [];
    const flush = (): void => {
      while (run.length > 0 && !/^\p{Lu}/u.test(run[run.length - 1]?.word ?? '')) {
        run.pop();
      }
      if (run.length > 0 && run[0]?.word !== 'The' && isGroupName(sentence, run, sentences)) {
        const last = run[run.length - 1] as NlpToken;
        out.add(text.slice((run[0] as NlpToken).characterOffsetBegin, last.characterOffsetEnd));
      }
      run = [];
    };
    for (const t of sentence.tokens) {
      // "Ansar al-Rovuma" is tokenised Ansar / al / - / Rovuma
      const inside = run.length > 0 && (t.pos === 'HYPH' || /^(?:al|el|bin|ibn)$/.test(t.word));
      if ((t.pos.startsWith('NNP') && /^\p{Lu}/u.test(t.word)) || inside) {
        run.push(t);
      } else {
        flush();
      }
    }
    flush();
  }
  return out;
}

/**
 * People whose name the text calls a group ("Ansar al-Rovuma said", after "the Ansar al-Rovuma
 * group") become that group: `group:<slug>`, every occurrence of the name its mention.
 */
export function regroupPeople(
  text: string,
  sentences: readonly NlpSentence[],
  actors: MutableActor[],
  ignored: readonly Span[],
  slug: (name: string) => string,
): void {
  const names = groupNamesIn(text, sentences);
  for (const person of actors.filter(a => a.kind === ActorKind.PERSON && names.has(a.name))) {
    const id = `group:${slug(person.name)}`;
    const group = actors.find(a => a.id === id) ?? person;
    const spans = wholeWords(text, person.name)
      .map(at => ({ start: at, end: at + person.name.length }))
      .filter(x => !overlapsAny(x, ignored));
    const kept = [...group.mentions, ...(group === person ? [] : person.mentions)].filter(
      m => !spans.some(x => x.start <= m.start && m.end <= x.end),
    );
    group.mentions = [...kept, ...spans.map(x => mentionOf(text, x))].sort(
      (x, y) => x.start - y.start,
    );
    if (group === person) {
      person.id = id;
      person.kind = ActorKind.GROUP;
    } else {
      person.mentions = [];
    }
  }
}
