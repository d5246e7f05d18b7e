/**
 * A statement's stance toward what it is about, −1, 0 or +1 (as GDELT does: the sign plus the verb),
 * from curated cue stems (gazetteer/stance-cues.json) in the statement's words and its reporting verb.
 * A negator right before a cue, or one word before it, flips it ("not hostile" is positive, while
 * "will never accept this provocation" stays negative).
 */
import cues from './gazetteer/stance-cues.json';

interface CueFile {
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  readonly negators: readonly string[];
}

const file = cues as CueFile;
const stems = (xs: readonly string[]): RegExp => new RegExp(`\\b(?:${xs.join('|')})`, 'i');
const POSITIVE = stems(file.positive);
const NEGATIVE = stems(file.negative);
/** A negator right before the cue or one word before it ("not hostile", "never been friends"). */
const NEGATED = new RegExp(
  `(?:\\b(?:${file.negators.filter(n => n !== "n't").join('|')})\\b|n't)(?:\\W+\\w+){0,1}\\W*$`,
  'i',
);

/** How many cues of `cue` the text has, a negated one counting -1 (a global copy per call: no shared state). */
function score(text: string, cue: RegExp): number {
  let n = 0;
  const re = new RegExp(cue, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n += NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index)) ? -1 : 1;
  }
  return n;
}

/** −1, 0 or +1 for the words of a statement and its reporting verb. */
export function stanceOf(text: string, reportingVerb: string | null = null): -1 | 0 | 1 {
  const words = reportingVerb === null ? text : `${reportingVerb} ${text}`;
  const balance = score(words, POSITIVE) - score(words, NEGATIVE);
  return balance > 0 ? 1 : balance < 0 ? -1 : 0;
}
