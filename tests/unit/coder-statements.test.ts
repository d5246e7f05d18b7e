/**
 * The coder's statement rules on small sentences, each coded from the REAL CoreNLP parse recorded in
 * tests/fixtures/parses (`npm run coder:parses` re-records them from tests/fixtures/parses/sentences.json).
 */
import { type codeArticle } from '../../src/ingest/coder/coder';
import { findQuoteSpans } from '../../src/ingest/coder/quotes';
import { type KgStatement, confidenceOf } from '../../src/kg/kg-batch';
import { codeRecorded } from '../helpers/recorded-parse';

const code = codeRecorded;

/** Speaker, kind and words of each statement, in text order. */
const said = (b: ReturnType<typeof codeArticle>): string[] =>
  b.statements.map(s => `${s.speakerId} ${s.direct ? 'direct' : 'reported'}: ${s.span.text}`);

const only = (b: ReturnType<typeof codeArticle>): KgStatement => {
  expect(b.statements).toHaveLength(1);
  return b.statements[0] as KgStatement;
};

describe('statements on the parse', () => {
  it('codes a direct quote with the reporting verb after it: the quoted words, without marks or comma', () => {
    const b = code('stmt-direct-quote');
    expect(said(b)).toEqual(['person:alberto-van-klaveren direct: We will defend our borders']);
    expect(only(b)).toMatchObject({ reportingVerb: 'told', addresseeIds: [], date: '2024-06-04' });
  });

  it('continues a quote in the next sentence with the same speaker ("“…,” said X. “…”")', () => {
    const b = code('stmt-continued-quote');
    expect(said(b)).toEqual([
      'person:claudia-sheinbaum direct: The talks failed',
      'person:claudia-sheinbaum direct: We will try again next week',
    ]);
    const [first, second] = b.statements as [KgStatement, KgStatement];
    expect(confidenceOf(b, second.id)).toBeLessThan(confidenceOf(b, first.id));
  });

  it('codes reported speech as the ccomp of the reporting verb, dated by the verb, not the content', () => {
    const b = code('stmt-reported');
    expect(said(b)).toEqual([
      'person:william-ruto reported: Kenya would send more police officers to Haiti',
    ]);
    // "on Monday" before an article of Tuesday 2024-06-04 is the day before, never a day after
    expect(only(b)).toMatchObject({ reportingVerb: 'said', date: '2024-06-03' });
  });

  it('"X condemned …, according to Y": the subject of a speech act speaks, Y only carries it', () => {
    const s = only(code('stmt-according-subject'));
    expect(s).toMatchObject({
      speakerId: 'country:BRA',
      reportedById: 'media:agencia-brasil',
      reportingVerb: 'according to',
      direct: false,
    });
    expect(s.span.text).not.toContain('according');
  });

  it('"X plans to …, according to Reuters": a claim of no one in the clause is the outlet\'s', () => {
    const s = only(code('stmt-according-outlet'));
    expect(s).toMatchObject({
      speakerId: 'media:reuters',
      reportedById: 'media:reuters',
      span: { text: 'Chile plans to open a consulate in Lima next year' },
      // "next year" is in what was said, not when it was said
      date: '2024-06-04',
    });
  });

  it('"told X": X is the addressee (and the outlet when X is one); "in a letter to X" is a letter', () => {
    const [misri, modi] = code('stmt-told').statements as [KgStatement, KgStatement];
    expect(misri).toMatchObject({
      speakerId: 'person:vikram-misri',
      addresseeIds: ['media:ap'],
      reportedById: 'media:ap',
    });
    expect(modi).toMatchObject({
      speakerId: 'person:narendra-modi',
      addresseeIds: ['person:william-ruto'],
      channel: 'LETTER',
      span: { text: 'India would expand trade with Kenya' },
    });
  });

  it('"He said": the last person who was a subject, not the last person named', () => {
    const b = code('stmt-pronoun');
    const s = only(b);
    expect(s.speakerId).toBe('person:william-ruto');
    // a speaker carried over from earlier text is less sure than one named in the sentence
    expect(confidenceOf(b, s.id)).toBeLessThan(0.75);
  });

  it('an outlet that reports speaks and carries; "the agency" is the last outlet named', () => {
    const b = code('stmt-outlet');
    expect(said(b)).toEqual([
      'media:efe reported: Spain might recall its ambassador from Buenos Aires',
      'media:efe reported: Madrid had not yet decided',
    ]);
    expect(b.statements.map(s => s.reportedById)).toEqual(['media:efe', 'media:efe']);
  });

  it('"a spokesperson said": the organisation named before speaks', () => {
    expect(only(code('stmt-spokesperson'))).toMatchObject({
      speakerId: 'org:idn-foreign-ministry',
      span: { text: 'the region did not need new military blocs' },
    });
  });

  it('no statement from boilerplate, a denied verb ("did not say") or a speaker no actor names', () => {
    const b = code('stmt-boilerplate');
    // "Also Read: Chile says that …" is a link to another story; "Officials did not say …"; "Analysts said …"
    expect(said(b)).toEqual(['country:PER reported: it would reopen its border with Bolivia']);
  });

  it('"Y quoted X as saying": X speaks and Y carries it', () => {
    expect(only(code('stmt-quoted-as-saying'))).toMatchObject({
      speakerId: 'person:murat-nurtleu',
      reportedById: 'media:interfax',
      span: { text: 'Astana would host the talks' },
    });
  });

  it("quoted words in a speech act are its subject's, a one-word evaluation too (quotes15)", () => {
    expect(said(code('stmt-speech-act-quote'))).toEqual([
      'country:MWI direct: a fabrication meant to justify sanctions',
      'country:ZMB direct: unfair',
    ]);
  });

  it('reports the part of a clause without the quotation, and takes "according to" inside a quote as words', () => {
    expect(said(code('stmt-conj-parts'))).toEqual([
      'person:ana-vera reported: the crew had ignored repeated warnings',
      'person:ana-vera direct: strictly according to Chilean law',
    ]);
  });

  it('leaves a conjoined clause with its own "according to X" to X, the name after "the newspaper"', () => {
    const b = code('stmt-according-conj');
    expect(said(b)).toEqual([
      'person:ana-vera reported: she had asked her Peruvian counterpart for an urgent call',
      'media:el-comercio reported: he had not replied by Wednesday',
    ]);
  });

  it('"X asked …, according to Y": a request is a speech act, so X speaks and Y carries it', () => {
    expect(only(code('stmt-according-request'))).toMatchObject({
      speakerId: 'country:CHL',
      reportedById: 'media:radio-pacifico',
      reportingVerb: 'according to',
    });
  });

  it('"…, saying …" parsed as the mark of its clause: the clause is said by the subject it hangs from', () => {
    expect(said(code('stmt-saying-mark'))).toEqual([
      'person:lars-holm direct: unjustified',
      'person:lars-holm reported: the bloc could suspend its funding for the electoral commission',
    ]);
  });

  it('"X\'s military government" speaks as the state, not as the body its modifier names', () => {
    expect(only(code('stmt-military-government')).speakerId).toBe('country:THA');
  });

  it('"ordered X to leave, accusing them of “…”": the accuser is the subject above the xcomp, not X', () => {
    expect(said(code('stmt-participle-controller'))).toEqual([
      'country:GHA direct: in breach of their mandate',
    ]);
  });

  it('splits a clause with a quoted label at its conjoined clauses; one without quotes stays whole', () => {
    expect(said(code('stmt-label-conj'))).toEqual([
      'person:ana-vera reported: she "deeply regretted" the decision',
      'person:ana-vera reported: her team had met candidates from all parties',
      'person:tomas-ruiz reported: the Chilean government had demanded a public apology and that none had come',
    ]);
  });

  it('pairs quotes over paragraphs: a quotation running on keeps each paragraph as its own span', () => {
    const text = 'He said: “We came.\n\n“We stayed,” she said. A "short" one.';
    const spans = findQuoteSpans(text).map(q => [q.text, q.runsOn]);
    expect(spans).toEqual([
      ['We came', true],
      ['We stayed', false],
      ['short', false],
    ]);
  });
});

