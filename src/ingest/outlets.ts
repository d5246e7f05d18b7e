/**
 * News outlets the gazetteer does not know, from the words around their name: "the Trend news
 * agency", "the Spanish news agency EFE", "state broadcaster NHK", "the newspaper Kommersant", "the
 * Kommersant daily". The outlet is media:<slug of the name>; its country is the country word before
 * ("the Spanish news agency EFE") when there is one. Country words, known actors and words that never
 * name anything ("the Sunday newspaper") are not outlets.
 */
import type { Gazetteer } from './gazetteer/gazetteer';
import { type CandidateMention, NOT_NAME_TOKENS, overlaps, slugify } from './names';
import { countryBefore } from './people';

const OUTLET_TOKEN = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
/** A particle inside a name before its next capitalised word: "Folha do Planalto", "La Voz del Sur". */
const NAME_PARTICLE = '(?:de|do|da|dos|das|del|di|du|des|la|le|el)\\s+';
const OUTLET_NAME = `${OUTLET_TOKEN}(?:\\s+(?:${NAME_PARTICLE})?${OUTLET_TOKEN}){0,3}`;
const OUTLET_NOUN =
  'news agency|news service|newspaper|daily|broadcaster|news channel|television channel|TV channel|news website|news outlet|radio station';
/** "the Spanish news agency EFE", "state broadcaster NHK". */
const NOUN_THEN_NAME = new RegExp(`\\b(?:${OUTLET_NOUN})\\s+(${OUTLET_NAME})`, 'du');
/** "the Trend news agency", "the Kommersant daily". */
const NAME_THEN_NOUN = new RegExp(`\\bthe\\s+(${OUTLET_NAME})\\s+(?:${OUTLET_NOUN})\\b`, 'du');

export interface NewOutlet {
  readonly id: string;
  readonly name: string;
  readonly countryId: string | null;
}

function isOutletName(name: string, gaz: Gazetteer): boolean {
  const tokens = name.split(/\s+/);
  return (
    !tokens.some(t => NOT_NAME_TOKENS.has(t) || gaz.countryWords.has(t)) &&
    !gaz.countryWords.has(name)
  );
}

/** Outlets named next to an outlet noun, not overlapping `taken`. */
export function outletCandidates(
  norm: string,
  taken: readonly CandidateMention[],
  gaz: Gazetteer,
): [CandidateMention[], NewOutlet[]] {
  const mentions: CandidateMention[] = [];
  const outlets: NewOutlet[] = [];
  for (const pattern of [NOUN_THEN_NAME, NAME_THEN_NOUN]) {
    const re = new RegExp(pattern, 'dgu'); // a global copy per call: no lastIndex shared between calls
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      // "the news agency EFE. His spokesman": a full stop and a space end the name
      const name = ((m[1] as string).split(/\.\s/)[0] ?? '').replace(/[.’']+$/, '');
      const [start] = m.indices?.[1] ?? [m.index];
      const span = { start, end: start + name.length };
      if (
        !isOutletName(name, gaz) ||
        taken.some(t => overlaps(t, span)) ||
        mentions.some(t => overlaps(t, span))
      ) {
        continue;
      }
      const id = `media:${slugify(name)}`;
      mentions.push({ ...span, ids: [id], role: 'outlet' });
      if (!outlets.some(o => o.id === id)) {
        outlets.push({ id, name, countryId: countryBefore(norm, m.index, gaz) });
      }
    }
  }
  return [mentions, outlets];
}
