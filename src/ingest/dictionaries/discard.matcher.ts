/**
 * Finds Phoenix discard phrases (sports, entertainment, history: sentences that are not events) in a
 * token sequence. A phrase's words must match whole, except the last word of a stem entry (no trailing
 * `_` in the source), which may be the start of a longer word: BASEBALL matches BASEBALLS.
 */
import { type DiscardEntry, type PhoenixDiscardsFile } from './dictionary.types';
import { GENERATED_FILES, loadGenerated } from './dictionary-files';

export interface DiscardMatch {
  readonly entry: DiscardEntry;
  readonly start: number;
  readonly length: number;
}

interface DiscardIndex {
  readonly byPhrase: ReadonlyMap<string, DiscardEntry>;
  readonly longest: number;
}

let index: DiscardIndex | undefined;

function discards(): DiscardIndex {
  if (!index) {
    const discardsFile = loadGenerated<PhoenixDiscardsFile>(GENERATED_FILES.discards);
    const byPhrase = new Map(discardsFile.discards.map(d => [d.phrase, d]));
    const longest = Math.max(0, ...discardsFile.discards.map(d => d.phrase.split(' ').length));
    index = { byPhrase, longest };
  }
  return index;
}

function matchAt(tokens: readonly string[], start: number): DiscardMatch | null {
  const { byPhrase, longest } = discards();
  const upper = tokens.slice(start, start + longest).map(t => t.toUpperCase());
  for (let length = upper.length; length > 0; length -= 1) {
    const head = upper.slice(0, length - 1);
    const last = upper[length - 1] ?? '';
    for (let cut = last.length; cut > 0; cut -= 1) {
      const entry = byPhrase.get([...head, last.slice(0, cut)].join(' '));
      if (entry && (cut === last.length || !entry.wholeWord)) {
        return { entry, start, length };
      }
    }
  }
  return null;
}

/** The first discard phrase in the tokens (longest at the earliest position), or null. */
export function discardIn(tokens: readonly string[]): DiscardMatch | null {
  for (let start = 0; start < tokens.length; start += 1) {
    const match = matchAt(tokens, start);
    if (match) {
      return match;
    }
  }
  return null;
}
