/**
 * Acronyms of organisations: the project's ids use them when there is one ("org:wfp", "org:eu"), from
 * the Phoenix actor's own one-word aliases or from the article's all-caps words ("UN" for "United
 * Nations"), and later all-caps mentions ("UN's") name the organisation spelled out before.
 */
import type { DictionaryActor } from '../dictionaries/dictionary.types';

const NOT_ACRONYM_WORDS: ReadonlySet<string> = new Set(['OF', 'AND', 'THE', 'FOR', 'ON', 'IN']);

/** True when a word's letters contain `part` in order, starting with its initial. */
function contributes(part: string, word: string): boolean {
  if (part[0] !== word[0]) {
    return false;
  }
  let k = 1;
  for (let i = 1; i < word.length && k < part.length; i++) {
    if (word[i] === part[k]) {
      k += 1;
    }
  }
  return k === part.length;
}

/**
 * True when `acronym` abbreviates `name`: every significant word gives its initial, maybe with more
 * of its letters, in order ("UN" United Nations, "ASEAN" Association of Southeast Asian Nations).
 */
export function abbreviates(acronym: string, name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[\s-]+/)
    .filter(w => w !== '' && !NOT_ACRONYM_WORDS.has(w));
  if (words.length < 2 || !/^[A-Z]{2,6}$/.test(acronym)) {
    return false;
  }
  const from = (i: number, j: number): boolean => {
    const word = words[j];
    if (word === undefined) {
      return i === acronym.length;
    }
    for (let n = 1; i + n <= acronym.length; n++) {
      if (contributes(acronym.slice(i, i + n), word) && from(i + n, j + 1)) {
        return true;
      }
    }
    return false;
  };
  return from(0, 0);
}

/** An acronym of a Phoenix actor: a one-word alias of it ("WFP", "THE EU"). */
export function dictionaryAcronym(a: DictionaryActor): string | null {
  for (const alias of a.aliases) {
    const bare = alias.replace(/^THE /, '');
    if (/^[A-Z]{2,6}$/.test(bare) && abbreviates(bare, a.name.replace(/^THE /, ''))) {
      return bare;
    }
    if (/^[A-Z]{2,6}$/.test(bare) && a.aliases.some(x => x !== alias && abbreviates(bare, x))) {
      return bare;
    }
  }
  return null;
}
