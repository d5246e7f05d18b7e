import type { SentenceView } from './sentence-view';

/**
 * The nouns a speaker phrase is read by (speakers.ts): "the agency" is an outlet, "the ministry" a body,
 * "the government" its state, "a spokesperson" speaks for the body named before, "the minister" is a
 * role. Lemmas, lower case.
 */
export const MEDIA_NOUNS = new Set([
  'agency',
  'media',
  'newspaper',
  'broadcaster',
  'outlet',
  'television',
  'tv',
  'radio',
  'daily',
  'channel',
  'press',
  'paper',
]);
export const BODY_NOUNS = new Set([
  'authorities',
  'authority',
  'administration',
  'ministry',
  'service',
  'bureau',
  'directorate',
  'secretariat',
  'government',
  'office',
  'department',
  'embassy',
  'cabinet',
  'presidency',
  'council',
  'commission',
  'army',
  'military',
  // a government that took power by force is still its state's ("the junta in Niamey said")
  'junta',
  'regime',
]);
/** Bodies that stand for their state ("the Fijian government said"). */
export const STATE_NOUNS = new Set([
  'government',
  'cabinet',
  'administration',
  'authorities',
  'authority',
  'junta',
  'regime',
]);
export const SPOKES_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative']);
export const ROLE_NOUNS = new Set([
  'leader',
  'president',
  'minister',
  'premier',
  'chancellor',
  'diplomat',
  'envoy',
  'ambassador',
  'secretary',
  'chief',
  'head',
  'official',
  'source',
  'king',
  'prince',
  'rapporteur',
]);

/** Offices and roles that serve abroad: "a European diplomat in Tbilisi" is none of Georgia's. */
export const POSTED_NOUNS = new Set([
  'diplomat',
  'envoy',
  'ambassador',
  'representative',
  'embassy',
]);

/** Nouns of an office or its holder, which a capital after "in" places in its state. */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set(
  [...BODY_NOUNS, ...SPOKES_NOUNS, ...ROLE_NOUNS].filter(n => !POSTED_NOUNS.has(n)),
);

/**
 * A diplomatic mission (an embassy, a consulate, a high commission), which speaks as its state: the
 * corpus's convention, "Costa Rica's embassy" is the country (eval/README.md).
 */
export function isMission(view: SentenceView, i: number): boolean {
  const lemma = view.lemma(i);
  return (
    lemma === 'embassy' ||
    lemma === 'consulate' ||
    (lemma === 'commission' &&
      view.dependents(i, 'compound', 'amod').some(d => view.lemma(d) === 'high'))
  );
}
