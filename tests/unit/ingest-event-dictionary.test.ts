import fs from 'node:fs';
import path from 'node:path';
import {
  loadEventVerbs,
  prefilterRegExp,
  withoutNegativeLookarounds,
} from '../../src/ingest/events';
import { splitSentences } from '../../src/ingest/sentences';
import { brief, eventsOf } from '../helpers/extracted-events';

const codesOf = (text: string): string[] => eventsOf(text).map(brief);

describe('event dictionary 0.4.0: wording of wire copy', () => {
  it('has only codes of the CAMEO table, and every new flag on a known frame', () => {
    const tsv = fs.readFileSync(path.join(__dirname, '../../seeds/cameo-event-codes.tsv'), 'utf8');
    const codes = new Set(tsv.split('\n').map(l => l.split('\t')[0]));
    const verbs = loadEventVerbs();
    expect(verbs.length).toBeGreaterThan(80);
    expect(verbs.filter(v => !codes.has(v.code)).map(v => v.code)).toEqual([]);
  });

  it('reads a truce or an agreement to stop fighting as 0871 both ways, and a violation as 196', () => {
    expect(codesOf('Ethiopia and Eritrea agreed on Monday to stop fighting.')).toEqual([
      '0871 country:ETH -> country:ERI',
      '0871 country:ERI -> country:ETH',
    ]);
    expect(codesOf('Sudan and Chad declared a ceasefire.')).toContain(
      '0871 country:SDN -> country:TCD',
    );
    expect(codesOf('Mali accused Niger. Niger violated the truce with Mali.')).toContain(
      '196 country:NER -> country:MLI',
    );
  });

  it('reads "talks mediated by X" as X mediating for both subjects (045)', () => {
    expect(
      codesOf('Peru and Chile agreed to resume trade after talks mediated by Brazil.'),
    ).toEqual(
      expect.arrayContaining(['045 country:BRA -> country:PER', '045 country:BRA -> country:CHL']),
    );
  });

  it('reads "received X" as hosting (043) only with an actor right after it', () => {
    expect(
      codesOf('Ghanaian President Kofi Mensah received Togolese President Yao Agbeko in Accra.'),
    ).toEqual(['043 person:kofi-mensah -> person:yao-agbeko']);
    expect(codesOf('Ghana received aid from Togo on Monday.')).not.toContain(
      '043 country:GHA -> country:TGO',
    );
  });

  it('reads protests, refusals, threats of sanctions, and import curbs', () => {
    expect(codesOf('Chile lodged a formal protest with Bolivia.')).toEqual([
      '114 country:CHL -> country:BOL',
    ]);
    expect(codesOf('Serbia rejected the demand by Croatia.')).toEqual([
      '120 country:SRB -> country:HRV',
    ]);
    expect(codesOf('Canada threatened to impose tariffs on Mexico.')).toEqual([
      '1312 country:CAN -> country:MEX',
    ]);
    expect(codesOf('Chile retaliated by restricting imports of Peruvian fruit.')).toEqual([
      '163 country:CHL -> country:PER',
    ]);
    expect(codesOf('Ecuador lifted sanctions on Colombia.')).toEqual([
      '085 country:ECU -> country:COL',
    ]);
  });

  it('reads releases, arrests, seizures, drills and deployments', () => {
    expect(codesOf('Ghana released 12 Togolese fishermen.')).toEqual([
      '0841 country:GHA -> country:TGO',
    ]);
    expect(codesOf('Bolivia arrested two Peruvian nationals.')).toEqual([
      '173 country:BOL -> country:PER',
    ]);
    expect(codesOf('Bolivia nationalised the Chilean-owned mine.')).toEqual([
      '171 country:BOL -> country:CHL',
    ]);
    expect(codesOf('Algeria held military drills near Morocco.')).toEqual([
      '150 country:DZA -> country:MAR',
    ]);
    expect(codesOf('Venezuela deployed troops to the border with Guyana.')).toEqual([
      '154 country:VEN -> country:GUY',
    ]);
  });

  it('reads the plural "signed five agreements" and "restored diplomatic relations" both ways', () => {
    expect(codesOf('Senegal and Gambia signed five agreements.')).toEqual([
      '057 country:SEN -> country:GMB',
      '057 country:GMB -> country:SEN',
    ]);
    expect(codesOf('Qatar and Bahrain restored diplomatic relations.')).toEqual([
      '054 country:QAT -> country:BHR',
      '054 country:BHR -> country:QAT',
    ]);
  });

  it('makes "the two sides" the two states of the first two-party event, acting on each other', () => {
    const events = codesOf(
      'Ethiopia and Eritrea agreed to a truce. The two sides could exchange prisoners of war.',
    );
    expect(events).toEqual(
      expect.arrayContaining([
        '0841 country:ETH -> country:ERI',
        '0841 country:ERI -> country:ETH',
      ]),
    );
  });

  it('gives "he and X signed" both subjects, and a planned meeting is 040 PLANNED', () => {
    const events = eventsOf(
      'Ghanaian President Kofi Mensah arrived in Lome, and he and Togolese President Yao Agbeko signed two deals. ' +
        'Ghanaian Foreign Minister Ama Owusu is expected to meet Togolese officials next month.',
    );
    expect(events.map(brief)).toEqual(
      expect.arrayContaining([
        '057 person:kofi-mensah -> person:yao-agbeko',
        '057 person:yao-agbeko -> person:kofi-mensah',
        '040 person:ama-owusu -> country:TGO',
      ]),
    );
    expect(events.find(e => e.code === '040')?.modality).toBe('PLANNED');
  });

  it('never targets the speaker\'s own country, nor a topic ("over X")', () => {
    expect(
      codesOf(
        'Ghanaian Foreign Minister Ama Owusu warned that Ghana would respond if Togolese troops crossed.',
      ),
    ).toEqual(['130 person:ama-owusu -> country:TGO']);
    expect(codesOf('Armenia fought a war over Nagorno-Karabakh.')).toEqual([]);
  });
});

