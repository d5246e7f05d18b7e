/**
 * News outlets the gazetteer does not know, from the words around their name: "the Trend news
 * agency", "the Spanish news agency EFE", "state broadcaster NHK", "the newspaper Kommersant", "the
 * Kommersant daily". The outlet is media:<slug of the name>; its country is the country word before
 * ("the Spanish news agency EFE") when there is one. Country words, known actors and words that never
 * name anything ("the Sunday newspaper") are not outlets. A name after the noun may hold an outlet word
 * and open with "The" ("the broadcaster Radio Semliki", "the newspaper The Rising Nepal"), and a state's
 * or territory's word inside it is no mention of that place ("the daily Essequibo Chronicle"); a place
 * before the noun that has the name after it ("the Tel Aviv daily Yom Hadash") is no outlet.
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
/** "told Radio Mazava": a name that opens with a broadcaster's word is an outlet's whole. */
const OPENER_NAME = new RegExp(`\\b((?:Radio|Television|TV)\\s+${OUTLET_NAME})`, 'du');
/** "the Trend news agency", "the Kommersant daily". */
const NAME_THEN_NOUN = new RegExp(`\\bthe\\s+(${OUTLET_NAME})\\s+(?:${OUTLET_NOUN})\\b`, 'du');

/** Words of NOT_NAME_TOKENS that an outlet's name may hold ("Radio Semliki", "Tonga Sky Radio"). */
const OUTLET_WORDS: ReadonlySet<string> = new Set(
  ['Times', 'Post', 'Daily', 'Press', 'Television', 'Radio', 'Media', 'News', 'Agency'].concat([
    'National',
    'International',
  ]),
);
/** A capitalised word right after the outlet noun: the noun's own name follows ("daily Yom Hadash"). */
const NAME_AFTER = /^\s+\p{Lu}/u;

export interface NewOutlet {
  readonly id: string;
  readonly name: string;
  readonly countryId: string | null;
}

function isOutletName(name: string, gaz: Gazetteer, afterNoun: boolean): boolean {
  const tokens = name.split(/\s+/);
  if (!afterNoun) {
    return (
      !tokens.some(t => NOT_NAME_TOKENS.has(t) || gaz.countryWords.has(t)) &&
      !gaz.countryWords.has(name) &&
      !/-based$/u.test(name)
    );
  }
  // after the noun: "The" opens a longer name, outlet words and places sit inside one
  const words = tokens[0] === 'The' && tokens.length > 1 ? tokens.slice(1) : tokens;
  const places = (t: string): boolean =>
    gaz.countryWords.has(t) || gaz.aliases.some(a => a.text === t && a.id.startsWith('territory:'));
  return (
    !words.some(t => NOT_NAME_TOKENS.has(t) && !OUTLET_WORDS.has(t)) &&
    !places(words.join(' ')) &&
    words.some(t => !places(t) && !OUTLET_WORDS.has(t))
  );
}

/** A place's word the outlet's name holds: it gives way to the outlet ("Essequibo Chronicle"). */
function isPlaceInside(t: CandidateMention, span: { start: number; end: number }): boolean {
  return (
    t.start >= span.start &&
    t.end <= span.end &&
    t.end - t.start < span.end - span.start &&
    t.ids.every(id => id.startsWith('country:') || id.startsWith('territory:'))
  );
}

/**
 * Outlets named next to an outlet noun, not overlapping `taken` but for the places inside their names,
 * which it drops from `taken`.
 */
export function outletCandidates(
  norm: string,
  taken: CandidateMention[],
  gaz: Gazetteer,
): [CandidateMention[], NewOutlet[]] {
  const mentions: CandidateMention[] = [];
  const outlets: NewOutlet[] = [];
  for (const pattern of [NOUN_THEN_NAME, OPENER_NAME, NAME_THEN_NOUN]) {
    const afterNoun = pattern !== NAME_THEN_NOUN;
    const re = new RegExp(pattern, 'dgu'); // a global copy per call: no lastIndex shared between calls
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      // "the news agency EFE. His spokesman": a full stop and a space end the name
      const name = ((m[1] as string).split(/\.\s/)[0] ?? '').replace(/[.’']+$/, '');
      const [start] = m.indices?.[1] ?? [m.index];
      const span = { start, end: start + name.length };
      if (name.length < (m[1] as string).length) {
        re.lastIndex = span.end; // the next sentence may open with another name ("Radio X. Radio Y")
      }
      if (
        !isOutletName(name, gaz, afterNoun) ||
        (!afterNoun && NAME_AFTER.test(norm.slice(m.index + m[0].length))) ||
        taken.some(t => overlaps(t, span) && !(afterNoun && isPlaceInside(t, span))) ||
        mentions.some(t => overlaps(t, span))
      ) {
        continue;
      }
      for (const t of taken.filter(x => overlaps(x, span))) {
        taken.splice(taken.indexOf(t), 1);
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
