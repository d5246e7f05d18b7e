/**
 * Regular-expression sources for the people, places and outlets named in bylines, credits and photo
 * credits. They are strings, composed into anchored patterns by boilerplate-lines.ts, so each rule reads
 * as the layout it matches ("role by Name in Place; role by Name"), not as one long expression.
 *
 * A name is a run of capitalised words with the lowercase particles of names ("bin", "van", "de",
 * "al-"); a lowercase word that is not a particle ends it. That is what keeps a story line such as
 * "Reporting by the agency suggested …" out: "the" cannot start a name.
 */

/** A capitalised word: "Castillo", "O'Neil", "Jr.", "J.", "Ajcip-Tum". */
export const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/** Lowercase particles inside personal names. */
const PARTICLE = String.raw`(?:al-\p{Lu}[\p{L}\p{M}'’.-]*|al|el|bin|bint|ibn|van|von|der|den|de|da|di|du|del|della|la|le|dos|das|es|ter|y)`;
/** One person's (or one place's, or one outlet's) name: up to six words. */
export const NAME = String.raw`${CAP_WORD}(?:[ \t]+(?:${CAP_WORD}|${PARTICLE})){0,5}`;
/** A name with where the person was: "Andrea Castillo in Belmopan", "… at the United Nations". */
const NAME_AT = String.raw`${NAME}(?:[ \t]+(?:in|from|at)[ \t]+(?:the[ \t]+)?${NAME})?`;
/** Several names: "A in X and B in Y", "A, B and C", "A & B". */
export const NAMES_AT = String.raw`${NAME_AT}(?:[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)${NAME_AT})*`;
/** Several names without places, for bylines. */
export const NAMES = String.raw`${NAME}(?:[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*)${NAME})*`;

/** Either case of the first letter: "[Rr]eporting". */
export function anyCase(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

/** An alternation of words, each with either case of its first letter. */
export function oneOf(words: readonly string[]): string {
  return `(?:${words.map(anyCase).join('|')})`;
}

/** The jobs a wire credit names: "Reporting by", "additional reporting by", "Editing by". */
const CREDIT_ROLES = [
  'reporting',
  'writing',
  'editing',
  'compiled',
  'compilation',
  'research',
  'written',
  'edited',
  'reported',
  'translated',
  'translation',
  'production',
  'produced',
  'graphics',
  'photography',
  'photos',
  'video',
  'fact-checking',
];
const ROLE = String.raw`(?:${oneOf(['additional', 'further', 'extra'])}[ \t]+)?${oneOf(CREDIT_ROLES)}(?:[ \t]+and[ \t]+${oneOf(CREDIT_ROLES)})?`;
/** One credit: "Reporting by A in X and B in Y", "Contributing: A", "With inputs from agencies". */
export const CREDIT_SEGMENT = String.raw`(?:(?:(?:${anyCase('with')}[ \t]+)?${ROLE}[ \t]+[Bb]y|${oneOf(['contributing', 'contributors', 'additional reporting'])}[ \t]*:)[ \t]+${NAMES_AT}|${anyCase('with')}[ \t]+(?:agency[ \t]+inputs|inputs[ \t]+from[ \t]+(?:agencies|${NAMES_AT})))`;
/** Credits joined by ";" or ",": "Reporting by A; additional reporting by B; Editing by C". */
export const CREDITS = String.raw`${CREDIT_SEGMENT}(?:[ \t]*[;,][ \t]*(?:and[ \t]+)?${CREDIT_SEGMENT})*`;

/** Times that follow "By" in story sentences ("By Tuesday, …", "By March 2025 …"): never a byline. */
export const NOT_A_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Ramadan|Noon|Midnight|Dawn|Dusk|Nightfall)\b`;

/** Photo agencies that appear in image credits ("— AFP", "Photo/Getty Images", "AFP via Getty Images"). */
export const PHOTO_AGENCY = String.raw`(?:Getty[ \t]+Images|AFP|AP[ \t]+Photo|AP|Reuters|REUTERS|EPA(?:-EFE)?|Shutterstock|Alamy|Xinhua|Anadolu(?:[ \t]+Agency)?|Bloomberg|PA[ \t]+(?:Images|Wire|Media)|dpa|Sputnik|TASS|Kyodo|Yonhap|ANI|PTI|AAP|SOPA[ \t]+Images|NurPhoto|Pool|File)`;
