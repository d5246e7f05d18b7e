/**
 * Answers aimed back at whoever acted first, appeals the parser breaks, and bodies named beside a
 * common noun (reactions.ts, verb-supplement.ts, modality.ts, arguments.ts), each on a short sentence coded from its REAL CoreNLP parse
 * recorded in tests/fixtures/parses/evt-*.json (`npm run coder:parses` re-records them from
 * sentences.json).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { codeRecorded } from '../helpers/recorded-parse';

const triples = (b: ReturnType<typeof codeArticle>): string[] =>
  b.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`).sort();

describe('answers to an earlier act', () => {
  it('reads a refusal with nothing named as a rejection of the last demand aimed at the refuser', () => {
    // "Chile demanded an apology from Bolivia on Monday. Bolivia refused to apologise."
    expect(triples(codeRecorded('evt-refused'))).toEqual([
      '100 country:CHL -> country:BOL',
      '120 country:BOL -> country:CHL',
    ]);
  });

  it('codes a denial of a charge as 016 on the accuser (eval/README.md conventions)', () => {
    // "Peru's foreign minister, Ana Quispe, accused Ecuador of detaining Peruvian fishermen. Ecuador's
    // foreign ministry denied the charge on Tuesday."
    expect(triples(codeRecorded('evt-denied-charge'))).toEqual([
      '016 org:ecu-foreign-ministry -> person:ana-quispe',
      '112 person:ana-quispe -> country:ECU',
    ]);
  });

  it('codes denying a clause as 016 on the accuser (verb-supplement.ts)', () => {
    // "Bolivia accused Paraguay on Monday of moving troops to the border. Paraguay denied that its
    // soldiers had crossed the frontier."
    expect(triples(codeRecorded('evt-denied-clause'))).toEqual([
      '016 country:PRY -> country:BOL',
      '112 country:BOL -> country:PRY',
    ]);
  });

  it('aims a denial of a noun that names no act at the last one to act on the denier', () => {
    // "Chile summoned Peru's ambassador on Monday. Peru's government denied any role in the unrest."
    expect(triples(codeRecorded('evt-denied-role'))).toEqual([
      '016 country:PER -> country:CHL',
      '114 country:CHL -> country:PER',
    ]);
  });

  it('reads rejecting an accusation told without a coded act as 120 on the last one to act on the rejecter', () => {
    // "Peru recalled its ambassador from Quito on Monday. Ecuador rejected the accusation on Tuesday."
    expect(triples(codeRecorded('evt-rejected-unnamed'))).toEqual([
      '120 country:ECU -> country:PER',
      '161 country:PER -> country:ECU',
    ]);
  });

  it('reads rejecting an order as 120 on the one who gave it (verb-supplement.ts)', () => {
    // "Peru ordered Ecuador on Monday to close its consulate in Tumbes. Ecuador's foreign ministry
    // rejected the order as excessive."
    expect(triples(codeRecorded('evt-rejected-order'))).toEqual([
      '120 org:ecu-foreign-ministry -> country:PER',
      '161 country:PER -> country:ECU',
    ]);
  });

  it('reads rejecting "what it called" an act as 120 on the last one to act on the rejecter', () => {
    // "Chile summoned Bolivia's ambassador on Monday. Bolivia's government rejected what it called
    // meddling in its courts."
    expect(triples(codeRecorded('evt-rejected-called'))).toEqual([
      '114 country:CHL -> country:BOL',
      '120 country:BOL -> country:CHL',
    ]);
  });

  it('reads turning down a request as 120 on the one who asked (verb-supplement.ts)', () => {
    // "Guyana asked Suriname on Monday to reopen the ferry crossing. Suriname turned down the request
    // on Tuesday."
    expect(triples(codeRecorded('evt-turned-down'))).toEqual([
      '020 country:GUY -> country:SUR',
      '120 country:SUR -> country:GUY',
    ]);
  });

  it('does not aim a refusal anywhere when no demand was made of the refuser', () => {
    // "Germany did not condemn Brazil. Spain refused to meet Argentina."
    expect(triples(codeRecorded('negated'))).toEqual([]);
  });
});

describe('a reaction to a court ruling (court-rulings.ts)', () => {
  it('aims praise of "the ruling", or of "it" after a sentence about the judgment, at the court', () => {
    // "The International Court of Justice ruled on Monday that the islands belong to Honduras. The
    // ruling was welcomed by Nicaragua's foreign minister. The judgment, which was delivered in The
    // Hague, found that the 1906 treaty was valid. Costa Rica's president hailed it as a victory for
    // international law."
    expect(triples(codeRecorded('evt-ruling-court'))).toEqual([
      '051 country:CRI -> org:icj',
      '051 country:NIC -> org:icj',
    ]);
  });
});

describe('a reaction to "what it called" an act (reactions.ts)', () => {
  it('aims welcoming what she called "a first step" at the doer of the act told before', () => {
    // "Chile lifted its sanctions on Peru on Monday. Peru's foreign minister, Ana Torres, welcomed
    // what she called "a first step"."
    expect(triples(codeRecorded('evt-called-step'))).toEqual([
      '051 person:ana-torres -> country:CHL',
      '085 country:CHL -> country:PER',
    ]);
  });
});

describe('a case taken to a court (case-parties.ts)', () => {
  it('reads taking "the case" to a tribunal as 115 aimed at the doer of the hostile act told before', () => {
    // "The Chilean navy seized an Argentine fishing boat on Monday. Argentina will take the case to
    // the International Tribunal for the Law of the Sea."
    expect(triples(codeRecorded('evt-case-taken'))).toEqual([
      '115 country:ARG -> country:CHL',
      '1711 org:chl-navy -> country:ARG',
    ]);
  });

  it('never aims an act at the court a dispute is submitted or referred to, whatever the verb', () => {
    // "Chile and Argentina agreed in 2019 to submit the dispute to the International Court of
    // Justice. Peru will refer the matter to the tribunal.": the two parties agree with each other
    expect(triples(codeRecorded('evt-dispute-venue'))).toEqual([
      '034 country:ARG -> country:CHL',
      '034 country:CHL -> country:ARG',
    ]);
  });
});

describe('a demand for the release of people told before (release-holders.ts)', () => {
  it('aims a demand for "their release" at the detainer, and one for people "held in" a state at it', () => {
    // "Guatemala detained four Honduran fishermen on Sunday. Honduras demanded their immediate
    // release. Peru urged the release of two engineers held in Bolivia."
    expect(triples(codeRecorded('evt-release-holder'))).toEqual([
      '020 country:PER -> country:BOL',
      '1053 country:HND -> country:GTM',
      '173 country:GTM -> country:HND',
    ]);
  });
});

describe('an act coordinated with a reaction', () => {
  it('aims an act with no object of its own at the parties of the act its coordinate reacts to', () => {
    // "Chile and Peru signed a fishing agreement on Monday. Bolivia denounced the deal as a plot and
    // warned of countermeasures."
    expect(triples(codeRecorded('evt-reaction-conjunct'))).toEqual([
      '057 country:CHL -> country:PER',
      '057 country:PER -> country:CHL',
      '111 country:BOL -> country:CHL',
      '111 country:BOL -> country:PER',
      '130 country:BOL -> country:CHL',
      '130 country:BOL -> country:PER',
    ]);
  });
});

describe('an appeal the parser breaks', () => {
  it('reads "called on X to" as an appeal to X where the parser makes X the subject of the clause asked for', () => {
    // "The World Food Programme called on Chad's government to let the convoy through." ("on" is
    // parsed as a mark of "let", "government" as its subject)
    expect(triples(codeRecorded('evt-called-on'))).toEqual(['020 org:wfp -> country:TCD']);
  });

  it('reads "called on / upon X to" as an appeal where the parser makes "on" a particle or X an oblique', () => {
    // "Zambia called on Malawi to release the traders. Kenya called upon Uganda to withdraw its troops
    // from the island." (compound:prt + obj; obl:upon): the to-clause is no naming ("called it a …")
    expect(triples(codeRecorded('evt-called-on-particle'))).toEqual([
      '020 country:KEN -> country:UGA',
      '020 country:ZMB -> country:MWI',
    ]);
  });
});

describe('a body named beside a common noun', () => {
  it('acts as the body the parser hung beside "the opposition group"', () => {
    // 'The opposition group Frente Verde called the decision "premature" and urged the European
    // Union to keep its sanctions on Peru.'
    expect(triples(codeRecorded('evt-named-body'))).toEqual(['020 org:frente-verde -> org:eu']);
  });
});

describe('a reaction to an act named by a noun derived from its verb (deverbal-nouns.ts)', () => {
  it('aims the reaction at the doers of the last act of the kind the noun names', () => {
    // 'Morocco detained a Spanish fishing boat near Tangier on Monday. Madrid condemned the detention
    // as "illegal".' (detention → detain, 173)
    expect(triples(codeRecorded('evt-react-detention'))).toEqual([
      '111 country:ESP -> country:MAR',
      '173 country:MAR -> country:ESP',
    ]);
  });

  it('aims it at every coordinated doer of that act', () => {
    // 'Latvia and Finland banned six Moldovan officials on Monday. Chisinau called the bans
    // "unacceptable".' (ban: 163 between states, conventions.ts; each event starts at its own doer)
    expect(triples(codeRecorded('evt-react-bans'))).toEqual([
      '111 country:MDA -> country:FIN',
      '111 country:MDA -> country:LVA',
      '163 country:FIN -> country:MDA',
      '163 country:LVA -> country:MDA',
    ]);
  });

  it('reads the one named in a small clause as the object of a quoted label', () => {
    // '… Chisinau called the bans "blackmail".' parsed nsubj(blackmail, bans), xcomp(called, blackmail)
    expect(triples(codeRecorded('evt-react-small-clause'))).toEqual([
      '111 country:MDA -> country:FIN',
      '111 country:MDA -> country:LVA',
      '163 country:FIN -> country:MDA',
      '163 country:LVA -> country:MDA',
    ]);
  });

  it('aims a reaction to an agreement at both its parties, though its act was told one way', () => {
    // "Spain agreed on Monday to supply six patrol boats to Morocco. The European Commission welcomed
    // the agreement."
    expect(triples(codeRecorded('evt-react-agreement-parties'))).toEqual([
      '031 country:ESP -> country:MAR',
      '051 org:european-commission -> country:ESP',
      '051 org:european-commission -> country:MAR',
    ]);
  });

  it('reads a passive verb of feeling with the feeler as source (DISMAY 110: "was disappointed by")', () => {
    // "Zambia closed the border with Malawi on Monday. Malawi said it was disappointed by the decision.
    // Angola was dismayed by Namibia's refusal to reopen the talks."
    expect(triples(codeRecorded('evt-felt-passive'))).toEqual([
      '110 country:AGO -> country:NAM',
      '110 country:MWI -> country:ZMB',
      '191 country:ZMB -> country:MWI',
    ]);
  });
});
