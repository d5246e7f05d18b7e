/**
 * The word lists of the hand-typed verb readings (verb-supplement.ts): the objects, obliques and
 * clauses a reading asks for, each a class of nouns a human coder would read the same way.
 */

/** What a state hosts for others: hosting it is 043 (CAMEO.2.0 reads "host talks between" 039). */
export const TALKS = [
  'talk',
  'talks',
  'meeting',
  'summit',
  'negotiation',
  'negotiations',
  'conference',
];

/** Trade stopped by a state: halting, suspending or restricting it is an embargo (163). */
export const TRADE = [
  'export',
  'import',
  'sale',
  'permit',
  'licence',
  'license',
  'shipment',
  'delivery',
  'supply',
];

export const AGREEMENTS = [
  'agreement',
  'deal',
  'pact',
  'treaty',
  'accord',
  'protocol',
  'memorandum',
  'declaration',
  'convention',
  'document',
  'arrangement',
];
export const PROTESTS = ['protest', 'complaint', 'note'];
/**
 * Nouns that name an act, a document or a demand of another party, which a rejection answers
 * ("rejected the order as …", "rejected the arrangement"). Demands, requests, proposals, appeals and
 * calls are left to CAMEO.2.0's REJECT patterns (120, 122, 123); "protest" and "finding" are left out:
 * each added a false event on the check set (docs/ingest.md).
 */
export const ANSWERED = [
  'order',
  'offer',
  'ruling',
  'verdict',
  'interference',
  'arrangement',
  'explanation',
  'ultimatum',
  'plan',
];
export const MISSIONS = ['embassy', 'consulate', 'mission'];
/** Envoys; the parser heads "chargé d'affaires" on "d'affaires" (compound "charge"). */
export const ENVOYS = [
  'ambassador',
  'envoy',
  'diplomat',
  'charge',
  'chargé',
  "d'affaires",
  'attache',
  'consul',
];
export const CROSSINGS = [
  'border',
  'crossing',
  'post',
  'checkpoint',
  'frontier',
  'border crossing',
];
export const DRILLS = ['exercise', 'drill', 'patrol', 'manoeuvre', 'maneuver', 'operation'];
export const FORCES = [
  'force',
  'troop',
  'soldier',
  'crew',
  'officer',
  'pilot',
  'police',
  'personnel',
  'unit',
];
export const CASES = ['case', 'dispute', 'matter', 'claim', 'complaint'];
/** Courts a state is taken to: taking it there is a lawsuit (115). */
export const COURTS = ['court', 'tribunal', 'icj', 'arbitration', 'arbitrator', 'panel', 'wto'];
/** What a state's veto stops: another's talks, bid or application ("blocked Skopje's bid", 129). */
export const BIDS = [
  'talk',
  'talks',
  'negotiation',
  'bid',
  'membership',
  'accession',
  'application',
  'candidacy',
  'resolution',
  'nomination',
];
/** Fighting stopped: agreeing to stop it is a ceasefire (087), as agreeing a truce is. */
export const FIRING = ['fire', 'firing', 'fighting', 'hostility', 'hostilities', 'shelling'];
export const TIES = ['tie', 'ties', 'relation', 'relations', 'relationship', 'connection', 'link'];

/** Verbs of offering. */
export const OFFERS: readonly string[] = ['offer', 'propose'];
/** Hosting the parties' talks is mediating between them. */
export const HOSTING: readonly string[] = ['host', 'convene'];
/** Helping parties to one of these is mediating between them. */
export const HELPING: readonly string[] = ['help', 'assist'];
/** What helping parties to do is mediating: settling their dispute. */
export const SETTLING: readonly string[] = ['settle', 'resolve', 'end', 'defuse', 'solve'];

/** People a state sends to keep order in another (074): police and peacekeepers, not troops. */
export const KEEPERS: readonly string[] = [
  'police',
  'policeman',
  'officer',
  'peacekeeper',
  'gendarme',
  'engineer',
];
/** Carriers barred from a state's airspace or roads: such a ban restricts movement (191). */
export const CARRIERS: readonly string[] = [
  'aircraft',
  'airspace',
  'airline',
  'flight',
  'plane',
  'lorry',
  'truck',
  'vehicle',
];

/** Titles that name an envoy with their modifier: a high commissioner, a permanent representative. */
export const TITLED_ENVOYS: ReadonlyMap<string, string> = new Map([
  ['commissioner', 'high'],
  ['representative', 'permanent'],
]);
/** Verbs that lower or remove a charge. */
export const TARIFF_CUTS: readonly string[] = [
  'lower',
  'cut',
  'reduce',
  'slash',
  'scrap',
  'remove',
  'abolish',
  'eliminate',
  'waive',
];
/** Where a case is taken: "to the tribunal", "before the court". */
export const COURT_PREPS: readonly string[] = ['to', 'before'];
