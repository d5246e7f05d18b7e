/**
 * Bodies named again by the noun of their kind: after "the European Commission" the article says "the
 * Commission", after "the International Court of Justice" "the same court", after "the National Federation
 * of Heavy Transport" "the union", after "Gulf Horizon Shipping" "the company". A definite description
 * ("the" and at most two lower-case words before a singular noun) stands for the last organisation or
 * armed group told before it whose name's head is that noun ("Commission", "Court" of "International Court
 * of Justice") or a word of the kind the noun names ("union" for a federation, "company" for a shipping
 * line, "group" for an armed group). Descriptions of a state's government ("the ministry") are
 * references.ts's.
 */
import type { Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpDocument, NlpToken } from '../nlp/corenlp.client';
import type { ActorReference } from './references';
import { type MutableActor, lastMentionedBefore, overlapsAny } from './name-spans';

/** Words in the names of bodies of a kind, by the noun of that kind. */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  union: ['union', 'federation', 'confederation', 'syndicate'],
  federation: ['federation', 'union', 'confederation'],
  company: ['company', 'shipping', 'corporation', 'corp', 'airlines', 'airways', 'ltd', 'inc'],
  firm: ['company', 'shipping', 'corporation', 'corp', 'ltd', 'inc'],
  bloc: ['union', 'community', 'association', 'bloc'],
  alliance: ['alliance', 'treaty', 'organization', 'organisation'],
  court: ['court', 'tribunal'],
  tribunal: ['tribunal', 'court'],
  body: [],
};
/** Nouns of an armed group's kind: "the group", "the militia" after a named group. */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'militia', 'movement', 'rebels']);
/** Kinds of actor a description of a body may stand for. */
const BODY_KINDS: ReadonlySet<ActorKind> = new Set([ActorKind.ORGANIZATION, ActorKind.GROUP]);

/** The head word of a name: its last word before "of" ("Court" of "International Court of Justice"). */
function headWord(name: string): string {
  const words = name
    .toLowerCase()
    .split(' of ')[0]
    ?.split(/[^\p{L}]+/u)
    .filter(w => w.length > 0);
  return words?.at(-1) ?? '';
}

/** Is the head of the actor's name (or of a mention's text) one of `words`? */
function named(text: string, a: MutableActor, words: readonly string[]): boolean {
  const names = [a.name, ...a.mentions.map(m => text.slice(m.start, m.end))];
  return names.some(n => words.includes(headWord(n)));
}

/** Does the noun describe the actor: its name holds the noun or a word of its kind? */
function fits(text: string, a: MutableActor, noun: string): boolean {
  if (!BODY_KINDS.has(a.kind)) {
    return false;
  }
  if (GROUP_NOUNS.has(noun) && a.kind === ActorKind.GROUP) {
    return true;
  }
  return named(text, a, [noun, ...(KIND_WORDS[noun] ?? [])]);
}

/** The index of the "the" opening a description whose head is token `t`, or -1. */
function openingThe(tokens: readonly NlpToken[], t: NlpToken): number {
  for (let i = t.index - 2; i >= 0 && i >= t.index - 4; i--) {
    const w = tokens[i]?.word ?? '';
    if (w.toLowerCase() === 'the') {
      return i;
    }
    if (!/^\p{Ll}/u.test(w)) {
      return -1;
    }
  }
  return -1;
}

/** "the Commission", "the same court", "the company": the body told before (see above). */
export function bodyDescriptions(
  text: string,
  doc: NlpDocument,
  actors: readonly MutableActor[],
  ignored: readonly Span[],
): ActorReference[] {
  const out: ActorReference[] = [];
  const taken = actors.flatMap(a => a.mentions);
  for (const sentence of doc.sentences) {
    for (const t of sentence.tokens) {
      const noun = t.word.toLowerCase();
      const singular = t.pos === 'NN' || t.pos === 'NNP';
      if (!(singular || (t.pos === 'NNS' && GROUP_NOUNS.has(noun))) || !/^\p{L}+$/u.test(noun)) {
        continue;
      }
      const next = sentence.tokens[t.index];
      if (next?.pos.startsWith('NN') === true) {
        continue; // not the head: "the Commission President", "the union leaders"
      }
      const i = openingThe(sentence.tokens, t);
      const det = sentence.tokens[i];
      const head = { start: t.characterOffsetBegin, end: t.characterOffsetEnd };
      if (det === undefined || overlapsAny(head, taken) || overlapsAny(head, ignored)) {
        continue;
      }
      const body = lastMentionedBefore(actors, det.characterOffsetBegin, a => fits(text, a, noun));
      if (body !== null) {
        out.push({ start: det.characterOffsetBegin, end: head.end, actorId: body.id });
      }
    }
  }
  return out;
}
