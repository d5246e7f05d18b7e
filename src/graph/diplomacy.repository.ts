import { DiplomaticStatus } from '../schema/diplomatic-status.type';
import type { Event } from '../schema/event.type';
import type { Evidence } from '../schema/evidence.type';
import { Recognition } from '../schema/recognition.type';
import type { GraphClient } from './graph-client';
import { RECOGNITIONS_OF, TIES_EVENTS } from './cypher/diplomacy.cypher';
import { decideTies, RECOGNITION_CODE, TIES_RULES, UNREALIZED_MODALITIES } from './diplomacy-rules';

/** Evidence spans of several events, each span once, in the events' order. */
function evidenceOf(events: readonly Event[]): Evidence[] {
  const seen = new Set<string>();
  return events.flatMap(e =>
    e.evidence.filter(span => {
      const key = `${span.articleId}|${span.start}|${span.end}`;
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    }),
  );
}

export class DiplomacyRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Who recognizes `id`, ordered by the date of their first recognition (undated last). */
  async recognitionsOf(id: string): Promise<Recognition[]> {
    const rows = await this.graph.read<{ recognizerId: string; events: Event[] }>(RECOGNITIONS_OF, {
      of: id,
      code: RECOGNITION_CODE,
      unrealized: UNREALIZED_MODALITIES,
    });
    return rows.flatMap(({ recognizerId, events }) => {
      const [first] = events;
      return first === undefined
        ? []
        : [
            Object.assign(new Recognition(), {
              recognizerId,
              recognizedId: id,
              since: first.date,
              sincePrecision: first.date === null ? null : first.datePrecision,
              event: first,
              evidence: evidenceOf(events),
            }),
          ];
    });
  }

  /** The state of ties between `a` and `b` on `at` (YYYY-MM-DD); null when either actor is unknown. */
  async tiesBetween(a: string, b: string, at: string): Promise<DiplomaticStatus | null> {
    const [row] = await this.graph.read<{ known: number; events: Event[] }>(TIES_EVENTS, {
      a,
      b,
      from: null,
      to: at,
      directed: false,
      unrealized: UNREALIZED_MODALITIES,
      codePrefixes: TIES_RULES.map(r => r.codePrefix),
    });
    if (row === undefined || row.known < 2) {
      return null;
    }
    const { status, decidedBy } = decideTies(row.events);
    return Object.assign(new DiplomaticStatus(), {
      status,
      at,
      since: decidedBy?.date ?? null,
      sincePrecision: decidedBy?.datePrecision ?? null,
      basedOn: decidedBy,
    });
  }
}
