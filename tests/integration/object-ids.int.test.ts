/**
 * Ids of the types whose identity is composite (docs/client-ids.md): the same object reached through two
 * root fields carries the same id, and distinct objects distinct ids, so a normalising cache neither
 * splits nor merges them wrongly.
 */
import { type TestServer, startTestServer } from '../helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface Ev {
  id: string;
  type: { id: string; code: string };
  sourcing: { id: string };
  evidence: { id: string; start: number; end: number; article: { id: string } }[];
}

describe('composite ids', () => {
  it('agree between root fields: a recognition event and its evidence, found as an event', async () => {
    const res = await server.gql<{
      recognitions: {
        id: string;
        recognizer: { id: string };
        event: Ev;
        evidence: { id: string }[];
      }[];
      events: { edges: { node: Ev }[] };
      eventTypes: { id: string; code: string }[];
    }>(`{
      recognitions(of: "territory:donetsk-peoples-republic") {
        id recognizer { id }
        event { id type { id code } sourcing { id } evidence { id start end article { id } } }
        evidence { id }
      }
      events(filter: { cameoCode: ["054"] }, first: 50) {
        edges { node { id type { id code } sourcing { id } evidence { id start end article { id } } } }
      }
      eventTypes(root: "05") { id code }
    }`);
    expect(res.errors).toBeUndefined();
    const data = res.data;
    if (data === undefined) {
      throw new Error('no data');
    }
    expect(data.recognitions.length).toBeGreaterThan(0);
    for (const r of data.recognitions) {
      expect(r.id).toBe(`${r.recognizer.id}|territory:donetsk-peoples-republic`);
      const same = data.events.edges.find(e => e.node.id === r.event.id)?.node;
      expect(same).toEqual(r.event);
      expect(r.event.sourcing.id).toBe(r.event.id);
      for (const span of r.event.evidence) {
        expect(span.id).toBe(`${span.article.id}|${span.start}-${span.end}`);
      }
      expect(r.evidence.map(e => e.id)).toEqual(
        expect.arrayContaining(r.event.evidence.map(e => e.id)),
      );
    }
    expect(data.eventTypes.every(t => t.id === t.code)).toBe(true);
    expect(data.eventTypes.map(t => t.id)).toContain(data.recognitions[0]?.event.type.id);
  });

  it('are distinct for distinct offices, buckets and path steps', async () => {
    const res = await server.gql<{
      actor: { offices: { id: string }[] };
      both: { id: string }[];
      directed: { id: string }[];
      path: { id: string; steps: { id: string }[] };
    }>(`{
      actor(id: "person:vladimir-putin") { offices { id } }
      both: dyadTimeline(a: "country:RUS", b: "country:PRK") { id }
      directed: dyadTimeline(a: "country:RUS", b: "country:PRK", directed: true) { id }
      path(from: "country:UKR", to: "country:PRK", maxHops: 4, until: "2022-06-30") { id steps { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const data = res.data;
    if (data === undefined) {
      throw new Error('no data');
    }
    const unique = (ids: string[]) => new Set(ids).size === ids.length;
    expect(data.actor.offices.length).toBeGreaterThan(0);
    expect(unique(data.actor.offices.map(o => o.id))).toBe(true);
    expect(data.both.length).toBeGreaterThan(0);
    // The same months counted two ways must not share an id.
    expect(unique([...data.both, ...data.directed].map(b => b.id))).toBe(true);
    expect(data.path.steps.length).toBe(4);
    expect(unique(data.path.steps.map(s => s.id))).toBe(true);
    expect(data.path.id).toBe(data.path.steps.map(s => s.id).join(' > '));
  });
});
