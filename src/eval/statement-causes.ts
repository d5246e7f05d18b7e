/**
 * Why the coder misses a gold statement or codes a false one (`npm run eval -- --causes`), with the
 * same one-to-one matching as the score (same speaker, overlapping span). Pure.
 *
 * A missed statement is merged into another statement (a found one with its speaker and span was
 * matched to another gold statement), coded with a wrong speaker (why: an outlet for the speaker, a
 * state or body for its person or the reverse, a speaker the actors lack, a speaker the sentence names
 * only by a pronoun or title, or another named actor), coded with a span that does not overlap, or not
 * found (a direct quote, reported speech, "according to"). A false statement is a split (a second
 * statement on a gold one already matched), a wrong speaker (the same classes, seen from the found
 * side) or no statement of the gold.
 */
import type { KgOffice, KgRelation, KgStatement } from '../kg/kg-batch';
import { ActorKind } from '../kg/domain';
import type { NlpDocument } from '../ingest/nlp/corenlp.client';
import { type ActorLike, type CauseCase } from './actor-causes';
import { matchScore, sameStatement } from './evaluate';

/** A character span (gold and found spans and parse entities alike). */
type Span = { readonly start: number; readonly end: number };

export type StatementLike = Pick<KgStatement, 'speakerId' | 'span' | 'direct' | 'reportingVerb'>;

export interface StatementCauseInput {
  readonly text: string;
  readonly doc: NlpDocument;
  readonly gold: readonly StatementLike[];
  readonly found: readonly StatementLike[];
  readonly goldActors: readonly ActorLike[];
  readonly foundActors: readonly ActorLike[];
  /** The gold's OF_COUNTRY / PART_OF relations and offices: which state a person or body is of. */
  readonly relations: readonly KgRelation[];
  readonly offices: readonly KgOffice[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The sentence(s) a span lies in, as a character span of the text. */
function sentenceSpan(doc: NlpDocument, s: Span): Span {
  const hit = doc.sentences.filter(x => {
    const first = x.tokens[0];
    const last = x.tokens[x.tokens.length - 1];
    return (
      first !== undefined &&
      last !== undefined &&
      overlaps(s, { start: first.characterOffsetBegin, end: last.characterOffsetEnd })
    );
  });
  const start = hit[0]?.tokens[0]?.characterOffsetBegin ?? s.start;
  const lastTokens = hit[hit.length - 1]?.tokens;
  const end = lastTokens?.[lastTokens.length - 1]?.characterOffsetEnd ?? s.end;
  return { start: Math.min(start, s.start), end: Math.max(end, s.end) };
}

function kindOf(actors: readonly ActorLike[], id: string): ActorKind | undefined {
  return actors.find(a => a.id === id)?.kind;
}

/** Whether `part` (a person or body) is of the state `state` in the gold. */
function isOf(input: StatementCauseInput, part: string, state: string): boolean {
  return (
    input.relations.some(r => r.fromId === part && r.toId === state) ||
    input.offices.some(o => o.personId === part && o.countryId === state)
  );
}

/** Why a found speaker is not the gold one, for a statement on the same words. */
function speakerCause(input: StatementCauseInput, gold: StatementLike, found: string): string {
  const want = gold.speakerId;
  const foundKind = kindOf(input.foundActors, found) ?? kindOf(input.goldActors, found);
  if (foundKind === ActorKind.MEDIA_OUTLET) {
    return 'wrong speaker: an outlet for the speaker';
  }
  if (!input.foundActors.some(a => a.id === want)) {
    return 'wrong speaker: the speaker is not among the found actors';
  }
  if (isOf(input, want, found)) {
    return 'wrong speaker: the state or body for its person';
  }
  if (isOf(input, found, want)) {
    return 'wrong speaker: a person or body for its state';
  }
  const sentence = sentenceSpan(input.doc, gold.span);
  const named = input.goldActors
    .find(a => a.id === want)
    ?.mentions.some(m => overlaps(m, sentence));
  return named === true
    ? 'wrong speaker: another actor, the speaker named in the sentence'
    : 'wrong speaker: another actor, the speaker not named in the sentence (pronoun, title)';
}

function how(s: StatementLike): string {
  if (s.reportingVerb === 'according to') {
    return '"according to"';
  }
  return s.direct ? 'direct quote' : 'reported speech';
}

const label = (text: string, s: StatementLike): string =>
  `${s.speakerId} ${JSON.stringify(text.slice(s.span.start, Math.min(s.span.end, s.span.start + 70)))}@${s.span.start}`;

/** Causes of the gold statements the coder misses and of the statements it finds that are false. */
export function statementCauses(input: StatementCauseInput): {
  missed: CauseCase[];
  false: CauseCase[];
} {
  const { text, gold, found } = input;
  const r = matchScore(gold, found, sameStatement);
  const missed = r.missing.map(e => {
    const over = found.filter(a => overlaps(a.span, e.span));
    const shown = label(text, e);
    if (over.some(a => a.speakerId === e.speakerId)) {
      return { cause: 'merged into another statement', example: shown };
    }
    const other = over[0];
    if (other !== undefined) {
      return {
        cause: speakerCause(input, e, other.speakerId),
        example: `${shown} as ${other.speakerId}`,
      };
    }
    const sentence = sentenceSpan(input.doc, e.span);
    if (found.some(a => a.speakerId === e.speakerId && overlaps(a.span, sentence))) {
      return { cause: 'span not overlapping (same speaker, same sentence)', example: shown };
    }
    const speaker = input.foundActors.some(a => a.id === e.speakerId) ? '' : ', speaker not found';
    return { cause: `not found: ${how(e)}${speaker}`, example: shown };
  });
  const falses = r.extra.map(a => {
    const over = gold.filter(e => overlaps(a.span, e.span));
    const shown = label(text, a);
    if (over.some(e => e.speakerId === a.speakerId)) {
      return { cause: 'split: a second statement on a gold one', example: shown };
    }
    const g = over[0];
    if (g !== undefined) {
      return { cause: speakerCause(input, g, a.speakerId), example: `${shown} for ${g.speakerId}` };
    }
    return { cause: `no gold statement: ${how(a)}`, example: shown };
  });
  return { missed, false: falses };
}
