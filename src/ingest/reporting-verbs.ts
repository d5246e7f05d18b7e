/**
 * The verbs that introduce speech, in the forms news prose uses: people.ts takes "<Name> said" as a
 * name, not a sentence subject.
 */

/** Past and present forms of the verbs that introduce speech. */
export const REPORTING_VERBS: readonly string[] = [
  'said',
  'says',
  'stated',
  'states',
  'claimed',
  'claiming',
  'claims',
  'projected',
  'suggested',
  'suggests',
  'argued',
  'warned',
  'added',
  'noted',
  'declared',
  'insisted',
  'told',
  'wrote',
  'continued',
  'announced',
  'reported',
  'reports',
  'replied',
  'stressed',
  'emphasised',
  'emphasized',
  'explained',
  'confirmed',
  'acknowledged',
  'admitted',
  'asserted',
  'cautioned',
  'predicted',
  'commented',
  'remarked',
];
