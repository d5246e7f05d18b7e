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
import { type BasicTree, clause, isVerbLike } from './basic-tree';
import { isNegated, isUnrealised, modalityOf, strayModals } from './modality';
import { finalAttribution } from './final-attributions';
import { DOCUMENT_NOUNS } from './statement-parts';
import { gaplessRelatives, looseRest } from './loose-complements';
import { passiveAgent } from './passive-speakers';
import { quoteAct } from './quoting';
import { relativeSubject } from './relative-pronouns';
import type { SentenceView } from './sentence-view';
import { CARRIED_PASSIVES, REPORTING_LEMMAS, SPEECH_ACT_LEMMAS } from './speech-lemmas';
import {
  invertedSubject,
  isAttribution,
  looseSubject,
  loweredConjunct,
  participleSubject,
  phraseBeforeVerb,
  subjectOf,
} from './speech-subjects';

export { BasicTree } from './basic-tree';
export { quotingActs } from './quoting';
export { REPORTING_LEMMAS, SPEECH_ACT_LEMMAS } from './speech-lemmas';

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

/** The "according to" phrase's head on `v`, or null. */
export function accordingTo(view: SentenceView, v: number): number | null {
  const arc = view.arcsFrom(v).find(a => /^(?:obl|nmod):according_to$/.test(a.rel));
  return arc?.dep ?? null;
}

/**
 * "…, an accusation the Salvadoran government has always denied": a noun before the verb's subject that
 * the parse hung on the verb is the object a contact relative clause refers back to, so the verb is
 * no attribution of the clause before it.
 */
function frontedObject(view: SentenceView, tree: BasicTree, v: number): boolean {
  const subject = tree.children(v, 'nsubj').find(t => t < v);
  return (
    subject !== undefined &&
    tree.children(v, 'dep', 'obj').some(t => t < subject && view.token(t).pos.startsWith('NN'))
  );
}

/**
 * "Rwanda would not retaliate, she added, and its own border posts would stay open": a clause with a
 * subject of its own conjoined after a parenthetical attribution goes on with what was said, as a
 * statement of its own; a second speech act there ("…, she said, and added that …") is read by itself.
 */
function carriedOn(
  view: SentenceView,
  tree: BasicTree,
  h: number,
  v: number,
  skip: ReadonlySet<number>,
): number[][] {
  return tree
    .children(h, 'conj')
    .filter(
      c =>
        c > v &&
        tree.children(c, 'nsubj', 'nsubj:pass').length > 0 &&
        !REPORTING_LEMMAS.has(view.lemma(c)) &&
        !SPEECH_ACT_LEMMAS.has(view.lemma(c)),
    )
    .map(c => clause(tree, view, c, new Set([...skip, ...tree.children(c, 'cc')])));
}

