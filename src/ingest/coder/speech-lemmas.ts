/**
 * The verb lists of the statement coder, by lemma: verbs that report speech, verbs whose clause is
 * itself a speech act, passives that continue the speaker before them, and verbs that attribute quoted
 * words. Linguistic classes only, never words of an article.
 */
/**
 * Verbs that introduce what someone said, wrote or announced (lemmas). Left out: verbs whose usual
 * news sense is an act ("concluded a deal", "posted troops"), which misparses would turn into speech.
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'warn',
  'stress',
  'add',
  'insist',
  'write',
  'announce',
  'note',
  'claim',
  'argue',
  'declare',
  'report',
  'reply',
  'respond',
  'explain',
  'confirm',
  'acknowledge',
  'admit',
  'assert',
  'caution',
  'predict',
  'comment',
  'remark',
  'emphasise',
  'emphasize',
  'suggest',
  'project',
  'continue',
  'reiterate',
  'maintain',
  'allege',
  'estimate',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'deny',
  'tweet',
  // "officials have long complained that …": a complaint reports what was said
  'complain',
  // Levin's verbs of communication (1993, §37) that take a that-clause of what was said: "say" verbs
  // (37.7), "advise" verbs (37.9: "who assured him that …") and "complain" verbs (37.8), beside the
  // declaration of a court ("ruling that he could face ill-treatment")
  'assure',
  'inform',
  'notify',
  'advise',
  'reveal',
  'disclose',
  'mention',
  'concede',
  'confess',
  'affirm',
  'reaffirm',
  'proclaim',
  'contend',
  'boast',
  'lament',
  'rule',
]);

/**
 * Verbs whose clause is itself a speech act, so that "X condemned …, according to Y" is X's statement
 * carried by Y rather than Y's claim about X.
 */
export const SPEECH_ACT_LEMMAS: ReadonlySet<string> = new Set([
  'condemn',
  'denounce',
  'criticise',
  'criticize',
  'accuse',
  'blame',
  'praise',
  'welcome',
  'reject',
  'urge',
  'demand',
  'protest',
  'thank',
  'hail',
  'deplore',
  'slam',
  // requests and appeals are speech acts too ("Fiji also asked New Zealand to …, according to RNZ")
  'ask',
  'request',
  'appeal',
  'complain',
  'apologise',
  'apologize',
  // offers and appeals ("offered … to mediate", "called on the government to …, according to a
  // newspaper"): commissive and directive speech acts (Searle), CAMEO's 03x and 02x
  'offer',
  'call',
  // a proposal is a commissive speech act too ("X proposed that officials meet …, according to Y")
  'propose',
]);

/**
 * Passives that continue the speaker before them ("it was further stated that …"); an anonymous "it
 * was reported / claimed that" names no one.
 */
export const CARRIED_PASSIVES: ReadonlySet<string> = new Set([
  'state',
  'say',
  'add',
  'note',
  'stress',
]);

/** Relations under which a verb takes the subject of its head ("by claiming", "to say", "and said"). */
export const SUBJECT_FROM_HEAD = new Set(['xcomp', 'advcl', 'obl', 'conj']);

/** Verbs that attribute quoted words to their subject: "called the expulsion “unjustified”". */
export const QUOTING_LEMMAS: ReadonlySet<string> = new Set([
  ...SPEECH_ACT_LEMMAS,
  'call',
  'describe',
  'dismiss',
  'brand',
  'label',
  'term',
]);
