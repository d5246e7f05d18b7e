/**
 * Statement rules of coder 0.8.0 on recorded CoreNLP parses (tests/fixtures/parses, recorded from
 * sentences.json): relative clauses of evaluation, what counts as a reported clause, and the
 * antecedent of a speaker pronoun.
 */
import { type KgBatch } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

/** Speaker, kind and words of each statement, in text order. */
const said = (b: KgBatch): string[] =>
  b.statements.map(s => `${s.speakerId} ${s.direct ? 'direct' : 'reported'}: ${s.span.text}`);

describe('statement clauses', () => {
  it("a quotation in a relative clause with a speaker of its own is that speaker's, however short", () => {
    expect(said(codeRecorded('stmt-relative-label'))).toEqual([
      // "in a move that X described as “…”": X's evaluation of the move
      'country:GIN direct: a hostile act',
      // the evaluation is no part of what the spokesman said, which stops at the noun it is about
      'country:GHA reported: Accra would send an envoy to Bamako, a visit',
      'country:MLI direct: premature',
      // a free relative ("in what X called an “…” escalation") is one too
      'country:GMB direct: unacceptable',
    ]);
  });

  it('a complementizer "that" the tagger read as a relativizer opens no relative clause', () => {
    // "said … that Conakry had asked for … “every available channel”": what the minister said,
    // not Guinea's own quoted words
    expect(said(codeRecorded('stmt-relative-complement'))).toEqual([
      'person:mamadou-barry reported: Conakry had asked for the traders\' release through "every available channel" and had received no reply',
    ]);
  });

  it('a reported clause has a verb: "a charge Conakry denies" says nothing', () => {
    expect(said(codeRecorded('stmt-noun-not-said'))).toEqual([
      'country:MLI reported: the border would stay closed',
    ]);
  });

  it('a verb outside a quotation is no conjunct of one inside it: "… “…” and said that …"', () => {
    // parsed with "said" conjoined to "buys" inside the quotation, whose subject is "it" (Togo)
    expect(said(codeRecorded('stmt-conj-after-quote'))).toEqual([
      'person:kofi-mensah direct: profited for years from fuel it buys for almost nothing',
      'person:kofi-mensah direct: a delay dressed up as progress',
    ]);
  });

  it('"<clause>, it said" is the body named before, not the country word that opens its name', () => {
    expect(said(codeRecorded('stmt-it-body'))).toEqual([
      'org:gin-foreign-ministry reported: The traders had entered the country legally',
    ]);
  });

  it('a clause conjoined after a parenthetical attribution is a statement of its own', () => {
    // "…, she added, and <clause>": what was said goes on after the attribution
    expect(said(codeRecorded('stmt-attribution-then-conj'))).toEqual([
      'person:aminata-keita reported: Conakry had not been consulted',
      'person:aminata-keita reported: Mali would not close its consulate',
      'person:aminata-keita reported: its traders would stay in the market',
    ]);
    // the same with the attribution parsed as a parenthetical of the clause before it
    expect(said(codeRecorded('stmt-attribution-dep-conj'))).toEqual([
      'org:gha-foreign-ministry reported: The traders had entered the country legally',
      'org:gha-foreign-ministry reported: their goods had been returned to them',
    ]);
  });

  it("a second act conjoined inside a relative clause of what was said is the speaker's own", () => {
    // "said that it would respect a ruling … that sided with …, but warned that …", parsed with
    // "warned" conjoined to "sided"
    expect(said(codeRecorded('stmt-second-act-in-relative'))).toEqual([
      'country:GIN reported: it would respect a ruling by the International Court of Justice that sided with Mali over three small islands in Kaloum Bay',
      'country:GIN reported: its gendarmes would not leave Tamara until a joint commission had drawn the new boundary',
    ]);
  });

  it('a speech verb with a "that" of its own is no parenthetical of the clause before it', () => {
    // "a group … that the service said works for …", parsed with "said" as a complement of
    // "carried": the attack is not what the service said
    expect(said(codeRecorded('stmt-relative-said-no-parenthetical'))).toEqual([]);
  });
});

describe('attributions and their adjuncts (coder 0.12.0, stmt9)', () => {
  it('"<clause>, X said on Wednesday, after …" reports the clause, and only it', () => {
    // the dateline glued to the lead takes "said" as its subject; the "after" clause closing the
    // sentence tells when it was said, not what
    expect(said(codeRecorded('stmt9-attribution-then-adjuncts'))).toEqual([
      'person:lucia-paredes reported: Ecuador will ask the International Court of Justice to rule on fishing quotas of up to 40 percent that Peru imposed on Ecuadorean trawlers last month',
      'country:PER reported: Peru will ask the tribunal to rule that Ecuador has breached the fisheries pact',
      // "…, and Lima responded in kind": a conjoined clause, no attribution of the one before
    ]);
  });

  it('"Speaking in X, Y said …": the participle opening the sentence is not what was said', () => {
    expect(said(codeRecorded('stmt9-opening-participle'))).toEqual([
      'person:lucia-paredes direct: quotas written in Lima',
    ]);
  });

  it('a modal of the quotation the parse hung on the reporting verb does not unsay it', () => {
    // "“…, so neither can we,” Paredes told reporters", parsed with "can" as an auxiliary of "told"
    expect(said(codeRecorded('stmt9-quote-modal'))).toEqual([
      'person:lucia-paredes direct: Those who fish in our waters do not respect borders, so neither can we',
    ]);
  });
});
