/**
 * The states a description of a state's form can stand for: "the kingdom" is a kingdom, "the
 * sultanate" a sultanate. A description then picks the most salient state of its form, so that in an
 * article on Algeria and Morocco "the kingdom" is Morocco however often Algeria was named. Sovereign
 * states whose official name or constitution says so (the Commonwealth realms, which share a crown,
 * are called by their own names, not "the kingdom"). Nouns not listed here ("the nation", "the
 * republic") fit any state.
 */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  kingdom: [
    'BEL',
    'BHR',
    'BTN',
    'DNK',
    'ESP',
    'GBR',
    'JOR',
    'KHM',
    'LSO',
    'MAR',
    'NLD',
    'NOR',
    'SAU',
    'SWE',
    'SWZ',
    'THA',
    'TON',
  ],
  sultanate: ['OMN', 'BRN'],
  emirate: ['ARE', 'KWT', 'QAT'],
  principality: ['AND', 'LIE', 'MCO'],
  // states whose land is islands (in whole, or sharing an island with one neighbour): "the island",
  // "the two islands" name none of Russia, Argentina or Japan's neighbours on the mainland
  island: (
    'ATG BHR BHS BRB BRN COM CPV CUB CYP DMA DOM FJI FSM GBR GRD HTI IDN IRL ISL JAM JPN KIR KNA LCA ' +
    'LKA MDG MDV MHL MLT MUS NRU NZL PHL PLW PNG SGP SLB STP SYC TLS TON TTO TUV TWN VCT VUT WSM'
  ).split(' '),
};

/** Does the state `id` ("country:MAR") fit the form noun `lemma`? Any state fits an unlisted noun. */
export function fitsStateForm(lemma: string, id: string): boolean {
  const states = FORMS[lemma];
  return states === undefined || states.some(iso => id === `country:${iso}`);
}
