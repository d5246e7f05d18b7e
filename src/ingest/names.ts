/**
 * What the actor rules share about names: the token of a proper name, the capitalised words that are
 * never part of a person's name, slugs for ids, and the candidate mention the rules compete with.
 */
import type { AliasRole } from './gazetteer/gazetteer';

/** One capitalised token of a name; an Arabic article prefix ("al-Burhan") is part of it. */
export const NAME_TOKEN = "(?:(?:al|el|ad|as|ar|an|at|bin|ibn|abu)-)?\\p{Lu}[\\p{L}'’-]+";

/** A person's full name: two or three name tokens. */
export const FULL_NAME = `${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){1,2}`;

/**
 * Last words of a company's name ("Pacific Star Shipping", "Kenya Airways", "Acme Holdings"): a
 * person's name never ends so (read here and by the coder's organisation kinds, org-kinds.ts).
 */
export const COMPANY_ENDS: readonly string[] = [
  ...['Shipping', 'Airways', 'Airlines', 'Holdings', 'Industries', 'Corporation', 'Limited', 'Ltd'],
  ...['Inc', 'Plc', 'Logistics', 'Petroleum', 'Mining', 'Shipyards', 'Telecom', 'Motors'],
];

export const NOT_NAME_TOKENS: ReadonlySet<string> = new Set([
  ...['The', 'On', 'In', 'At', 'For', 'And', 'But', 'Of', 'To', 'By', 'From', 'With', 'Under'],
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'],
  ...['October', 'November', 'December'],
  // sentence openers and pronouns: "Later Tokayev said" names no one called Later
  ...['Later', 'Earlier', 'Meanwhile', 'However', 'Also', 'Then', 'Both', 'Last', 'Next', 'This'],
  ...['That', 'These', 'Those', 'When', 'While', 'After', 'Before', 'His', 'Her', 'Their', 'Its'],
  ...['Our', 'We', 'They', 'He', 'She', 'It', 'As', 'If', 'Since', 'During', 'Asked', 'Speaking'],
  ...['According', 'Not', 'No', 'A', 'An', 'Some', 'Many', 'Most', 'Several', 'Two', 'Three'],
  ...['Analysts', 'Officials', 'Critics', 'Read', 'More', 'Also', 'Copyright', 'Subscribe'],
  // institution words: "General Assembly President Abdulla Shahid" names no one called Assembly
  ...['Assembly', 'President', 'Minister', 'Council', 'Ministry', 'Government', 'House'],
  ...['Department', 'Office', 'Party', 'Republic', 'Union', 'Army', 'Forces', 'News', 'Agency'],
  ...['Secretary', 'General', 'Prime', 'Foreign', 'State', 'Senate', 'Congress', 'Parliament'],
  ...['Committee', 'Commission', 'Court', 'Bank', 'Fund', 'Organization', 'Organisation'],
  ...['Nations', 'United', 'National', 'International', 'Federal', 'Central'],
  ...['Group', 'Company', 'Corporation', 'Inc', 'Ltd', 'University', 'Institute', 'Foundation'],
  // a company's last word: "Pacific Star Shipping said" names no one called Shipping
  ...COMPANY_ENDS,
  ...['Times', 'Post', 'Daily', 'Press', 'Television', 'Radio', 'Media', 'Airlines', 'Airways'],
  ...['Street', 'Square', 'Palace', 'Hall', 'Airport', 'Station', 'Centre', 'Center', 'Hotel'],
  ...['Ministers', 'Leaders', 'Envoy', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson'],
]);

/** Latin letters that carry no combining accent, so NFD leaves them whole ("Østergaard", "Yalçın"). */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * person:<slug>: lower case, accents and apostrophes dropped, letters such as ø, æ, ß, ı spelled out in
 * ASCII, other runs of non-alphanumerics → '-'.
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, ch => PLAIN_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface CandidateMention {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
  readonly role: AliasRole | 'person' | 'organization' | 'territory-group' | 'outlet';
}

export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when no token of the name is a word that never names a person. */
export function isPersonName(name: string): boolean {
  return name.split(/\s+/).every(t => !NOT_NAME_TOKENS.has(t));
}
