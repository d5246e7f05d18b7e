/**
 * Longest-match lookup of normalised phrases (upper-case tokens joined by one space) in a token
 * sequence, for actor aliases and agents. Built once per dictionary by the loader.
 */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly length: number;
  readonly phrase: string;
  readonly values: readonly T[];
}

export class PhraseIndex<T> {
  private readonly byPhrase = new Map<string, T[]>();
  private maxTokens = 0;

  add(phrase: string, value: T): void {
    const list = this.byPhrase.get(phrase);
    if (list) {
      list.push(value);
    } else {
      this.byPhrase.set(phrase, [value]);
    }
    this.maxTokens = Math.max(this.maxTokens, phrase.split(' ').length);
  }

  get(phrase: string): readonly T[] {
    return this.byPhrase.get(phrase) ?? [];
  }

  get longest(): number {
    return this.maxTokens;
  }

  /** The longest phrase that starts at `tokens[start]` (tokens compared upper-case), or null. */
  longestAt(tokens: readonly string[], start: number): PhraseMatch<T> | null {
    const upper = tokens.slice(start, start + this.maxTokens).map(t => t.toUpperCase());
    for (let length = upper.length; length > 0; length -= 1) {
      const phrase = upper.slice(0, length).join(' ');
      const values = this.byPhrase.get(phrase);
      if (values) {
        return { start, length, phrase, values };
      }
    }
    return null;
  }
}
