import { loadSeedArticle } from '../../src/kg/seed-annotation';
import { sentenceAt, splitSentences } from '../../src/ingest/sentences';

const texts = (t: string): string[] => splitSentences(t).map(s => s.text);

describe('splitSentences', () => {
  it('keeps titles and dotted abbreviations inside the sentence', () => {
    expect(texts('Mr. Kim met Dr. Lee in the U.S. capital. They talked.')).toEqual([
      'Mr. Kim met Dr. Lee in the U.S. capital.',
      'They talked.',
    ]);
  });

  it('ends a sentence after a dotted abbreviation when the next word opens a sentence', () => {
    expect(texts('Sanctions were imposed by the U.S. The move angered Moscow.')).toEqual([
      'Sanctions were imposed by the U.S.',
      'The move angered Moscow.',
    ]);
  });

  it('handles curly quotes after the full stop, initials and paragraph breaks', () => {
    const t =
      'He said it was “a new era.” J. Smith agreed.\n\nA headline without a stop\nNext paragraph!';
    expect(texts(t)).toEqual([
      'He said it was “a new era.”',
      'J. Smith agreed.',
      'A headline without a stop',
      'Next paragraph!',
    ]);
  });

  it('gives spans that index the original text', () => {
    const { text } = loadSeedArticle().batch.article;
    const sentences = splitSentences(text);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences.map(s => s.text)).toContain(
      'Their “comradely friendship” would only get stronger, he continued.',
    );
    expect(
      sentences.find(s => s.text.startsWith('On the anniversary'))?.text.endsWith('Korea).'),
    ).toBe(true);
    expect(sentenceAt(sentences, text.indexOf('KCNA'))?.text).toMatch(/^Putin reportedly stated/);
  });
});
