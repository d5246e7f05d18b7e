/**
 * Headline acts. A headline compresses the lead: its doers are states ("Vietnam and Laos sign …",
 * "Beijing warns Washington"), its tense is the present, and the body tells the same news in full with
 * whoever really spoke, met or signed (a minister, a ministry, the two leaders). CAMEO's verbal quad
 * classes (verbal cooperation 01-05: appeals, intents, meetings, visits, praise, signing; verbal
 * conflict 10-14: demands, criticism, rejections, threats, protests) are acts people and bodies do by
 * speaking or meeting, so a verbal act told only in the headline is the body's act read with the
 * headline's metonymic doer: the annotations code it on the body's speaker, or not at all. Material acts
 * (06-09, 15-20: expelling, halting exports, detaining) and the court acts of class 11 (a lawsuit 115,
 * a finding of guilt 116) are done by the state the headline names, and stay. An act the body tells
 * too is merged with the body's telling (coder.ts) and is no headline act.
 */
import type { KgEvent } from '../../kg/kg-batch';

/** CAMEO's verbal quad classes: verbal cooperation (01-05) and verbal conflict (10-14). */
const VERBAL_QUAD_ROOTS: ReadonlySet<string> = new Set([
  '01',
  '02',
  '03',
  '04',
  '05',
  '10',
  '11',
  '12',
  '13',
  '14',
]);

/**
 * Acts of the verbal conflict classes that are done through a court, not by speaking: bringing a
 * lawsuit (115) and a finding of guilt (116). A state takes another to court, so the headline's state
 * is their doer.
 */
const COURT_ACTS: readonly string[] = ['115', '116'];

export function isVerbalQuadClass(code: string): boolean {
  if (COURT_ACTS.some(c => code.startsWith(c))) {
    return false;
  }
  return VERBAL_QUAD_ROOTS.has(code.slice(0, 2));
}

/**
 * The events without the verbal acts told only in the headline (the text before offset `headline`,
 * headline.ts), and without a headline act
 * between two states that the body tells, with the same CAMEO root, with a body or person of those
 * states as a side ("Norway detains Icelandic trawler" and "the trawler was detained by the Norwegian
 * Coast Guard"); `states` maps an actor to its state.
 */
export function withoutHeadlineVerbalActs(
  events: readonly KgEvent[],
  headline: number,
  states: ReadonlyMap<string, string> = new Map(),
): KgEvent[] {
  const onlyHeadline = (e: KgEvent): boolean => e.evidence.every(s => s.start < headline);
  const isState = (id: string): boolean => id.startsWith('country:');
  const key = (e: KgEvent): string =>
    `${e.code.slice(0, 2)}|${states.get(e.sourceId) ?? e.sourceId}|${states.get(e.targetId) ?? e.targetId}`;
  const body = new Set(
    events.filter(e => !onlyHeadline(e) && !(isState(e.sourceId) && isState(e.targetId))).map(key),
  );
  const retold = (e: KgEvent): boolean =>
    isState(e.sourceId) && isState(e.targetId) && body.has(key(e));
  return events.filter(e => !(onlyHeadline(e) && (isVerbalQuadClass(e.code) || retold(e))));
}