describe('attributions at the end of a dateline lead', () => {
  it('takes the speaker the parse hung as an apposition before a loose "said"', () => {
    // the parse reads "Mauritania's defence ministry" as an apposition of "Adel Bagrou"
    const s = only(code('stmt-attribution-appos'));
    expect(s.speakerId).toBe('org:mrt-defence-ministry');
    expect(s.span.text).toContain('Malian troops opened fire');
    expect(s.span.text).not.toMatch(/NOUAKCHOTT|ministry/u);
  });

  it('reports the clause before ", X said", not the participle after it ("prompting …")', () => {
    const s = only(code('stmt-attribution-participle'));
    expect(s.speakerId).toBe('org:grc-defence-ministry');
    expect(s.span.text).toMatch(/^A Turkish navy frigate forced a Greek research vessel/u);
    expect(s.span.text).not.toContain('prompting');
  });
});

describe('a sentence closed by ", X said."', () => {
  it('reports the whole sentence before the attribution, though the parse hangs "said" on a noun', () => {
    // the parse makes "said" a dep of "exchange" with only "mediated" under it
    const s = only(code('stmt-attribution-final'));
    expect(s.speakerId).toBe('org:omn-foreign-ministry');
    expect(s.span.text).toMatch(/^Iran freed a Danish engineer and Denmark released/u);
    expect(s.span.text).toMatch(/mediated by Oman$/u);
  });
});

