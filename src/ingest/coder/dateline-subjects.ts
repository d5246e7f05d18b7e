/**
 * Dateline subjects. A wire story's lead opens with its dateline, "NAIROBI (East Africa Wire) -
 * Kenya recalled …", and CoreNLP often takes the all-caps city for the lead verb's subject and hangs
 * the real subject on the city (appos or dep): nsubj(recalled, NAIROBI), appos(NAIROBI, Kenya). The
 * dateline names a place line, never a doer: sentence-view.ts reads such a subject arc as pointing to
 * the noun the parser hung on the city after the dateline's dash.
 */
import type { NlpDependency, NlpSentence, NlpToken } from '../nlp/corenlp.client';

/** An all-caps word of a dateline's city ("NAIROBI", "SAO", "PORT-AU-PRINCE"). */
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]+$/u;
const DASHES: ReadonlySet<string> = new Set(['-', '--', '—', '–']);
/** At most this many tokens before the outlet's bracket ("PORT LOUIS, Mauritius ("). */
const CITY_MAX = 6;
/** At most this many tokens inside the outlet's brackets. */
const OUTLET_MAX = 10;

/** Is token `t` a bracket that opens (`-LRB-`) or closes (`-RRB-`)? */
const bracket = (t: NlpToken | undefined, pos: string): boolean => t?.pos === pos;

/**
 * The 1-based index of the dash that closes a dateline at the sentence's start ("CITY (Outlet) -"),
 * or 0 when the sentence opens with none.
 */
export function datelineDash(tokens: readonly NlpToken[]): number {
  if (!CAPS_WORD.test(tokens[0]?.word ?? '')) {
    return 0;
  }
  const open = tokens.findIndex(t => bracket(t, '-LRB-'));
  if (open < 1 || open > CITY_MAX) {
    return 0;
  }
  const close = tokens.findIndex((t, k) => k > open && bracket(t, '-RRB-'));
  const dash = close < 0 || close - open > OUTLET_MAX ? undefined : tokens[close + 1];
  return dash !== undefined && DASHES.has(dash.word) ? dash.index : 0;
}

/**
 * The subject arc `d` of the sentence, read past the dateline: when its subject lies in the dateline,
 * the first noun after the dash that the parser hung on that subject (appos, dep), else `d` itself.
 */
export function pastDateline(d: NlpDependency, sentence: NlpSentence, dash: number): NlpDependency {
  if (dash === 0 || d.dependent >= dash || !d.dep.startsWith('nsubj')) {
    return d;
  }
  const lead = sentence.enhancedPlusPlusDependencies
    .filter(
      x =>
        x.governor === d.dependent &&
        (x.dep === 'appos' || x.dep === 'dep') &&
        x.dependent > dash &&
        /^(NN|PRP)/.test(sentence.tokens[x.dependent - 1]?.pos ?? ''),
    )
    .map(x => x.dependent)
    .sort((a, b) => a - b)[0];
  if (lead === undefined) {
    return d;
  }
  return { ...d, dependent: lead, dependentGloss: sentence.tokens[lead - 1]?.word ?? '' };
}
