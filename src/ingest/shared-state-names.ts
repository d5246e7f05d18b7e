/**
 * A name two states share ("Congo": the Republic of the Congo and the DR Congo; a demonym one state
 * keeps and another shares, "Congolese"; a capital that is also a given name, "Sofia") names the state
 * the article names otherwise, decided by tiers:
 * 1. an unshared full or short name of one of the states ("Republic of Congo", "DR Congo");
 * 2. else a capital of one of them, in the text or as the dateline ("BRAZZAVILLE (Wire) -");
 * 3. else an unshared demonym of one of them (a shared one, "Congolese", decides nothing);
 * a tier that names two of the states decides nothing, nor do the tiers below it. Where nothing decides,
 * a shared demonym is its keeper's ("Congolese" the DR Congo's) and any other shared name names no state.
 */
import { datelineState } from './coder/state-bodies';
import type { AliasRole, Gazetteer } from './gazetteer/gazetteer';
import type { CandidateMention } from './names';

/** A gazetteer mention and whether its alias is shared, and held by this state only second. */
export interface AliasMention {
  readonly mention: CandidateMention;
  readonly shared: boolean;
  readonly secondary: boolean;
}

const TIERS: readonly (readonly AliasRole[])[] = [['name'], ['capital'], ['demonym']];

/** The state ids the unshared mentions of a tier name (a mention inside a longer one names none). */
function tierIds(mentions: readonly AliasMention[], roles: readonly AliasRole[]): Set<string> {
  const inLonger = (m: CandidateMention): boolean =>
    mentions.some(
      ({ mention: o }) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start,
    );
  return new Set(
    mentions
      .filter(({ mention: m, shared }) => !shared && roles.some(r => r === m.role))
      .filter(({ mention: m }) => !inLonger(m))
      .map(({ mention: m }) => m.ids[0] ?? ''),
  );
}

/**
 * The mentions to keep: every unshared one, and of the shared readings at one place the one state the
 * tiers decide (or the keeper of a shared demonym).
 */
export function decideSharedNames(
  mentions: readonly AliasMention[],
  text: string,
  gaz: Gazetteer,
): CandidateMention[] {
  const tiers = TIERS.map(roles => tierIds(mentions, roles));
  const dateline = datelineState(text, gaz);
  if (dateline !== null) {
    tiers[1]?.add(dateline);
  }
  const keep = (at: number): Set<string> => {
    const readings = mentions.filter(m => m.shared && m.mention.start === at);
    const ids = new Set(readings.map(m => m.mention.ids[0] ?? ''));
    for (const tier of tiers) {
      const hits = [...ids].filter(id => tier.has(id));
      if (hits.length === 1) {
        return new Set(hits);
      }
      if (hits.length > 1) {
        break;
      }
    }
    const keepers = readings.some(m => m.secondary) ? readings.filter(m => !m.secondary) : [];
    return new Set(keepers.map(m => m.mention.ids[0] ?? ''));
  };
  const decided = new Map<number, Set<string>>();
  return mentions.flatMap(({ mention: m, shared }) => {
    if (!shared) {
      return [m];
    }
    let ids = decided.get(m.start);
    if (ids === undefined) {
      ids = keep(m.start);
      decided.set(m.start, ids);
    }
    return ids.has(m.ids[0] ?? '') ? [m] : [];
  });
}
