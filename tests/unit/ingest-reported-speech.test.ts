import { validateBatch } from '../../src/kg/kg-batch';
import { extractArticle } from '../../src/ingest/pipeline';

function statementsOf(text: string, publishedAt: string | null = '2024-05-16T08:00:00Z') {
  const { batch } = extractArticle({ text, publishedAt });
  expect(validateBatch(batch)).toEqual([]);
  return batch.statements;
}

describe('reported speech of rules 0.4.0', () => {
  it('reads a leading "According to <outlet>, …" as the outlet\'s report', () => {
    const [s, ...rest] = statementsOf(
      'According to the Anadolu Agency, the two sides could meet again within a month.',
    );
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      speakerId: 'media:anadolu',
      reportedById: 'media:anadolu',
      reportingVerb: 'according to',
    });
    expect(s?.span.text).toBe('the two sides could meet again within a month');
  });

  it('gives a leading "According to <person>, …" to the person, and "According to … the Foreign Ministry" to it', () => {
    const [p] = statementsOf(
      'Foreign Minister Ama Owusu spoke in Accra. According to Owusu, the border will reopen.',
    );
    expect(p).toMatchObject({ speakerId: 'person:ama-owusu', reportedById: null });
    const [m] = statementsOf('According to the Ghanaian Foreign Ministry, talks resume on Monday.');
    expect(m).toMatchObject({ speakerId: 'org:gha-foreign-ministry' });
    expect(m?.span.text).toBe('talks resume on Monday');
  });

  it('credits "the <Demonym> leader said" to that leader, reported by the outlet named', () => {
    const statements = statementsOf(
      'Argentine President Javier Milei spoke in Madrid.\n\n' +
        '"I will not apologise," the Argentine leader said on Monday, according to the Spanish news agency EFE.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      speakerId: 'person:javier-milei',
      reportedById: 'media:efe',
      direct: true,
    });
  });

  it('reads "replied that" as speech, and a person with no title who speaks', () => {
    const statements = statementsOf(
      'Kofi Mensah replied that Ghana wanted "partners, not patrons" in the region.',
    );
    expect(statements.map(s => s.speakerId)).toEqual(['person:kofi-mensah']);
    expect(statements[0]?.span.text).toContain('partners, not patrons');
  });

  it('gives "the UN\'s World Food Programme said" to the programme', () => {
    const [s] = statementsOf(
      "Aid could reach Darfur within weeks, the UN's World Food Programme said.",
    );
    expect(s).toMatchObject({ speakerId: 'org:wfp' });
  });
});