describe('the per-article prefilter of dictionary entries', () => {
  it('drops negative lookarounds only, minding escapes and character classes', () => {
    expect(withoutNegativeLookarounds(String.raw`(?<!\bto\s)\bmeets?\b(?!\s+(?:the\s+)?x\b)`)).toBe(
      String.raw`\bmeets?\b`,
    );
    expect(withoutNegativeLookarounds(String.raw`\bx[(?!]y(?!a(b)c)z(?=q)`)).toBe(
      String.raw`\bx[(?!]yz(?=q)`,
    );
    expect(withoutNegativeLookarounds(String.raw`a\(?!b\)c`)).toBe(String.raw`a\(?!b\)c`);
  });

  it('matches an article wherever an entry matches one of its sentences', () => {
    const dir = path.join(__dirname, '../../eval/articles');
    const texts = fs
      .readdirSync(dir)
      .filter(f => f.endsWith('.txt'))
      .map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
    // a headline verb over a byline: the entry's own "not followed by 'by'" fails on the whole text
    texts.push('Oman hosts\nBy Example Staff\n\nTalks went on.');
    let checked = 0;
    for (const text of texts) {
      for (const verb of loadEventVerbs()) {
        const inSentence = splitSentences(text).some(s =>
          new RegExp(verb.pattern, 'gi').test(s.text),
        );
        if (inSentence) {
          checked += 1;
          const re = prefilterRegExp(verb.pattern);
          re.lastIndex = 0;
          expect([verb.pattern, re.test(text)]).toEqual([verb.pattern, true]);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(new RegExp(String.raw`\bhost(?:s|ed)?\b(?!\s+by\b)`, 'i').test('Oman hosts\nBy')).toBe(
      false,
    );
  });
});
