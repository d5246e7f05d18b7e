/**
 * Speech in a parsed sentence, from the dependency tree alone (no word lists of any article):
 * - a reporting verb is a verb whose lemma is in REPORTING_LEMMAS ("say", "tell", "warn", …);
 * - what it reports is its clausal complement (ccomp), or the clause it is a parenthetical of
 *   ("Germany will provide …, Baerbock announced": the reporting verb is the parataxis of the clause,
 *   or its root with the clause as ccomp), or a quotation right after "said:";
 * - its speaker is its nsubj (enhanced++ shares a subject with conjoined verbs: "Mirzoyan said …, but
 *   warned that …"); a verb without one takes the subject of the verb it hangs from ("responded by
 *   claiming that …", "went on to say"); a passive "it was stated that" has no speaker of its own;
 * - "according to X" is an `obl:according_to` (or nmod) of the clause's verb.
 * A negated reporting verb ("did not say what …") reports nothing.
 */
import type { NlpSentence } from '../nlp/corenlp.client';
import { Modality } from '../../schema/domain.enum';
import { isNegated, modalityOf } from './modality';
import type { SentenceView } from './sentence-view';

/**
 * Verbs that introduce what someone said, wrote or announced (lemmas). Left out: verbs whose usual
 * news sense is an act ("concluded a deal", "posted troops"), which misparses would turn into speech.
 */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'warn',
  'stress',
  'add',
  'insist',
  'write',
  'announce',
  'note',
  'claim',
  'argue',
  'declare',
  'report',
  'reply',
  'respond',
  'explain',
  'confirm',
  'acknowledge',
  'admit',
  'assert',
  'caution',
  'predict',
  'comment',
  'remark',
  'emphasise',
  'emphasize',
  'suggest',
  'project',
  'continue',
  'reiterate',
  'maintain',
  'allege',
  'estimate',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'deny',
  'tweet',
]);

/**
 * Verbs whose clause is itself a speech act, so that "X condemned …, according to Y" is X's statement
 * carried by Y rather than Y's claim about X.
 */
export const SPEECH_ACT_LEMMAS: ReadonlySet<string> = new Set([
  'condemn',
  'denounce',
  'criticise',
  'criticize',
  'accuse',
  'blame',
  'praise',
  'welcome',
  'reject',
  'urge',
  'demand',
  'protest',
  'thank',
  'hail',
  'deplore',
  'slam',
]);

/**
 * Passives that continue the speaker before them ("it was further stated that …"); an anonymous "it
 * was reported / claimed that" names no one.
 */
const CARRIED_PASSIVES: ReadonlySet<string> = new Set(['state', 'say', 'add', 'note', 'stress']);

/** Relations under which a verb takes the subject of its head ("by claiming", "to say", "and said"). */
const SUBJECT_FROM_HEAD = new Set(['xcomp', 'advcl', 'obl', 'conj']);

/** The basic dependency tree of a sentence: children by head, for subtrees. */
export class BasicTree {
  private readonly kids = new Map<number, { rel: string; dep: number }[]>();
  private readonly heads = new Map<number, { rel: string; head: number }>();

  constructor(sentence: NlpSentence) {
    for (const d of sentence.basicDependencies) {
      this.kids.set(d.governor, [
        ...(this.kids.get(d.governor) ?? []),
        { rel: d.dep, dep: d.dependent },
      ]);
      this.heads.set(d.dependent, { rel: d.dep, head: d.governor });
    }
  }

  children(i: number, ...rels: readonly string[]): number[] {
    return (this.kids.get(i) ?? [])
      .filter(k => rels.length === 0 || rels.some(r => k.rel === r || k.rel.startsWith(`${r}:`)))
      .map(k => k.dep);
  }

  head(i: number): { rel: string; head: number } | null {
    return this.heads.get(i) ?? null;
  }

  /** Token indexes of the subtree of `i`, without the subtrees of `except`, sorted. */
  subtree(i: number, except: ReadonlySet<number> = new Set()): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length > 0) {
      const h = stack.pop() as number;
      if (except.has(h)) {
        continue;
      }
      out.push(h);
      stack.push(...this.children(h));
    }
    return out.sort((a, b) => a - b);
  }
}

