/**
 * What the PETRARCH dictionaries don't cover: the ONE hand-typed list of verb readings the coder adds
 * to CAMEO.2.0 (src/ingest/dictionaries/generated/cameo-verbs.json). Each entry is a general CAMEO
 * reading a human coder would agree with, never a phrase of one article. They are tried before the
 * dictionary, so an entry here also corrects a dictionary reading that codes a different root:
 * - signing an agreement of any kind is 057 both ways (CAMEO.2.0 codes "sign a trade agreement" as 0311,
 *   intent, and "sign a loan deal" as 061; the codebook's 057 is "sign formal agreement");
 * - cutting, severing, ending or suspending ties or relations is 161 (the dictionary has only "sever");
 * - holding joint exercises or patrols is military cooperation (062) both ways;
 * - welcoming anything but a visitor is praise (051; CAMEO.2.0 has 052 and 043 patterns); lodging a
 *   protest or a complaint is 114 (the dictionary's LODGE reads 110);
 * - closing an embassy or consulate is 161; closing a border crossing restricts movement (191) and
 *   reopening it eases the restriction (0872); receiving or welcoming a person is hosting (043);
 * - summoning an envoy is a protest (114), travelling to or arriving in a state a visit (042:043);
 * - recalling any envoy, a high commissioner or a permanent representative as an ambassador is
 *   recalled, reduces relations (161, "Reduce or break diplomatic relations"; CAMEO.2.0's RECALL has
 *   only "* AMBASSADOR" and "* DIPLOMAT");
 * - lowering, cutting or scrapping tariffs or duties (on another's goods) expands trade with it (061,
 *   "Cooperate economically: initiate, resume, improve, or expand economic exchange"; the dictionary
 *   has no pattern for these verbs over a tariff), as imposing them is a sanction (163);
 * - "agree to" + an act the dictionary does not code is intent (030), not agreement (050);
 * - "called X \"a liar\"" (a quoted label) is an insult (111); "called it a provocation" names, it is
 *   not a phone call (041): no reading;
 * - discussing anything is consultation (040 both ways; CAMEO.2.0 codes "discuss investment" 0311);
 * - "urge" is missing altogether; "call on / upon X to" is an appeal (020), also where the parser makes
 *   "on" a mark of the clause asked for and X its subject, or the particle of "call" and X its object;
 * - "order X to leave" is an expulsion (174; diplomats make it 161, conventions.ts);
 * - "offer to mediate" is 039, "offer to host" 043 (the dictionary codes the offer as 030); an offer
 *   to host the parties' talks or to help them settle is an offer to mediate (039, mediation-offers.ts);
 * - refusing or declining is a rejection (120; CAMEO.2.0 has no REFUSE or DECLINE): with nothing named
 *   it answers the last demand aimed at the one refusing (reactions.ts); denying a clause ("denied that
 *   …") is a denial (016, as CAMEO.2.0's DENY patterns code "deny the accusation"), aimed at the accuser;
 * - mediating or brokering is mediation (045; CAMEO.2.0 reads MEDIATE as 080 unless "between" follows);
 * - hosting talks, a meeting or a summit is hosting (043; CAMEO.2.0 reads "host talks between" 039);
 * - halting, suspending, freezing or restricting exports, sales, export permits or shipments to a state
 *   is an embargo (163; the dictionary has no pattern for most of these);
 * - training another state's forces or crews is military cooperation (062), training its nurses or
 *   teachers aid (070; CAMEO.2.0 files TRAIN under PREPARE, 030, and "train forces" as 072);
 * - ordering a state to close its embassy or consulate reduces relations (161), as closing one does;
 * - taking or bringing a case or dispute to a court is no act on the court (the dictionary's TAKE reads
 *   171, seize): a lawsuit (115) against the doer of the act "the case" points back to (case-parties.ts),
 *   elsewhere no reading, as the one sued is rarely in the clause.
 * - inviting someone to visit, attend or meet is an intent to meet (036; CAMEO.2.0's INVITE reads 040);
 * - raising an issue with someone is 040 (raised-matters.ts); asking a court to rule no act (court-rulings.ts);
 * - taking, bringing or dragging a state to (or before) a court or tribunal is a lawsuit against it
 *   (115, "Sue, bring a lawsuit against"; TAKE reads 171), the court only where the case goes (`venue`:
 *   never a target);
 * - blocking another's talks, bid, membership or application is a veto (129; CAMEO.2.0 files BLOCK
 *   under EXCLUDE, 170);
 * - suspending a state (from a bloc) reduces relations (161, as leaving a bloc is; SUSPEND reads
 *   1721), suspending or ending cooperation with it is 160;
 * - agreeing (vowing, pledging) to stop or cease firing, fighting or hostilities is the ceasefire itself
 *   (087 both ways, as "agree a truce" is), not intent to yield (034) or agreement (050);
 * - signing an arrangement is signing an agreement (AGREEMENTS); the signers witnessing (attending) the
 *   signing of memoranda are the signing (057 both ways; WITNESS has no pattern);
 * - a court ordering or finding against a state is 116 (ORDER reads 100, a demand; court-rulings.ts);
 * - giving a state until a date to act is a demand (100; GIVE reads 060, material cooperation);
 * - sending police, peacekeepers or engineers to a state keeps order there (074; SEND * POLICE is 153);
 * - extending or imposing a ban on aircraft or airspace restricts movement (191; a ban on goods stays 163); cutting
 *   off supplies to a state is an embargo (163; CAMEO.2.0 reads CUT SUPPLIES 162, cutting aid);
 * - paying another money (an iobj, no "for") or paying off its arrears is aid (071; PAY * &CURRENCY
 *   is 061, as paying for a purchase is);
 * - leaving or fleeing a country is no act (LEAVE is filed under GO_SOMEWHERE, 040);
 * - regretting anything is a comment on it (012, a saying: no event; REGRET reads 110, which the
 *   annotations give "regretted the decision" once in five).
 * An entry's fields and the test of whether it holds at a verb are in supplement-entry.ts.
 */
