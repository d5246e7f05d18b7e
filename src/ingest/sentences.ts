/**
 * Sentence spans with offsets into the original text. Plain rules, no dependency: a sentence ends at a
 * line break, or at . ! ? (plus closing quotes or brackets) followed by white space and a capital, a
 * digit or an opening quote — unless the period closes a title or an abbreviation ("Mr.", "Dr.",
 * "U.S.", "Jan.") or an initial ("J."). A dotted abbreviation such as "U.S." still ends the sentence
 * when the next word is a usual sentence opener ("… by the U.S. The move …").
 */
import type { Span } from '../kg/kg-batch';

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'maj',
  'cmdr',
  'rev',
  'st',
  'jr',
  'sr',
  'messrs',
  'hon',
  'pres',
  'amb',
]);
const ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'approx',
  'est',
  'fig',
  'dept',
  'univ',
  'mt',
]);
const OPENERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'In',
  'On',
  'At',
  'Its',
  'His',
  'Her',
  'Their',
  'There',
  'However',
  'Meanwhile',
  'Earlier',
  'Later',
  'After',
  'Before',
  'When',
  'While',
  'As',
  'If',
]);

const CLOSERS = '"\'”’)]»';
const OPENING = /^["'“‘([«]?[\p{Lu}\p{N}]/u;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** The word (letters and inner dots) that ends right before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] as string)) {
    i--;
  }
  return text.slice(i, dot);
}

function endsSentence(text: string, dot: number, after: number): boolean {
  if (text[dot] !== '.') {
    return true;
  }
  const word = wordBefore(text, dot);
  const nextWord = /^["'“‘]?([\p{L}]+)/u.exec(text.slice(after))?.[1] ?? '';
  if (TITLES.has(word.toLowerCase())) {
    return false;
  }
  if (/^\p{Lu}$/u.test(word)) {
    return false; // an initial: "J. Smith"
  }
  if (word.includes('.') || ABBREVIATIONS.has(word.toLowerCase())) {
    return OPENERS.has(nextWord);
  }
  return true;
}

/** Sentence spans, trimmed of white space, in text order; empty lines produce none. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) {
      s++;
    }
    while (e > s && isSpace(text[e - 1])) {
      e--;
    }
    if (e > s) {
      out.push({ start: s, end: e, text: text.slice(s, e) });
    }
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) {
        j++;
      }
      while (j < text.length && CLOSERS.includes(text[j] as string)) {
        j++;
      }
      if (j < text.length && !isSpace(text[j])) {
        continue;
      }
      let k = j;
      while (k < text.length && text[k] !== '\n' && isSpace(text[k])) {
        k++;
      }
      if (k < text.length && text[k] !== '\n' && !OPENING.test(text.slice(k, k + 2))) {
        continue;
      }
      if (k < text.length && text[k] !== '\n' && !endsSentence(text, i, k)) {
        continue;
      }
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, text.length);
  return out;
}

/** The sentence that contains `offset`, if any. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  return sentences.find(s => s.start <= offset && offset < s.end);
}