/** The attribution opening at token `first` follows a comma, a dash, a colon or a closing quote. */
function setOff(view: SentenceView, first: number): boolean {
  return first > 1 && /^(?:[,;:”"’'—–-]|''|--)$/u.test(view.token(first - 1).word);
}

/** Every speech act of the sentence, in order of their verbs. */
export function speechActs(view: SentenceView, tree: BasicTree): SpeechAct[] {
  const out: SpeechAct[] = [];
  // the clauses a closing attribution reports ("<clause>, the minister said.", finalAttribution)
  const reported: number[] = [];
  for (let v = 1; v <= view.size; v++) {
    if (!isVerbLike(view, v) || !REPORTING_LEMMAS.has(view.lemma(v)) || isNegated(view, v)) {
      continue;
    }
    // "will announce", "is expected to say", "could tell": nothing has been said yet
    if (isUnrealised(modalityOf(view, v)) && !strayModals(view, v)) {
      continue;
    }
    const according = accordingTo(view, v);
    const skip = new Set(according === null ? [] : [according]);
    const contents: number[][] = [];
    // "that …" / zero-that complements, a parenthetical clause it heads ("said: “…”"), a clause the
    // parse left loose after it ("said the support “will help …”"), and a clause before it that it
    // closes ("The measures freeze …, the Treasury Department said")
    for (const c of tree.children(v, 'ccomp', 'parataxis', 'dep', 'advcl', 'xcomp')) {
      const rel = tree.head(c)?.rel ?? '';
      // "said the vote had been free": an xcomp with a subject of its own is a clause misparsed
      const ownSubject = tree.children(c, 'nsubj', 'nsubj:pass').length > 0;
      if (rel === 'xcomp' && (!ownSubject || c < v)) {
        continue;
      }
      // another speech act beside this one ("…, adding that …", "…, the ministry said") is its own
      if (
        REPORTING_LEMMAS.has(view.lemma(c)) &&
        (rel !== 'ccomp' || isAttribution(view, tree, c))
      ) {
        continue;
      }
      if (!isVerbLike(view, c) && rel !== 'ccomp' && rel !== 'parataxis' && rel !== 'xcomp') {
        continue;
      }
      // "…, the ministry said, prompting Athens to send warships": a participle after the
      // attribution tells what followed, not what was said
      if (
        rel === 'dep' &&
        c > v &&
        view.token(c).pos === 'VBG' &&
        view.token(c - 1).word === ',' &&
        tree.children(c, 'nsubj', 'mark').length === 0
      ) {
        continue;
      }
      // "Speaking in Apia, Faleolo said …": a participle opening the sentence before the speaker
      // tells how it was said
      const opening = tree.subtree(c);
      if (
        rel === 'dep' &&
        view.token(c).pos === 'VBG' &&
        opening[0] === 1 &&
        view.token((opening.at(-1) ?? c) + 1).word === ',' &&
        tree.children(v, 'nsubj').some(s => s > (opening.at(-1) ?? c) && s < v)
      ) {
        continue;
      }
      if (
        rel === 'advcl' &&
        (c > v || tree.children(c, 'mark').length > 0 || tree.children(c, 'nsubj').length === 0)
      ) {
        continue;
      }
      // "assured him that Baghdad would respect …, according to KUNA": the source is not what was said;
      // "said the court had no authority … and called on X to …": the speaker's second act is not
      const source = accordingTo(view, c);
      const acts = tree.subtree(c).filter(t => t !== c && loweredConjunct(view, tree, t) === v);
      contents.push(
        clause(tree, view, c, new Set([...skip, ...acts, ...(source === null ? [] : [source])])),
      );
    }
    const up = tree.head(v);
    // "a group that the service said works for …": a verb with a "that" of its own is no parenthetical
    const complementized = tree.children(v, 'mark').some(t => t < v && view.lemma(t) === 'that');
    if (
      contents.length === 0 &&
      up !== null &&
      up.head !== 0 &&
      !frontedObject(view, tree, v) &&
      !complementized
    ) {
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
          const own = subjectOf(view, tree, v) ?? looseSubject(view, tree, v);
          const cut = own !== null && own < v ? (tree.subtree(own)[0] ?? v) : v;
          // a parenthetical attribution is set off from its clause ("…, he said", "“…” he said");
          // "posts he had written online" is a relative clause without its "that"
          if (setOff(view, cut)) {
            contents.push(clause(tree, view, h, skip).filter(i => i < cut));
            contents.push(...carriedOn(view, tree, h, v, skip));
          }
        } else {
          contents.push(clause(tree, view, h, new Set([...skip, v])));
        }
      } else if (up.rel === 'csubj' && up.head > v) {
        // "X projected that collaboration … will increase", misparsed with the verb as the subject
        contents.push(tree.subtree(up.head).filter(i => i > v && !skip.has(i)));
      }
    }
    // "Mali would not close …, she added, and its traders would stay …", parsed with the clause as
    // the complement before the verb and the next one as the verb's conjunct
    if (contents.length > 0 && contents.every(c => c.every(i => i < v))) {
      contents.push(...carriedOn(view, tree, v, v, skip));
    }
    // "<clause>, the ministry said.": the clause before the attribution, however it was parsed
    const attribution = finalAttribution(view, tree, v);
    const final = attribution !== null && !attribution.some(t => skip.has(t)) ? attribution : null;
    if (final !== null) {
      contents.splice(0, contents.length, final);
    }
    // "…, saying the bloc could suspend …" parsed with the gerund as the clause's mark: the clause
    // is what it reports, and the speaker is the subject of the verb the clause hangs from
    let marked: number | null = null;
    if (contents.length === 0 && up !== null && up.rel === 'mark' && up.head > v) {
      contents.push(clause(tree, view, up.head, new Set([...skip, v])));
      const outer = tree.head(up.head);
      marked = outer === null || outer.head === 0 ? null : subjectOf(view, tree, outer.head);
    }
    if (contents.length === 0) {
      contents.push(...gaplessRelatives(view, tree, v));
    }
    // "A Thai official, who asked not to be named, said the army had …", parsed with "said" as a
    // relative clause of its own speaker and the reported clause as the verb the speaker is subject of
    // (a relative clause with a subject of its own, "which pledged …", is a real one)
    const verbal = (t: number): boolean => /^(?:VB|MD)/.test(view.token(t).pos);
    const relative = up?.rel === 'acl:relcl' && tree.children(v, 'nsubj').every(verbal) ? up : null;
    const noun = relative === null ? null : tree.head(relative.head);
    if (contents.length === 0 && relative !== null && noun?.rel === 'nsubj' && noun.head > v) {
      const rest = [...tree.subtree(v, skip), ...tree.subtree(noun.head, new Set([relative.head]))];
      contents.push([...new Set(rest.filter(i => i > v))].sort((a, b) => a - b));
    }
    // "said his country preferred …": a zero-that clause the parse split into an object and the rest
    // (its verb, when the parse kept one, a loose dep after the object: "said the team would pool …")
    const object = tree.children(v, 'obj').find(o => o > v);
    const split =
      object !== undefined &&
      contents.length === 1 &&
      tree.children(v, 'dep').some(d => d > object && contents[0]?.includes(d) === true);
    if (split) {
      contents.splice(0);
    }
    if (contents.length === 0 && view.lemma(v) === 'say' && object !== undefined) {
      contents.push([...tree.subtree(v, skip), ...looseRest(view, tree, v)].filter(i => i > v));
    }
    const passive =
      CARRIED_PASSIVES.has(view.lemma(v)) &&
      (view.dependents(v, 'aux:pass').length > 0 ||
        view.dependents(v, 'nsubj:pass').some(s => view.lemma(s) === 'it'));
    const agent = passive ? undefined : passiveAgent(view, tree, v);
    const subject = passive
      ? null
      : agent !== undefined
        ? agent
        : (marked ??
          subjectOf(view, tree, v) ??
          participleSubject(view, tree, v) ??
          invertedSubject(view, tree, v, contents) ??
          looseSubject(view, tree, v));
    // a subject inside what was said is a misparse of "<clause>, the ministry said"
    const inside = subject !== null && contents.some(c => c.includes(subject));
    // a closing attribution by a speaker takes in the acts it reports; "…, the statement said" only
    // carries them ("The envoy told him that …, the statement said")
    if (final !== null && subject !== null && !inside && !DOCUMENT_NOUNS.has(view.lemma(subject))) {
      reported.push(...final);
    }
    out.push({
      verb: v,
      subject: inside
        ? phraseBeforeVerb(view, tree, v)
        : subject === null
          ? null
          : relativeSubject(view, subject),
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
  // "Lesotho … warned that the flow could be reduced, the minister said.": a speech act inside what a
  // closing attribution reports is part of what its speaker said, not a statement of its own
  return out.filter(a => !reported.includes(a.verb)).sort((a, b) => a.verb - b.verb);
}