export interface SpeechAct {
  /** The reporting verb (token index). */
  readonly verb: number;
  /** The subject token naming the speaker, or null (passive, or none found). */
  readonly subject: number | null;
  /** The outlet that carried it ("Y quoted X as saying"), or null. */
  readonly carrier: number | null;
  /** "it was stated that": the speaker is the one of the statement before. */
  readonly passive: boolean;
  /** The reported clauses: token index lists, each one statement unless quotes split it. */
  readonly contents: readonly (readonly number[])[];
}

function isVerbLike(view: SentenceView, i: number): boolean {
  return view.token(i).pos.startsWith('VB');
}

/** The speaker's token for `v`: its nsubj, else the nsubj of the verb it hangs from. */
function subjectOf(view: SentenceView, tree: BasicTree, v: number): number | null {
  // the basic tree's subject nearest before the verb (a misparse can hang two on it), else the
  // enhanced graph's, which conjoined verbs share ("Mirzoyan said …, but warned that …")
  const basic = tree
    .children(v, 'nsubj')
    .filter(s => tree.head(s)?.rel === 'nsubj' && !/^W/.test(view.token(s).pos))
    .sort((a, b) => (a < v ? v - a : 1000 + a) - (b < v ? v - b : 1000 + b));
  const own = [
    ...basic,
    ...view.dependents(v, 'nsubj').filter(s => !view.headArcs(s).some(a => a.rel === 'nsubj:pass')),
  ];
  if (own.length > 0) {
    return own[0] ?? null;
  }
  // "the African Union, which …, said": a relative clause speaks for the noun it qualifies
  const relcl = tree.head(v);
  if (relcl?.rel === 'acl:relcl') {
    return relcl.head;
  }
  let cur = v;
  for (let depth = 0; depth < 3; depth++) {
    const h = tree.head(cur);
    const rel = h?.rel.split(':')[0] ?? '';
    // a participle the parse left loose still has its head's subject ("…, adding that …")
    const loose = rel === 'dep' && view.token(cur).pos === 'VBG';
    if (h === null || h.head === 0 || !(SUBJECT_FROM_HEAD.has(rel) || loose)) {
      return null;
    }
    // "quoted X as saying": the quote act names the speaker (quoteAct), not the quoting subject
    if (view.lemma(h.head) === 'quote') {
      return null;
    }
    const subj = view.dependents(h.head, 'nsubj');
    if (subj.length > 0) {
      return subj[0] ?? null;
    }
    cur = h.head;
  }
  return null;
}

/**
 * "…, said Sri Lanka's navy commander, Vice Admiral X": after what was said, the speaker follows the
 * verb, and the parse may take it for an object.
 */
function invertedSubject(
  view: SentenceView,
  tree: BasicTree,
  v: number,
  contents: readonly (readonly number[])[],
): number | null {
  if (contents.length === 0 || contents.some(c => c.some(i => i > v))) {
    return null;
  }
  return (
    tree
      .children(v, 'obj', 'dep', 'appos', 'nsubj')
      .find(c => c > v && view.token(c).pos.startsWith('NN')) ?? null
  );
}

/**
 * A subject the parse lost: a reporting verb hanging loose (dep) with no subject, as when a dateline
 * derails the parse ("ANKARA (Wire) - Minister X, who met …, said that …"), takes the nearest proper
 * noun before it that the parse also left loose or in apposition.
 */
function looseSubject(view: SentenceView, tree: BasicTree, v: number): number | null {
  if (tree.head(v)?.rel !== 'dep') {
    return null;
  }
  for (let t = v - 1; t >= 1; t--) {
    const rel = tree.head(t)?.rel;
    if (view.token(t).pos.startsWith('NNP') && (rel === 'dep' || rel === 'appos')) {
      return t;
    }
  }
  return null;
}

/**
 * "…, the ministry said": a reporting verb whose subject opens after a comma or a closing quote is
 * an attribution added to the sentence, even when the parse hangs it under the clause as a ccomp.
 */
