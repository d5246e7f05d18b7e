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
]);
/** Bodies that stand for their state ("the Fijian government said"). */
export const STATE_NOUNS = new Set([
  'government',
  'cabinet',
  'administration',
  'authorities',
  'authority',
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
]);
