/** Every analyst question in the playground runs as one query and returns the seed's answer. */
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples';
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function run<T>(name: string): Promise<T> {
  const example = PLAYGROUND_EXAMPLES.find(e => e.name === name);
  if (example === undefined) {
    throw new Error(`no example ${name}`);
  }
  const res = await server.gql<T>(example.query, example.variables);
  expect(res.errors).toBeUndefined();
  if (res.data === undefined) {
    throw new Error(`${name} returned no data`);
  }
  return res.data;
}

type Edges<T> = { edges: { node: T }[] };

describe('the analyst questions on the seed', () => {
  it('every example answers without errors', async () => {
    for (const example of PLAYGROUND_EXAMPLES) {
      const res = await server.gql(example.query, example.variables);
      expect({ name: example.name, errors: res.errors }).toEqual({
        name: example.name,
        errors: undefined,
      });
    }
  });

  it('2. gives the Russia-North Korea index for August 2022 and the Ukrainian break', async () => {
    const data = await run<{
      russiaNorthKorea: { start: string; count: number; goldsteinSum: number }[];
      ukraineToNorthKorea: { start: string; materialConflict: number }[];
    }>('DyadIndexPerMonth');
    expect(data.russiaNorthKorea).toEqual([
      expect.objectContaining({ start: '2022-08-01', count: 3, goldsteinSum: 11.4 }),
    ]);
    expect(data.ukraineToNorthKorea).toEqual([
      expect.objectContaining({ start: '2022-07-01', materialConflict: 1 }),
    ]);
  });

  it('4. lists Russia, then North Korea, as recognizing Donetsk', async () => {
    const data = await run<{ recognitions: { recognizer: { name: string }; since: string }[] }>(
      'WhoRecognizesDonetsk',
    );
    expect(data.recognitions.map(r => [r.recognizer.name, r.since])).toEqual([
      ['Russia', '2022-02-21'],
      ['North Korea', '2022-07-01'],
    ]);
  });

  it('5. finds Ukraine cutting ties in response to a recognition, and ties severed since', async () => {
    const data = await run<{
      country: {
        events: Edges<{
          type: { code: string };
          source: { name: string };
          respondsTo: { type: { code: string } };
        }>;
      };
      diplomaticStatus: { status: string; since: string };
    }>('WhoCutTiesWithPyongyang');
    expect(
      data.country.events.edges.map(e => [
        e.node.type.code,
        e.node.source.name,
        e.node.respondsTo.type.code,
      ]),
    ).toEqual([['161', 'Ukraine', '054']]);
    expect(data.diplomaticStatus).toMatchObject({ status: 'SEVERED', since: '2022-07-01' });
  });

  it('6. connects Ukraine to North Korea in one step (the break of ties), in four before it', async () => {
    const data = await run<{
      path: { length: number; steps: { kind: string; event: { type: { code: string } } }[] };
      beforeTheBreak: { length: number };
    }>('HowUkraineConnectsToNorthKorea');
    expect(data.path.length).toBe(1);
    expect(data.path.steps.map(s => [s.kind, s.event.type.code])).toEqual([['EVENT', '161']]);
    expect(data.beforeTheBreak.length).toBe(4);
  });

  it('7. resolves the hostile forces to the United States and the statement aimed at them', async () => {
    const data = await run<{
      actor: {
        members: { iso3: string }[];
        events: Edges<{ type: { code: string }; source: { name: string } }>;
      };
      statements: Edges<{ speaker: { name: string } }>;
    }>('WhoAreTheHostileForces');
    expect(data.actor.members).toEqual([{ id: 'country:USA', name: 'United States', iso3: 'USA' }]);
    expect(data.actor.events.edges.map(e => [e.node.type.code, e.node.source.name])).toEqual([
      ['111', 'Kim Jong Un'],
    ]);
    expect(data.statements.edges.map(e => e.node.speaker.name)).toEqual(['Kim Jong Un']);
  });

  it('8. separates the invoked history: WWII against Japan, Soviet aid, the 2019 meeting', async () => {
    const data = await run<{ events: Edges<{ summary: string; source: { name: string } }> }>(
      'HistoryInvoked',
    );
    const seed = data.events.edges
      .map(e => e.node)
      .filter(e => ['Soviet Union', 'Kim Jong Un'].includes(e.source.name));
    expect(seed.map(e => e.source.name).sort()).toEqual([
      'Kim Jong Un',
      'Soviet Union',
      'Soviet Union',
    ]);
  });

  it('9. shows every Russia-North Korea claim resting on one article, Putin’s quote carried by KCNA', async () => {
    const data = await run<{
      relationsBetween: Edges<{
        sourcing: { articleCount: number; singleSource: boolean; outlets: { name: string }[] };
      }>;
    }>('HowWellSourced');
    const sourcing = data.relationsBetween.edges.map(e => e.node.sourcing);
    expect(sourcing.every(s => s.articleCount === 1 && s.singleSource)).toBe(true);
    expect(sourcing.flatMap(s => s.outlets.map(o => o.name))).toEqual([
      'Korean Central News Agency',
    ]);
  });

  it('10. lists the possible deployment of North Korean workers to both people’s republics', async () => {
    const data = await run<{ events: Edges<{ modality: string; target: { name: string } }> }>(
      'PossibleOrPlanned',
    );
    const events = data.events.edges
      .map(e => e.node)
      .filter(e => e.target.name.endsWith("People's Republic"));
    expect(events.map(e => [e.modality, e.target.name]).sort()).toEqual([
      ['POSSIBLE', "Donetsk People's Republic"],
      ['POSSIBLE', "Luhansk People's Republic"],
    ]);
  });
});
