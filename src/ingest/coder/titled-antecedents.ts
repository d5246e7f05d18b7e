/**
 * A person pronoun after a title noun of its own sentence: "welcomed the minister's decision and urged
 * him to seek provisional measures" is the minister, not the last person named (a deputy trade secretary
 * named in the paragraph before). The title is a singular office noun ("the minister", "the
 * president's") before the pronoun; the person is the last one named before it whose name the article
 * gives with that title (titled-people.ts: "Economy Minister Arturo Villaseñor", or "the minister, X").
 * Nothing when no one fits.
 */
import { ActorKind } from '../../schema/domain.enum';
import type { KgActor } from '../../kg/kg-batch';
import type { EventContext } from './arguments';
import type { SentenceView } from './sentence-view';
import { personTitles } from './titled-people';

/** Singular office nouns a description of a named person can have. */
const TITLES: ReadonlySet<string> = new Set(['minister', 'president', 'premier', 'chancellor']);

/** The office noun of a definite description before the pronoun at `i` in its sentence, or null. */
function titleBefore(view: SentenceView, i: number): string | null {
  for (let k = i - 1; k >= 1; k--) {
    const t = view.token(k);
    const definite = view.dependents(k, 'det').some(d => view.lemma(d).toLowerCase() === 'the');
    if (t.pos === 'NN' && TITLES.has(t.word) && definite) {
      return t.word;
    }
  }
  return null;
}

/** The people the article names with `title` as their title's head (titled-people.ts). */
function titledPeople(view: SentenceView, ctx: EventContext, title: string): Set<string> {
  const sentences = ctx.views?.map(v => v.sentence) ?? [view.sentence];
  return new Set(
    personTitles({ sentences }, ctx.actors.actors)
      .filter(t => t.words[t.words.length - 1] === title)
      .map(t => t.personId),
  );
}

/** The person a "he / him / she / her" at `i` stands for by a title of its sentence (above), or null. */
export function titledAntecedent(
  view: SentenceView,
  ctx: EventContext,
  i: number,
  skip: ReadonlySet<string | undefined>,
): KgActor | null {
  const title = titleBefore(view, i);
  if (title === null) {
    return null;
  }
  const at = view.token(i).characterOffsetBegin;
  const people = titledPeople(view, ctx, title);
  const fits = ctx.actors.actors.filter(
    a =>
      a.kind === ActorKind.PERSON &&
      !skip.has(a.id) &&
      people.has(a.id) &&
      a.mentions.some(m => m.end <= at),
  );
  const last = (a: KgActor): number =>
    Math.max(...a.mentions.filter(m => m.end <= at).map(m => m.start));
  return fits.sort((a, b) => last(b) - last(a))[0] ?? null;
}