import type { DirectedCodes } from '../dictionaries/dictionary.types';
import type { SentenceView } from './sentence-view';
import { type SupplementEntry, holds } from './supplement-entry';
import { asksRuling, courtSubject } from './court-rulings';
import { bansCarriers, paysOther } from './trade-acts';
import { RAISED, raisedWithForum } from './raised-matters';
import { CHARGES } from './object-phrase';
import {
  AGREEMENTS,
  ANSWERED,
  BIDS,
  COURT_PREPS,
  CASES,
  COURTS,
  CROSSINGS,
  DRILLS,
  ENVOYS,
  FIRING,
  FORCES,
  HELPING,
  HOSTING,
  KEEPERS,
  MISSIONS,
  OFFERS,
  PROTESTS,
  TALKS,
  TARIFF_CUTS,
  TIES,
  TITLED_ENVOYS,
  TRADE,
} from './supplement-words';

/** Does the verb at `v` take a clause and no object ("denied that …", "denied having …")? */
const deniesClause = (view: SentenceView, v: number): boolean =>
  view.dependents(v, 'obj').length === 0 &&
  (view.dependents(v, 'ccomp').length > 0 || view.dependents(v, 'xcomp').length > 0);

/**
 * Does the verb at `v` reject an act of another party: its object (or passive subject) one of
 * `ANSWERED`, or "what it called N" (the parser hangs "called" as a ccomp with "what" its object)?
 */
