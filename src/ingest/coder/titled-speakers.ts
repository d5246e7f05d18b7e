/**
 * The person a definite role speaker holds the office of ("the minister said", "the natural resources
 * minister said"): the article names its people with their titles (titled-people.ts: "Minister Palesa
 * Mothibeli", "the country's foreign minister, X"), and a description by office stands for one of them
 * rather than for whoever was named last. A description fits a title when both have the same head and
 * the modifiers of one are among the words of the other ("the natural resources minister" fits
 * "Minister X"; "the foreign minister" never fits "Prime Minister X").
 */
import type { NlpDocument } from '../nlp/corenlp.client';
import { ActorKind } from '../../schema/domain.enum';
import type { SentenceView } from './sentence-view';
import type { Mention } from './speaker-mentions';
import { type PersonTitle, personTitles } from './titled-people';

/** Entity kinds that name a state, place or person rather than an office. */
const NAME_KINDS: ReadonlySet<string> = new Set([
  'NATIONALITY',
  'COUNTRY',
  'LOCATION',
  'CITY',
  'STATE_OR_PROVINCE',
  'PERSON',
  'ORGANIZATION',
]);

/** Lower-case words of the description the role noun at `i` heads: its modifiers before it, then it. */
export function roleWords(view: SentenceView, i: number, phrase: readonly number[]): string[] {
  // "The Foreign Minister said": a capitalised office word is a modifier too; a state's or a person's
  // name before the noun ("Kenyan", "Ruto's") is not part of the office
  const mods = phrase
    .filter(k => k < i && /^(?:NN|JJ)/u.test(view.token(k).pos))
    .filter(k => !NAME_KINDS.has(view.token(k).ner))
    .map(k => view.token(k).word.toLowerCase());
  return [...mods, view.lemma(i).toLowerCase()];
}

/** Whether the description `words` fits the title `title` (both head last). */
function fits(title: readonly string[], words: readonly string[]): boolean {
  const head = words[words.length - 1];
  if (title[title.length - 1] !== head) {
    return false;
  }
  const mods = words.slice(0, -1);
  const titleMods = title.slice(0, -1);
  return mods.every(w => titleMods.includes(w)) || titleMods.every(w => mods.includes(w));
}

export class TitledSpeakers {
  private readonly titles: readonly PersonTitle[];

  constructor(doc: Pick<NlpDocument, 'sentences'>, mentions: readonly Mention[]) {
    const people = new Map<string, Mention[]>();
    for (const m of mentions.filter(x => x.kind === ActorKind.PERSON)) {
      people.set(m.id, [...(people.get(m.id) ?? []), m]);
    }
    this.titles = personTitles(
      doc,
      [...people].map(([id, ms]) => ({
        id,
        kind: ActorKind.PERSON,
        mentions: ms.map(m => ({ start: m.start, end: m.end, text: '' })),
      })),
    );
  }

  /** The people the article titles with an office the description `words` fits. */
  holders(words: readonly string[]): Set<string> {
    return new Set(this.titles.filter(t => fits(t.words, words)).map(t => t.personId));
  }
}
