import { validateBatch } from '../../src/kg/kg-batch';
import { extractArticle } from '../../src/ingest/pipeline';

function statementsOf(text: string, publishedAt: string | null = '2024-05-16T08:00:00Z') {
  const { batch } = extractArticle({ text, publishedAt });
  expect(validateBatch(batch)).toEqual([]);
  return batch.statements;
}

describe('extractStatements: attribution', () => {
  it('attributes a quote to the speaker named after it, and "told X" makes X the addressee', () => {
    const [s, ...rest] = statementsOf(
      'Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in Manila. "This agreement opens a new chapter," Kishida told Marcos at a news conference.',
    );
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      speakerId: 'person:fumio-kishida',
      addresseeIds: ['person:ferdinand-marcos-jr'],
      direct: true,
      reportingVerb: 'told',
    });
    expect(s?.span.text).toBe('This agreement opens a new chapter');
  });

  it('takes a short quote followed by its attribution, and "told reporters" names no addressee', () => {
    const [s] = statementsOf(
      'Taiwan ended relations with Nauru, to "safeguard our dignity", Deputy Foreign Minister Tien Chung-kwang told reporters.',
    );
    expect(s).toMatchObject({
      speakerId: 'person:tien-chung-kwang',
      addresseeIds: [],
      direct: true,
    });
    expect(s?.span.text).toBe('safeguard our dignity');
  });

  it('reads "in a letter to X, Y wrote that …" with X as addressee and channel LETTER', () => {
    const [s] = statementsOf(
      'In a letter to Lithuanian Foreign Minister Gabrielius Landsbergis, Foreign Minister Radoslaw Sikorski wrote that the two countries should share intelligence.',
    );
    expect(s).toMatchObject({
      speakerId: 'person:radoslaw-sikorski',
      addresseeIds: ['person:gabrielius-landsbergis'],
      channel: 'LETTER',
      direct: false,
    });
    expect(s?.span.text).toBe('the two countries should share intelligence');
  });

  it('reads a trailing attribution after a dateline: "<clause>, X announced on Wednesday"', () => {
    const [s] = statementsOf(
      'BERLIN (Example Wire) - Germany will provide aid to Sudan this year, Foreign Minister Annalena Baerbock announced on Wednesday.',
    );
    expect(s).toMatchObject({ speakerId: 'person:annalena-baerbock', reportingVerb: 'announced' });
    expect(s?.span.text).toBe('Germany will provide aid to Sudan this year');
  });

  it('makes "the agency" the outlet last named, and an outlet told is also the reporter', () => {
    const [, agency] = statementsOf(
      'Peskov said the expulsions were "a provocation staged for a domestic audience", according to TASS. Russia could expel Polish diplomats next week, the agency added.',
    );
    expect(agency).toMatchObject({ speakerId: 'media:tass', reportingVerb: 'added' });
    const [officials] = statementsOf(
      'Washington could extend the sanctions to the oil sector, two U.S. officials told the Associated Press.',
    );
    expect(officials).toMatchObject({
      speakerId: 'country:USA',
      addresseeIds: ['media:ap'],
      reportedById: 'media:ap',
    });
  });

  it('reads "said" without "that" and "said in a statement that"', () => {
    const [a] = statementsOf('The United States said it was disappointed by the decision.');
    expect(a).toMatchObject({ speakerId: 'country:USA', reportingVerb: 'said' });
    expect(a?.span.text).toBe('it was disappointed by the decision');
    const [b] = statementsOf(
      "Nauru's government said in a statement that it no longer recognised Taiwan.",
    );
    expect(b).toMatchObject({ speakerId: 'country:NRU' });
    expect(b?.span.text).toBe('it no longer recognised Taiwan');
  });

  it('does not take a clause or an unknown body as the speaker', () => {
    expect(
      statementsOf('Taiwan elected a new president, a result China had warned against.'),
    ).toEqual([]);
    // the gazetteer knows the World Food Programme since 0.4.0; an unknown UN body is still no one
    expect(
      statementsOf('Aid could reach Darfur within weeks, the UN’s Regional Relief Desk said.'),
    ).toEqual([]);
  });

  it('gives "a spokesperson" to the ministry named just before', () => {
    const [s] = statementsOf(
      'China’s Foreign Ministry criticised the pact. A spokesperson said in Beijing that countries in the region "should not bring bloc confrontation into Asia".',
    );
    expect(s).toMatchObject({ speakerId: 'org:chn-foreign-ministry', direct: true });
  });

  it('makes a named outlet that "reported" the speaker, but not unnamed "state media"', () => {
    const [s] = statementsOf(
      'President Xi Jinping is expected to raise the issue next month, Reuters reported.',
    );
    expect(s).toMatchObject({ speakerId: 'media:reuters', reportingVerb: 'reported' });
    expect(
      statementsOf(
        'Sudanese army chief Abdel Fattah al-Burhan thanked Germany, Sudanese state media reported.',
      ),
    ).toEqual([]);
  });

  it('reads "<clause>, according to <outlet>" as the outlet\'s report unless a person acts in it', () => {
    const [s] = statementsOf('Japan plans to provide patrol vessels, according to Kyodo News.');
    expect(s).toMatchObject({ speakerId: 'media:kyodo', reportedById: 'media:kyodo' });
    expect(
      statementsOf('Kim Yo Jong denounced the deal, according to KCNA.').filter(
        x => x.speakerId === 'media:kcna',
      ),
    ).toEqual([]);
  });
});
