/**
 * A state body's noun that modifies another noun names no body: "Myanmar's military government", "Sri
 * Lanka's navy commander", "Sudanese army chief", "Senegal's armed forces minister" are the government,
 * a person, a title; the country word before them is the state's mention (with its possessive, as any
 * country mention), as the gold has them. The body noun is the dependent of a lower-case noun right
 * after it (compound or amod in the parse), unless that noun is an unnamed spokesperson (below) or the
 * body's rank and file ("Botswana Defence Force soldiers": org-kinds.ts).
 */
import type { Span } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpDocument, NlpToken } from '../nlp/corenlp.client';
import { type MutableActor, mentionOf } from './name-spans';
import { isMemberNoun } from './org-kinds';

const MODIFIER_RELATIONS: ReadonlySet<string> = new Set(['compound', 'amod']);

/**
 * A spokesperson of a body with no name of their own speaks for the body: "a Chinese foreign ministry
 * spokesman said" is the ministry, as the gold has it ("Houthi military spokesman Hamoud al-Ansi" is
 * the person).
 */
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Whether the word ending at `end` modifies the lower-case noun right after it. */
function modifiesNext(doc: NlpDocument, end: number): boolean {
  for (const s of doc.sentences) {
    const last = s.tokens.find(t => t.characterOffsetEnd === end);
    if (last === undefined) {
      continue;
    }
    const next: NlpToken | undefined = s.tokens[last.index];
    if (SPOKES_NOUNS.has(next?.word ?? '') && s.tokens[last.index + 1]?.ner !== 'PERSON') {
      return false;
    }
    if (isMemberNoun(next?.word ?? '')) {
      return false;
    }
    return (
      next !== undefined &&
      next.pos.startsWith('NN') &&
      /^\p{Ll}/u.test(next.word) &&
      s.basicDependencies.some(
        d =>
          d.dependent === last.index && d.governor === next.index && MODIFIER_RELATIONS.has(d.dep),
      )
    );
  }
  return false;
}

/**
 * Drops the mentions of state bodies (`org:<iso3>-<body>` made from the text, not curated ones) whose
 * noun modifies the next noun, and gives the country word before each its possessive back. Returns the
 * dropped mentions.
 */
export function dropModifierBodies(
  text: string,
  doc: NlpDocument,
  actors: readonly MutableActor[],
  isCurated: (id: string) => boolean,
): Span[] {
  const dropped: Span[] = [];
  for (const a of actors) {
    if (a.kind !== ActorKind.ORGANIZATION || !/^org:[a-z]{3}-/.test(a.id) || isCurated(a.id)) {
      continue;
    }
    for (const m of a.mentions) {
      // the body's own span, without a possessive of its own
      const end = /['’]s$/.test(m.text) ? m.end - 2 : m.end;
      if (!modifiesNext(doc, end)) {
        continue;
      }
      dropped.push(m);
      for (const c of actors.filter(x => x.kind === ActorKind.COUNTRY)) {
        c.mentions = c.mentions.map(x =>
          x.start === m.start && x.end < m.end ? mentionOf(text, x) : x,
        );
      }
    }
  }
  return dropped;
}