function rejectsAct(view: SentenceView, v: number): boolean {
  const objs = [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')];
  if (objs.some(o => ANSWERED.includes(view.lemma(o)))) {
    return true;
  }
  return view
    .dependents(v, 'ccomp')
    .some(
      c =>
        view.lemma(c) === 'call' && view.dependents(c, 'obj').some(o => view.lemma(o) === 'what'),
    );
}

/**
 * "called on X to …" where the parse gives "call" a to-clause (an xcomp, which would otherwise read as
 * naming: "called it a provocation"): "on" / "upon" the particle of "call" with X its object, or the
 * preposition of an oblique X.
 */
function calledUpon(view: SentenceView, v: number): boolean {
  const asked = view
    .dependents(v, 'xcomp')
    .some(c => view.dependents(c, 'mark').some(m => view.lemma(m) === 'to'));
  const particle =
    view.dependents(v, 'compound:prt').some(p => ['on', 'upon'].includes(view.lemma(p))) &&
    view.dependents(v, 'obj').length > 0;
  return asked && (particle || view.dependents(v, 'obl:on', 'obl:upon').length > 0);
}

/**
 * One's own envoy is recalled ("recalled its envoy", not "the envoy of Nauru"); a title names an envoy
 * only with its modifier.
 */
const ownEnvoy = (view: SentenceView, v: number): boolean =>
  [...view.dependents(v, 'obj'), ...view.dependents(v, 'nsubj:pass')].every(o => {
    const mod = TITLED_ENVOYS.get(view.lemma(o));
    const titled = view.dependents(o, 'amod').some(k => view.lemma(k).toLowerCase() === mod);
    return view.dependents(o, 'nmod:of').length === 0 && (mod === undefined || titled);
  });
const both = (code: string): DirectedCodes => ({ forward: code, reverse: code });
const one = (code: string): DirectedCodes => ({ forward: code, reverse: null });
const none: DirectedCodes = { forward: null, reverse: null };
const VISIT = { forward: '042', reverse: '043' };

const SUPPLEMENT: readonly SupplementEntry[] = [
  { verbs: ['sign', 'ink'], objects: AGREEMENTS, code: both('057') },
  { verbs: ['cut', 'sever', 'end', 'break', 'suspend'], objects: TIES, code: one('161') },
  {
    verbs: ['hold', 'conduct', 'stage'],
    objects: DRILLS,
    objectMods: ['joint'],
    code: both('062'),
  },
  { verbs: ['summon'], objects: ENVOYS, code: one('114') },
  {
    verbs: ['recall'],
    objects: [...ENVOYS, ...TITLED_ENVOYS.keys()],
    when: ownEnvoy,
    code: one('161'),
  },
  { verbs: TARIFF_CUTS, objects: CHARGES, code: one('061') },
  { verbs: ['suspend'], stateObject: true, code: one('161') },
  { verbs: ['suspend', 'freeze', 'halt', 'end'], objects: ['cooperation'], code: one('160') },
  { verbs: ['close', 'shut'], objects: MISSIONS, code: one('161') },
  { verbs: ['close', 'shut', 'seal'], objects: CROSSINGS, code: one('191') },
  { verbs: ['reopen'], objects: CROSSINGS, code: both('0872') },
  { verbs: ['receive', 'welcome', 'greet'], personObject: true, code: one('043') },
  { verbs: ['welcome', 'hail', 'applaud'], code: one('051') },
  { verbs: ['lodge', 'file', 'deliver', 'hand', 'send'], objects: PROTESTS, code: one('114') },
  // "flew relief to Honiara" carries its object: no visit (verb-match.ts reads it as SEND)
  {
    verbs: ['travel', 'fly', 'journey'],
    prep: 'to',
    when: (view, v) => view.dependents(v, 'obj').length === 0,
    code: VISIT,
  },
  { verbs: ['arrive'], prep: 'in', code: VISIT },
  {
    verbs: ['agree', 'commit', 'pledge', 'promise', 'vow'],
    xcomps: ['stop', 'cease', 'halt', 'end', 'suspend'],
    xcompObjects: FIRING,
    code: both('087'),
  },
  { verbs: ['agree'], anyXcomp: true, code: one('030') },
  { verbs: ['call', 'label', 'brand'], quotedLabel: true, code: one('111') },
  // "called on Malawi to release …" with "on" parsed as the verb's particle and the one asked its object:
  // an appeal, not a naming ("called it a provocation") for all its xcomp
  { verbs: ['call'], when: calledUpon, code: one('020') },
  { verbs: ['call', 'label', 'brand'], anyXcomp: true, code: none },
  { verbs: ['discuss'], code: both('040') },
  { verbs: ['urge'], code: one('020') },
  { verbs: ['call'], prep: 'on', code: one('020') },
  { verbs: ['call'], prep: 'upon', code: one('020') },
  { verbs: ['call'], calledOn: true, code: one('020') },
  { verbs: ['order', 'tell', 'instruct'], xcomps: ['leave', 'depart'], code: one('174') },
  { verbs: ['offer', 'propose'], xcomps: ['mediate'], code: one('039') },
  { verbs: ['mediate', 'broker'], code: one('045') },
  { verbs: ['refuse', 'decline'], code: one('120') },
  // "rejected the order as …", "dismissed the plan", "rejected what it called interference": an
  // answer to another party's act (REJECT has no plain reading, DISMISS reads 110)
  { verbs: ['reject', 'dismiss'], when: rejectsAct, code: one('120') },
  // "turned down the request": TURN has no DOWN reading in CAMEO.2.0
  {
    verbs: ['turn'],
    when: (view, v) => view.dependents(v, 'compound:prt').some(p => view.lemma(p) === 'down'),
    code: one('120'),
  },
  // "denied that its soldiers had crossed": a denial told by its clause, as "denied the charge" is
  { verbs: ['deny'], when: deniesClause, code: one('016') },
  { verbs: ['host'], objects: TALKS, code: one('043') },
  {
    verbs: ['halt', 'suspend', 'stop', 'freeze', 'restrict', 'curb', 'cut'],
    objects: TRADE,
    code: one('163'),
  },
  { verbs: ['train'], objects: FORCES, code: one('062') },
  { verbs: ['train', 'educate'], code: one('070') },
  {
    verbs: ['order', 'instruct', 'force'],
    xcomps: ['close', 'shut'],
    xcompObjects: MISSIONS,
    code: one('161'),
  },
  {
    verbs: ['take', 'bring', 'refer'],
    objects: CASES,
    venue: { preps: COURT_PREPS, nouns: COURTS },
    code: one('115'),
  },
  { verbs: ['take', 'bring', 'refer'], objects: CASES, code: none },
  // "will ask the ICJ to rule that Chile has breached …": a suit against the state ruled on, not an
  // appeal to the court (the annotations never code 02x on a court); "to rule out" a step stays
  { verbs: ['ask', 'request', 'petition'], when: asksRuling, code: none },
  {
    verbs: ['take', 'bring', 'drag', 'haul'],
    venue: { preps: COURT_PREPS, nouns: COURTS },
    code: one('115'),
  },
  { verbs: ['block'], objects: BIDS, code: one('129') },
  { verbs: ['invite'], xcomps: ['visit', 'attend', 'meet', 'come', 'join'], code: one('036') },
  { verbs: ['raise'], objects: RAISED, when: raisedWithForum, code: none },
  { verbs: ['raise'], objects: RAISED, code: one('040') },
  {
    verbs: OFFERS,
    xcomps: [...HOSTING, ...HELPING],
    mediation: true,
    code: one('039'),
  },
  { verbs: ['offer', 'propose'], xcomps: ['host'], code: { forward: '043', reverse: '042' } },
  { verbs: ['witness', 'attend', 'oversee'], objects: ['signing'], code: both('057') },
  { verbs: ['order', 'find'], when: courtSubject, code: one('116') },
  {
    verbs: ['give', 'grant'],
    when: (view, v) => view.dependents(v, 'obl:until').length > 0,
    code: one('100'),
  },
  { verbs: ['send', 'deploy', 'dispatch'], objects: KEEPERS, prep: 'to', code: one('074') },
  {
    verbs: ['extend', 'impose', 'keep', 'announce'],
    objects: ['ban'],
    when: bansCarriers,
    code: one('191'),
  },
  { verbs: ['leave', 'flee'], stateObject: true, code: none },
  { verbs: ['pay'], objects: ['arrear', 'arrears', 'debt'], code: one('071') },
  { verbs: ['pay'], when: paysOther, code: one('071') },
  { verbs: ['regret'], code: one('012') },
];

export interface SupplementMatch {
  readonly code: DirectedCodes;
  readonly preps: readonly string[];
  /** The venue's prepositions ("to", "before" the court): where the act is taken, not its target. */
  readonly venues: readonly string[];
}

/** The supplement's reading of the verb at `v`, or null. */
export function matchSupplement(view: SentenceView, v: number): SupplementMatch | null {
  const e = SUPPLEMENT.find(x => holds(view, v, x));
  return e === undefined
    ? null
    : {
        code: e.code,
        preps: e.prep === undefined ? [] : [e.prep],
        venues: e.venue?.preps ?? [],
      };
}

/** Is the verb at `v` read by the supplement through its xcomp (the xcomp itself is then not coded)? */
export function readsXcomp(view: SentenceView, v: number): boolean {
  return SUPPLEMENT.some(e => e.xcomps !== undefined && holds(view, v, e));
}
