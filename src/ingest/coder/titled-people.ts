/**
 * The titles the article gives its people, for a later definite description by office ("the emir", "the
 * foreign minister", "the president") to stand for the one person it named with that office:
 * - the title words right before a name ("Prime Minister Levan Gogiashvili": prime minister);
 * - a common noun in apposition with a name, with its lower-case modifiers ("Syria's interim president,
 *   Ahmad Khaled Darwish": interim president; "the emir, Sheikh Faisal bin Nasser Al Thani": emir).
 * A description matches a title when its head is the title's head and each of its modifiers is among the
 * title's words ("the president" matches "interim president"; "the foreign minister" never matches
 * "prime minister").
 */
import { ActorKind } from '../../schema/domain.enum';
import type { Span } from '../../kg/kg-batch';
import type { NlpDocument, NlpSentence, NlpToken } from '../nlp/corenlp.client';
import { HONORIFICS, isTitleWord } from './name-spans';

export interface PersonTitle {
  readonly personId: string;
  /** Lower-case words of the title, its head last. */
  readonly words: readonly string[];
}

const lower = (t: NlpToken | undefined): string => (t?.word ?? '').toLowerCase();

/** The title words right before the name's first token (1-based index `first`). */
function titleBefore(s: NlpSentence, first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 1; k--) {
    const t = s.tokens[k - 1];
    if (t === undefined || !isTitleWord(t.word) || HONORIFICS.has(lower(t).replace(/\.$/, ''))) {
      break;
    }
    words.unshift(lower(t));
  }
  return words;
}

/** A common noun in apposition with a token of the name, and its lower-case modifiers. */
function titleInApposition(s: NlpSentence, inside: ReadonlySet<number>): string[] {
  for (const d of s.basicDependencies) {
    if (d.dep !== 'appos') {
      continue;
    }
    const noun = inside.has(d.dependent) ? d.governor : inside.has(d.governor) ? d.dependent : 0;
    const t = s.tokens[noun - 1];
    if (t === undefined || inside.has(noun) || t.pos !== 'NN') {
      continue;
    }
    const mods = s.basicDependencies
      .filter(x => x.governor === noun && (x.dep === 'amod' || x.dep === 'compound'))
      .map(x => s.tokens[x.dependent - 1])
      .filter((x): x is NlpToken => x !== undefined && /^\p{Ll}/u.test(x.word))
      .sort((a, b) => a.index - b.index)
      .map(lower);
    return [...mods, lower(t)];
  }
  return [];
}

/** Every title given to a person of `actors` in the article. */
export function personTitles(
  doc: Pick<NlpDocument, 'sentences'>,
  actors: readonly {
    readonly id: string;
    readonly kind: ActorKind;
    readonly mentions: readonly Span[];
  }[],
): PersonTitle[] {
  const out: PersonTitle[] = [];
  for (const s of doc.sentences) {
    for (const a of actors.filter(x => x.kind === ActorKind.PERSON)) {
      for (const m of a.mentions) {
        const inside = new Set(
          s.tokens
            .filter(t => m.start <= t.characterOffsetBegin && t.characterOffsetEnd <= m.end)
            .map(t => t.index),
        );
        if (inside.size === 0) {
          continue;
        }
        const first = Math.min(...inside);
        for (const words of [titleBefore(s, first), titleInApposition(s, inside)]) {
          if (words.length > 0) {
            out.push({ personId: a.id, words });
          }
        }
      }
    }
  }
  return out;
}

/**
 * The one person whose title the description `words` (lower-case, head last) matches, or null when none
 * or several do.
 */
export function titledPerson(
  titles: readonly PersonTitle[],
  words: readonly string[],
): string | null {
  const head = words[words.length - 1];
  const mods = words.slice(0, -1);
  const ids = new Set(
    titles
      .filter(t => t.words[t.words.length - 1] === head && mods.every(w => t.words.includes(w)))
      .map(t => t.personId),
  );
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}
