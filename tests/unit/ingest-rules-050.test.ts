import { validateBatch } from '../../src/kg/kg-batch';
import { findIgnoredSpans } from '../../src/ingest/clean';
import { extractArticle } from '../../src/ingest/pipeline';

const MONDAY = '2025-06-09T08:00:00Z';

function codesOf(text: string): string[] {
  const { batch } = extractArticle({ text, publishedAt: MONDAY });
  expect(validateBatch(batch)).toEqual([]);
  return batch.events.map(e => `${e.code} ${e.sourceId} -> ${e.targetId}`);
}

describe('rules 0.5.0: boilerplate of wire copy', () => {
  it('ignores photo captions, credit lines, bylines and bare related-headline lists', () => {
    const text = [
      'Chile and Peru sign a pact',
      '',
      'By Ana Torres',
      '',
      'Chile signed a pact with Peru on Monday.',
      '',
      'Photo caption: The Peruvian president in Lima on Monday.',
      '(Photo: Chilean officials in Santiago.)',
      '',
      'Reporting by Ana Torres in Lima; Editing by Tom Hale',
      '',
      'Related',
      'Bolivia recalls envoy from Chile',
      'Lima stocks close higher',
    ].join('\n');
    const reasons = findIgnoredSpans(text).map(s => `${s.reason}: ${s.text.split('\n')[0]}`);
    expect(reasons).toEqual([
      'byline: By Ana Torres',
      'photo caption: Photo caption: The Peruvian president in Lima on Monday.',
      'photo caption: (Photo: Chilean officials in Santiago.)',
      'reporting credit line: Reporting by Ana Torres in Lima; Editing by Tom Hale',
      'site boilerplate: a list of related articles: Related',
    ]);
    const { batch } = extractArticle({ text, publishedAt: MONDAY });
    expect(batch.actors.map(a => a.id)).not.toContain('country:BOL');
  });
});

describe('rules 0.5.0: aid, credit and investment told with nouns', () => {
  it('reads a credit line, loans and investment for a country', () => {
    expect(
      codesOf('Saudi Arabia on Tuesday agreed a $1.2 billion credit line for Pakistan.'),
    ).toEqual(['071 country:SAU -> country:PAK']);
    expect(codesOf('Japan announced $1 billion in loans to Kenya on Monday.')).toEqual([
      '071 country:JPN -> country:KEN',
    ]);
    expect(codesOf('Qatar promised $5 billion in investment in Egypt.')).toEqual([
      '061 country:QAT -> country:EGY',
    ]);
  });
});

describe('rules 0.5.0: insults and refusals', () => {
  it('calling someone a liar or corrupt is criticism (111)', () => {
    expect(
      codesOf(
        'Colombian President Andrés Villamizar called Peruvian President Rosa Quispe "a liar".',
      ),
    ).toEqual(['111 person:andres-villamizar -> person:rosa-quispe']);
  });

  it('a refusal to apologise rejects whoever demanded the apology', () => {
    const codes = codesOf(
      'Peru on Monday demanded an apology from Colombia. Colombia refused to apologise.',
    );
    expect(codes).toEqual(['100 country:PER -> country:COL', '120 country:COL -> country:PER']);
  });

  it('an offer to mediate is 039, not mediation', () => {
    expect(codesOf('Chile offered to mediate between Peru and Colombia.')).toEqual([
      '039 country:CHL -> country:PER',
      '039 country:CHL -> country:COL',
    ]);
  });
});
