/**
 * The gender the article itself gives a person, so that "she" is not read as the last man named: an
 * honorific or gendered title just before a mention ("Mr Briceño", "Ms Johnson Smith", "Queen Rania",
 * "Sheikh Faisal"), and the person pronouns of a sentence whose only named person is that one ("Holness
 * said his government …"), or that opens the next sentence when it names no one ("… Holness. He said").
 * A person with more votes for one gender than the other has it; the rest have none (pronouns.ts then
 * takes any person).
 */
import type { KgActor } from '../../kg/kg-batch';
import { ActorKind } from '../../schema/domain.enum';
import type { NlpSentence, NlpToken } from '../nlp/corenlp.client';

export type Gender = 'm' | 'f';

const MALE_TITLES: ReadonlySet<string> = new Set(
  ['mr', 'king', 'prince', 'sheikh', 'emir', 'sultan', 'sir', 'lord'].concat(['crown']),
);
const FEMALE_TITLES: ReadonlySet<string> = new Set(
  ['mrs', 'ms', 'miss', 'queen', 'princess', 'sheikha', 'lady', 'dame'].concat(['madam']),
);
const MALE_WORDS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_WORDS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
/** A title's weight over one pronoun's. */
const TITLE_VOTE = 3;

/** The gender a word gives: a person pronoun's. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return MALE_WORDS.has(w) ? 'm' : FEMALE_WORDS.has(w) ? 'f' : null;
}

function titleGender(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE_TITLES.has(w) ? 'm' : FEMALE_TITLES.has(w) ? 'f' : null;
}

type Votes = Map<string, { m: number; f: number }>;

function vote(votes: Votes, id: string, g: Gender | null, n: number): void {
  if (g === null) {
    return;
  }
  const v = votes.get(id) ?? { m: 0, f: 0 };
  v[g] += n;
  votes.set(id, v);
}

/** The person mentions in a sentence: actor id and the index of its first token. */
function peopleIn(s: NlpSentence, people: readonly KgActor[]): { id: string; first: NlpToken }[] {
  const out: { id: string; first: NlpToken }[] = [];
  for (const a of people) {
    for (const m of a.mentions) {
      const first = s.tokens.find(
        t => m.start <= t.characterOffsetBegin && t.characterOffsetEnd <= m.end,
      );
      if (first !== undefined) {
        out.push({ id: a.id, first });
      }
    }
  }
  return out;
}

/** Each person's gender as the article gives it (see above); people with none are left out. */
export function personGenders(
  sentences: readonly NlpSentence[],
  actors: readonly KgActor[],
): Map<string, Gender> {
  const people = actors.filter(a => a.kind === ActorKind.PERSON);
  const votes: Votes = new Map();
  let lone: string | null = null;
  for (const s of sentences) {
    const named = peopleIn(s, people);
    for (const { id, first } of named) {
      vote(votes, id, titleGender(s.tokens[first.index - 2]?.word ?? ''), TITLE_VOTE);
    }
    const ids = new Set(named.map(x => x.id));
    if (ids.size === 0 && lone !== null) {
      vote(votes, lone, pronounGender(s.tokens.find(t => t.pos === 'PRP')?.word ?? ''), 1);
    }
    const only = ids.size === 1 ? named[0] : undefined;
    if (only !== undefined) {
      const after = s.tokens.filter(t => t.index > only.first.index);
      for (const t of after) {
        vote(votes, only.id, pronounGender(t.word), 1);
      }
    }
    lone = only?.id ?? null;
  }
  const out = new Map<string, Gender>();
  for (const [id, v] of votes) {
    if (v.m !== v.f) {
      out.set(id, v.m > v.f ? 'm' : 'f');
    }
  }
  return out;
}