describe('speakers and clauses the parse hides', () => {
  it('"her office said" speaks as the person the pronoun stands for', () => {
    const s = only(code('stmt-office-of-person'));
    expect(s.speakerId).toBe('person:lucia-ferrand');
    expect(s.span.text).toMatch(/^Ferrand will raise the issue/u);
  });

  it('"said the vote had been free": an xcomp with its own subject is what was said', () => {
    const s = only(code('stmt-xcomp-clause'));
    expect(s).toMatchObject({ speakerId: 'org:oas', direct: false });
    expect(s.span.text).toBe('the vote had been free and fair');
  });
  it('"said that A, and it asked B to “…”": the conjoined speech act is not part of what "said" reports', () => {
    expect(said(code('stmt-conj-speech-act'))).toEqual([
      'org:cri-foreign-ministry reported: it had acted under the 1954 Caracas Convention on diplomatic asylum',
      'org:cri-foreign-ministry direct: honour its obligations without delay',
    ]);
  });

  it('"A, said X, adding that B": the inverted speaker the parse hung on the participle says A too', () => {
    expect(said(code('stmt-inverted-adding'))).toEqual([
      'person:ruwan-senanayake reported: Four Bangladeshi frigates and a patrol aircraft are taking part alongside Sri Lankan ships',
      'person:ruwan-senanayake reported: the exercise would focus on search and rescue',
    ]);
  });

  it('"…, the ministry said" parsed with a name of the clause as subject: the speaker is never inside what it said', () => {
    const s = only(code('stmt-speaker-outside-content'));
    expect(s.speakerId).toBe('org:rou-foreign-ministry');
    expect(s.span.text).toContain('meet Ms Kouassi-Dogbe');
  });
  it('"it" as a speaker reaches a group named before it, not only an organisation or a state', () => {
    const s = only(code('stmt-it-group'));
    expect(s.speakerId).toBe('group:gourma-liberation-front');
    expect(s.span.text).toMatch(/^It had demanded a ransom/);
  });
  it('two different persons in apposition are a misparse: the name next to the verb speaks', () => {
    expect(only(code('stmt-appos-two-persons')).speakerId).toBe('person:faraj-busnaina');
  });
  it('"said in a message on a channel that …" parsed as a relative clause without a gap: what was said', () => {
    const s = only(code('stmt-that-as-relative'));
    // the kind of the group's actor is the actor rules' business; the speaker is the subject
    expect(s.speakerId).toMatch(/:ansar-al-rovuma$/);
    expect(s.span.text).toBe('its fighters had attacked "a militia post", not civilians');
  });
  it('"an official, who asked not to be named, said …" misparsed as a relative clause: the official says the root clause', () => {
    expect(said(code('stmt-relative-speaker'))).toEqual([
      'country:THA reported: the army had reinforced its posts along the river',
    ]);
  });
  it('"The navy said …" after "Peru\'s navy": a body word of the agent dictionary takes up the body named before', () => {
    expect(said(code('stmt-agent-body'))).toEqual([
      'org:per-navy reported: the crew had ignored two radio warnings',
    ]);
  });
  it('a short quotation beside a longer one in a reported clause is a statement of its own', () => {
    expect(said(code('stmt-short-quote-beside'))).toEqual([
      'org:chl-foreign-ministry direct: deeply concerned',
      'org:chl-foreign-ministry direct: in waters that have always belonged to our fishermen',
    ]);
  });
  it('an "advise" verb ("who assured her that …") reports its clause; "according to" there is the carrier', () => {
    const s = only(code('stmt-advise-verb'));
    expect(s).toMatchObject({ speakerId: 'person:luis-rojas', reportedById: 'media:andina' });
    expect(s.span.text).toBe('Santiago would respect the treaty');
  });
  it('a reporting participle the parse hung on a noun is an adjunct: the subject of the clause says it', () => {
    // ", ruling that …" after a comma: the nearest verb above with a subject, past "accused"
    expect(said(code('stmt-participle-adjunct'))).toEqual([
      'org:chl-supreme-court reported: he could face an unfair trial if he were sent back',
    ]);
    // "read out a statement saying …": the reader; the loose rest of the clause is what was said
    expect(said(code('stmt-statement-saying'))).toEqual([
      'person:ana-torres reported: the two countries would reopen the border to traders within 30 days',
    ]);
    // a report someone rejects is not theirs
    expect(code('stmt-report-saying').statements).toEqual([]);
  });
  it('"X offered … to mediate / called on Y to …, according to Z": the offer and the appeal are X\'s', () => {
    expect(said(code('stmt-according-offer'))).toEqual([
      'person:amina-diallo reported: to mediate between the government and the strikers',
    ]);
    expect(only(code('stmt-according-call'))).toMatchObject({
      speakerId: 'org:per-parliament',
      reportedById: 'media:el-comercio',
    });
  });
});
