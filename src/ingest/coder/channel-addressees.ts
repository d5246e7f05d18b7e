/**
 * Whom a verbal act is addressed to when its clause names no one but the channel it went by does: "had
 * asked for the water in a letter to his Palauan counterpart", "were requested by the prime minister in
 * a telephone call with his Samoan counterpart", "raised the case by telephone with the ministry". The
 * channel is an `in`, `during`, `by`, `over` or `via` oblique of the verb whose noun is a written message
 * (statement-parts.ts), a call or conversation, or the line it went by; its `to` or `with`
 * names the addressee (the people in apposition, as for a subject). Only for a verbal act (appeals,
 * intents, demands, rejections …: event-sources.ts); never one of the doers or their states.
 */
import { type Arg, type EventContext, args, withConjuncts } from './arguments';
import { withoutDoers } from './doer-side';
import { isVerbalAct } from './event-sources';
import type { SentenceView } from './sentence-view';
import { LETTER_NOUNS } from './statement-parts';

/**
 * Spoken exchanges that have a partner and the lines they go by: "in a telephone call with X", "by
 * telephone with X", "over the phone with X".
 */
const EXCHANGE_NOUNS: ReadonlySet<string> = new Set([
  'call',
  'conversation',
  'telephone',
  'phone',
  'videoconference',
]);
/** The obliques that tell the channel an act went by ("in a letter", "by telephone", "over the phone"). */
const CHANNEL_RELS: readonly string[] = ['obl:in', 'obl:during', 'obl:by', 'obl:over', 'obl:via'];
/** The nmods of a channel noun that name its addressee. */
const ADDRESSEE_RELS: readonly string[] = ['nmod:to', 'nmod:with'];

/** The addressees of the channel of the verbal act `code` at `v`, not among `doers`; else []. */
export function channelAddressees(
  view: SentenceView,
  ctx: EventContext,
  v: number,
  code: string,
  doers: ReadonlySet<string>,
): Arg[] {
  if (!isVerbalAct(code)) {
    return [];
  }
  const channels = view
    .dependents(v, ...CHANNEL_RELS)
    .filter(n => LETTER_NOUNS.has(view.lemma(n)) || EXCHANGE_NOUNS.has(view.lemma(n)));
  const addressees = withConjuncts(
    view,
    channels.flatMap(n => view.dependents(n, ...ADDRESSEE_RELS)),
  );
  return withoutDoers(
    ctx,
    doers,
    args(
      view,
      ctx,
      addressees.map((k): [number, null] => [k, null]),
      true,
    ),
  );
}
