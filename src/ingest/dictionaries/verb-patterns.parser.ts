/**
 * Parses the body of one CAMEO verb pattern (`- PRE * POST [code] # note`) and its codes. Kept apart
 * from cameo-verbs.parser.ts, which walks the file; this file knows the pattern grammar:
 * - bare words are noun phrases of one word (`_` joins words into one phrase: `SPECIAL_CLAUSE`);
 * - `{A B}` is one phrase whose head is its last word;
 * - `(PREP NOUN ...)` is a prepositional constraint (`(TO)` alone: any object of TO);
 * - `&NAME` refers to a synonym set and is kept as a reference;
 * - the legacy TABARI tokens `$ + ^ %` are dropped (the pattern is kept without them).
 */
import { type DirectedCodes, type NounPhrase, type PrepConstraint } from './dictionary.types';

export const NULL_CODES: DirectedCodes = { forward: null, reverse: null };

const LEGACY_TOKENS = new Set(['$', '+', '^', '%']);

function codeSide(side: string): string | null | undefined {
  if (side === '' || side === '---') {
    return null;
  }
  return /^\d{2,4}$/.test(side) ? side : undefined;
}

/**
 * `042:043` → forward 042, reverse 043; `:173` → reverse only; `112` → forward only; `---` or `` → null
 * code. Anything else (`080!`) is undefined: the caller skips the line and counts it.
 */
export function parseCodes(inner: string): DirectedCodes | undefined {
  const text = inner.trim();
  const parts = text.split(':');
  if (parts.length > 2) {
    return undefined;
  }
  const forward = codeSide((parts[0] ?? '').trim());
  const reverse = parts.length === 2 ? codeSide((parts[1] ?? '').trim()) : null;
  if (forward === undefined || reverse === undefined) {
    return undefined;
  }
  if (parts.length === 2 && forward === null && reverse === null && text !== ':') {
    return undefined;
  }
  return { forward, reverse };
}

/** Splits a `[code]` off the end of a line: `[text before, code inside]`, or null when there is none. */
export function splitTrailingCode(content: string): [string, string] | null {
  const match = /\[([^\]]*)\]\s*$/.exec(content);
  if (!match) {
    return null;
  }
  return [content.slice(0, match.index).trim(), match[1] ?? ''];
}

/** The words of a pattern token: `AIR_STRIKE` → AIR STRIKE; a synset reference stays whole. */
function wordsOf(token: string): string[] {
  if (token.startsWith('&')) {
    return [token.replace(/_+$/, '')];
  }
  return token.split('_').filter(w => w !== '');
}

function lex(body: string): string[] {
  const tokens: string[] = [];
  for (const raw of body.replace(/([(){}*])/g, ' $1 ').split(/\s+/)) {
    if (raw !== '') {
      tokens.push(raw);
    }
  }
  return tokens;
}

export interface PatternSegment {
  readonly nouns: NounPhrase[];
  readonly preps: PrepConstraint[];
}

export interface ParsedPatternBody {
  readonly pre: PatternSegment;
  readonly post: PatternSegment;
  /** How many legacy `$ + ^ %` tokens were dropped. */
  readonly legacyDropped: number;
  readonly synsetRefs: string[];
}

class SegmentReader {
  private i = 0;
  constructor(private readonly tokens: readonly string[]) {}

  private next(): string | undefined {
    return this.tokens[this.i++];
  }

  private peek(): string | undefined {
    return this.tokens[this.i];
  }

  /** `{` already read: the phrase up to `}`. */
  private phrase(): NounPhrase {
    const words: string[] = [];
    for (let t = this.next(); t !== '}'; t = this.next()) {
      if (t === undefined || t === '{' || t === '(' || t === ')') {
        throw new Error('unclosed {');
      }
      words.push(...wordsOf(t));
    }
    if (words.length === 0) {
      throw new Error('empty {}');
    }
    return words;
  }

  private prep(): PrepConstraint {
    const prep = this.next();
    if (prep === undefined || prep === ')' || prep === '(' || prep === '{' || prep === '}') {
      throw new Error('empty ()');
    }
    const [prepWord, ...glued] = wordsOf(prep);
    const nouns: NounPhrase[] = glued.length > 0 ? [glued] : [];
    for (let t = this.next(); t !== ')'; t = this.next()) {
      if (t === undefined || t === '(' || t === '}') {
        throw new Error('unclosed (');
      }
      nouns.push(t === '{' ? this.phrase() : wordsOf(t));
    }
    return { prep: prepWord ?? '', nouns };
  }

  read(): PatternSegment {
    const nouns: NounPhrase[] = [];
    const preps: PrepConstraint[] = [];
    while (this.peek() !== undefined) {
      const t = this.next() as string;
      if (t === '(') {
        preps.push(this.prep());
      } else if (t === '{') {
        nouns.push(this.phrase());
      } else if (t === ')' || t === '}') {
        throw new Error(`unmatched ${t}`);
      } else {
        nouns.push(wordsOf(t));
      }
    }
    return { nouns, preps };
  }
}

/**
 * Parses `PRE * POST` (code and comment already removed). Throws with a short reason when the body is
 * malformed (no or several `*`, unbalanced brackets); the caller counts the reason and skips the line.
 */
export function parsePatternBody(body: string): ParsedPatternBody {
  let legacyDropped = 0;
  const tokens = lex(body).filter(t => {
    if (LEGACY_TOKENS.has(t)) {
      legacyDropped += 1;
      return false;
    }
    return true;
  });
  const stars = tokens.filter(t => t === '*').length;
  if (stars !== 1) {
    throw new Error(stars === 0 ? 'no * (verb slot)' : 'several *');
  }
  const star = tokens.indexOf('*');
  const pre = new SegmentReader(tokens.slice(0, star)).read();
  const post = new SegmentReader(tokens.slice(star + 1)).read();
  const synsetRefs: string[] = [];
  for (const seg of [pre, post]) {
    const phrases = [...seg.nouns, ...seg.preps.flatMap(p => p.nouns)];
    for (const word of phrases.flat()) {
      if (word.startsWith('&')) {
        synsetRefs.push(word);
      }
    }
  }
  return { pre, post, legacyDropped, synsetRefs };
}