function isAttribution(view: SentenceView, tree: BasicTree, c: number): boolean {
  const subject = tree
    .children(c, 'nsubj')
    .filter(s => s < c)
    .at(-1);
  const first = subject === undefined ? undefined : tree.subtree(subject)[0];
  return first !== undefined && first > 1 && /^[,”"’]$/.test(view.token(first - 1).word);
}

/** The tokens of the reported clause headed by `c`, without "that" and the according-to phrase. */
function clause(
  tree: BasicTree,
  view: SentenceView,
  c: number,
  except: ReadonlySet<number>,
): number[] {
  return tree
    .subtree(c, except)
    .filter(
      i => !(tree.head(i)?.head === c && tree.head(i)?.rel === 'mark' && view.lemma(i) === 'that'),
    );
}

/** The "according to" phrase's head on `v`, or null. */
export function accordingTo(view: SentenceView, v: number): number | null {
  const arc = view.arcsFrom(v).find(a => /^(?:obl|nmod):according_to$/.test(a.rel));
  return arc?.dep ?? null;
}

/** Every speech act of the sentence, in order of their verbs. */
export function speechActs(view: SentenceView, tree: BasicTree): SpeechAct[] {
  const out: SpeechAct[] = [];
  for (let v = 1; v <= view.size; v++) {
    if (!isVerbLike(view, v) || !REPORTING_LEMMAS.has(view.lemma(v)) || isNegated(view, v)) {
      continue;
    }
    // "will announce", "is expected to say", "could tell": nothing has been said yet
    const modality = modalityOf(view, v);
    if (modality === Modality.PLANNED || modality === Modality.POSSIBLE) {
      continue;
    }
    const according = accordingTo(view, v);
    const skip = new Set(according === null ? [] : [according]);
    const contents: number[][] = [];
    // "that …" / zero-that complements, a parenthetical clause it heads ("said: “…”"), a clause the
    // parse left loose after it ("said the support “will help …”"), and a clause before it that it
    // closes ("The measures freeze …, the Treasury Department said")
    for (const c of tree.children(v, 'ccomp', 'parataxis', 'dep', 'advcl')) {
      const rel = tree.head(c)?.rel ?? '';
      // another speech act beside this one ("…, adding that …", "…, the ministry said") is its own
      if (
        REPORTING_LEMMAS.has(view.lemma(c)) &&
        (rel !== 'ccomp' || isAttribution(view, tree, c))
      ) {
        continue;
      }
      if (!isVerbLike(view, c) && rel !== 'ccomp' && rel !== 'parataxis') {
        continue;
      }
      if (
        rel === 'advcl' &&
        (c > v || tree.children(c, 'mark').length > 0 || tree.children(c, 'nsubj').length === 0)
      ) {
        continue;
      }
      contents.push(clause(tree, view, c, skip));
    }
    const up = tree.head(v);
    if (contents.length === 0 && up !== null && up.head !== 0) {
      if (/^(?:parataxis|dep)$/.test(up.rel) || (up.rel === 'ccomp' && up.head < v)) {
        // "Germany will provide …, Baerbock announced" / "Russia, the ministry said, will …": the
        // verb is a parenthetical of the clause (of its outer verb: "X offered to mediate, Y said")
        let h = up.head;
        for (
          let a = tree.head(h);
          a !== null && a.rel === 'xcomp' && a.head !== 0;
          a = tree.head(h)
        ) {
          h = a.head;
        }
        if (h < v) {
          // everything before the attribution ("…, the Greek defence ministry said"), even words
          // the parse hung under the attribution
          const own = subjectOf(view, tree, v);
          const cut = own !== null && own < v ? (tree.subtree(own)[0] ?? v) : v;
          contents.push(clause(tree, view, h, skip).filter(i => i < cut));
        } else {
          contents.push(clause(tree, view, h, new Set([...skip, v])));
        }
      } else if (up.rel === 'csubj' && up.head > v) {
        // "X projected that collaboration … will increase", misparsed with the verb as the subject
        contents.push(tree.subtree(up.head).filter(i => i > v && !skip.has(i)));
      }
    }
    // "said his country preferred …": a zero-that clause the parse split into an object and the rest
    if (
      contents.length === 0 &&
      view.lemma(v) === 'say' &&
      tree.children(v, 'obj').some(o => o > v)
    ) {
      contents.push(tree.subtree(v, skip).filter(i => i > v));
    }
    const passive =
      CARRIED_PASSIVES.has(view.lemma(v)) &&
      (view.dependents(v, 'aux:pass').length > 0 ||
        view.dependents(v, 'nsubj:pass').some(s => view.lemma(s) === 'it'));
    const subject = passive
      ? null
      : (subjectOf(view, tree, v) ??
        invertedSubject(view, tree, v, contents) ??
        looseSubject(view, tree, v));
    out.push({
      verb: v,
      subject,
      carrier: null,
      passive,
      contents: contents.filter(c => c.length > 0),
    });
  }
  for (let v = 1; v <= view.size; v++) {
    const act = view.lemma(v) === 'quote' ? quoteAct(view, tree, v) : null;
    if (act !== null) {
      out.push(act);
    }
  }
  return out.sort((a, b) => a.verb - b.verb);
}

/**
 * "Y quoted X as saying (that) …" and "X was quoted by Y as saying …": X speaks, Y carries it; what
 * was said is the complement of "saying", or the as-clause the parse made of it.
 */
function quoteAct(view: SentenceView, tree: BasicTree, v: number): SpeechAct | null {
  const as = tree.children(v, 'advcl', 'obl').filter(c => isVerbLike(view, c));
  if (as.length === 0 || isNegated(view, v)) {
    return null;
  }
  const passive = tree.children(v, 'nsubj:pass').length > 0;
  const subject = passive ? tree.children(v, 'nsubj:pass')[0] : tree.children(v, 'obj')[0];
  const carrier = passive
    ? view.dependents(v, 'obl:agent', 'obl:by')[0]
    : tree.children(v, 'nsubj')[0];
  const contents = as.map(c => {
    const said = REPORTING_LEMMAS.has(view.lemma(c)) ? tree.children(c, 'ccomp', 'parataxis') : [];
    const loose = new Set(
      tree
        .children(c, 'dep', 'mark')
        .filter(d => REPORTING_LEMMAS.has(view.lemma(d)) || view.lemma(d) === 'as'),
    );
    return said.length > 0
      ? said.flatMap(x => clause(tree, view, x, new Set()))
      : clause(tree, view, c, loose).filter(
          i => !(tree.head(i)?.head === c && view.lemma(i) === 'as'),
        );
  });
  return subject === undefined
    ? null
    : {
        verb: v,
        subject,
        carrier: carrier ?? null,
        passive: false,
        contents: contents.filter(c => c.length > 0),
      };
}

/** Verbs that attribute quoted words to their subject: "called the expulsion “unjustified”". */
const QUOTING_LEMMAS: ReadonlySet<string> = new Set([
  ...SPEECH_ACT_LEMMAS,
  'call',
  'describe',
  'dismiss',
  'brand',
  'label',
  'term',
]);

/** A verb that attributes the quotations inside `scope` (its phrase, without its subject) to `subject`. */
export interface QuotingAct {
  readonly verb: number;
  readonly subject: number | null;
  readonly scope: ReadonlySet<number>;
}

/**
 * Speech acts that carry quoted words in their arguments ("Minsk rejected the accusation as “…”",
 * "accusing them of meeting opposition figures “…”", "what he described as “…”").
 */
export function quotingActs(view: SentenceView, tree: BasicTree): QuotingAct[] {
  const out: QuotingAct[] = [];
  for (let v = 1; v <= view.size; v++) {
    if (!isVerbLike(view, v) || !QUOTING_LEMMAS.has(view.lemma(v)) || isNegated(view, v)) {
      continue;
    }
    const modality = modalityOf(view, v);
    if (modality === Modality.PLANNED || modality === Modality.POSSIBLE) {
      continue;
    }
    const subject = subjectOf(view, tree, v);
    const skip = new Set([
      ...tree.children(v, 'nsubj', 'csubj'),
      ...tree.children(v, 'ccomp', 'parataxis', 'conj').filter(c => isVerbLike(view, c)),
    ]);
    out.push({ verb: v, subject, scope: new Set(tree.subtree(v, skip)) });
  }
  return out;
}
