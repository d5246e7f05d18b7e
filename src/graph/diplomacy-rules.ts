/**
 * How recognitions and the state of diplomatic ties are derived from CAMEO-coded events. Events stay
 * the source of truth; nothing here is stored. The codes are read from seeds/cameo-event-codes.tsv:
 *
 * - 054 "Grant diplomatic recognition" is the recognition event, and between two states it is also
 *   the table's only code that establishes (or restores) diplomatic relations: ties become ACTIVE.
 * - 161 "Reduce or break diplomatic relations" is the only code about diplomatic relations among the
 *   16x "Reduce relations" codes (162-166 are aid, sanctions, negotiations, mediation, expulsions; 160
 *   is unspecified): ties become SEVERED. CAMEO does not tell a downgrade from a break, so SEVERED means
 *   "reduced or broken".
 * - Meetings, visits, praise or agreements (04x, 051, 057...) happen without formal ties, so they do
 *   not decide the status.
 */
import { Modality } from '../schema/domain.enum';
import { TiesStatus } from '../schema/diplomatic-status.type';

/** CAMEO code (prefix) of a recognition event. */
export const RECOGNITION_CODE = '054';

/** Events that did not happen (yet): they neither recognize nor change ties. */
export const UNREALIZED_MODALITIES: readonly Modality[] = [Modality.POSSIBLE, Modality.PLANNED];

/** Codes that decide the state of ties, by prefix (a 4-digit sub-code counts as its parent). */
export const TIES_RULES: readonly { readonly codePrefix: string; readonly status: TiesStatus }[] = [
  { codePrefix: '161', status: TiesStatus.SEVERED },
  { codePrefix: RECOGNITION_CODE, status: TiesStatus.ACTIVE },
];

export function tiesStatusOfCode(code: string): TiesStatus | null {
  return TIES_RULES.find(r => code.startsWith(r.codePrefix))?.status ?? null;
}

export interface TiesEvent {
  readonly typeCode: string;
}

export interface TiesDecision<E extends TiesEvent> {
  readonly status: TiesStatus;
  /** The event that put the ties in this status (the first of a run of events agreeing with it). */
  readonly decidedBy: E | null;
}

/**
 * Folds the deciding events between two states, oldest first, all dated on or before the date asked
 * about. Without any, the status is UNKNOWN: the graph holds no evidence either way, which is not
 * evidence that ties exist. A repeated status (a second break after a break) keeps the first event, so
 * `since` is when the current status began.
 */
export function decideTies<E extends TiesEvent>(events: readonly E[]): TiesDecision<E> {
  let decision: TiesDecision<E> = { status: TiesStatus.UNKNOWN, decidedBy: null };
  for (const event of events) {
    const status = tiesStatusOfCode(event.typeCode);
    if (status !== null && status !== decision.status) {
      decision = { status, decidedBy: event };
    }
  }
  return decision;
}
