/**
 * A readable one-line summary of an event, like the curated seed's ("Russia could send humanitarian aid
 * to North Korea"): actor names, the modality's auxiliary, the verb phrase as the article words it, and
 * the target after the preposition the trigger's dictionary entry implies. A pure function of its
 * parts, so the coder (coder/coder.ts) composes it from what it found.
 */
import { Modality } from '../schema/domain.enum';

/** How the verb phrase relates the two actors. */
export type SummaryForm =
  /** "Russia sent aid to North Korea": source, phrase, preposition, target. */
  | 'active'
  /** "Ukraine was backed by the United States": target, phrase (ending in "by"), source. */
  | 'passive'
  /** "Russia's invasion of Ukraine": the phrase is a noun. */
  | 'nominal';

export interface SummaryParts {
  readonly source: string;
  readonly target: string;
  /** The trigger as the article words it ("send humanitarian aid", "met with", "praised"). */
  readonly verbPhrase: string;
  /** Put before the target ("to", "on", "with"); null when the verb takes the target directly. */
  readonly preposition: string | null;
  readonly modality: Modality;
  /** The phrase itself names the target ("expelled four Russian diplomats"): it is not repeated. */
  readonly targetInPhrase?: boolean;
  /** The event did not happen ("did not condemn"); extractors that keep negated events set it. */
  readonly negated?: boolean;
  readonly form?: SummaryForm;
}

/** Words that already end in the preposition the target needs ("met with", "credit line for"). */
const ENDS_IN_PREPOSITION =
  /\b(?:to|with|for|in|into|on|of|against|from|between|by|at|over|upon|toward|towards)$/i;
/** A leading auxiliary of the trigger, replaced by the modality's own ("would support"). */
const LEADING_AUX = /^(?:would|will|could|can|may|might|should|shall|to)\s+/i;
/** A phrase that starts with a form of "be" or "have" reads as it is ("is expected to meet"). */
const FINITE_START = /^(?:is|are|was|were|be|been|has|have|had)\b/i;

const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send',
  met: 'meet',
  held: 'hold',
  gave: 'give',
  flew: 'fly',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  restored: 'restore',
  restoring: 'restore',
  filed: 'file',
  filing: 'file',
  broke: 'break',
  froze: 'freeze',
  spoke: 'speak',
  fought: 'fight',
  retook: 'retake',
  brought: 'bring',
  took: 'take',
  made: 'make',
  drew: 'draw',
  expelled: 'expel',
  expelling: 'expel',
  expels: 'expel',
  cut: 'cut',
  cutting: 'cut',
  left: 'leave',
  told: 'tell',
  led: 'lead',
  paid: 'pay',
  said: 'say',
  sought: 'seek',
  won: 'win',
  lost: 'lose',
  struck: 'strike',
  shot: 'shoot',
  hit: 'hit',
  put: 'put',
  set: 'set',
};

/**
 * Stems that lost a final e to -ed or -ing: announc-ed, pledg-ed, receiv-ed, seiz-ed, argu-ed,
 * prais-ed, negotiat-ed, secur-ed, provid-ed, welcom-ed, declin-ed, resum-ed, tabl-ed.
 */
const LOST_E = /(?:c|[^ng]g|v|[^z]z|u|[aeiou]s|[^e]at|ur|ir|id|om|[^aeiou]in|[^aeiou]um|[bt]l)$/;
const DOUBLED = /([bdgmnprt])\1$/;

function restoreE(stem: string): string {
  if (DOUBLED.test(stem)) {
    return stem.slice(0, -1); // slapp-ed, shipp-ing, transferr-ed
  }
  return LOST_E.test(stem) ? `${stem}e` : stem;
}

/** The base form of an English verb as news text inflects it ("sent" → "send", "imposed" → "impose"). */
export function baseForm(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) {
    return irregular;
  }
  if (/ie[sd]$/.test(w) && w.length > 4) {
    return `${w.slice(0, -3)}y`; // supplies, supplied
  }
  if (w.endsWith('ing') && w.length > 5) {
    return restoreE(w.slice(0, -3));
  }
  if (w.endsWith('ed') && w.length > 4) {
    return w.endsWith('eed') ? w.slice(0, -1) : restoreE(w.slice(0, -2));
  }
  if (/(?:ss|sh|ch|x|zz|o)es$/.test(w)) {
    return w.slice(0, -2);
  }
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) {
    return w.slice(0, -1);
  }
  return w;
}

function withBaseVerb(phrase: string): string {
  const [first = '', ...rest] = phrase.split(' ');
  const base = baseForm(first);
  const kept = first === first.toLowerCase() ? base : base.charAt(0).toUpperCase() + base.slice(1);
  return [kept, ...rest].join(' ');
}

/** The auxiliary a modality puts before the base verb, or null to keep the phrase as worded. */
function auxiliaryOf(modality: Modality, negated: boolean): string | null {
  if (negated) {
    return 'did not';
  }
  switch (modality) {
    case Modality.POSSIBLE:
      return 'could';
    case Modality.PLANNED:
      return 'will';
    case Modality.ASSERTED:
    case Modality.REPORTED:
    case Modality.HISTORICAL:
      return null;
    default: {
      const unreachable: never = modality;
      throw new Error(`unknown modality ${String(unreachable)}`);
    }
  }
}

export function composeSummary(parts: SummaryParts): string {
  const phrase = parts.verbPhrase.replace(/\s+/g, ' ').trim();
  const form = parts.form ?? 'active';
  const preposition = parts.preposition?.trim() || null;
  if (form === 'nominal') {
    const tail = ENDS_IN_PREPOSITION.test(phrase) ? '' : ` ${preposition ?? 'of'}`;
    return `${parts.source}’s ${phrase}${tail} ${parts.target}`;
  }
  if (form === 'passive') {
    return `${parts.target} ${phrase} ${parts.source}`;
  }
  let verb = phrase;
  const aux = FINITE_START.test(phrase)
    ? null
    : auxiliaryOf(parts.modality, parts.negated === true);
  if (aux !== null) {
    verb = `${aux} ${withBaseVerb(phrase.replace(LEADING_AUX, ''))}`;
  }
  const endsInPreposition = ENDS_IN_PREPOSITION.test(phrase);
  if (parts.targetInPhrase === true && preposition === null && !endsInPreposition) {
    return `${parts.source} ${verb}`;
  }
  const prep = preposition !== null && !endsInPreposition ? ` ${preposition}` : '';
  return `${parts.source} ${verb}${prep} ${parts.target}`;
}
