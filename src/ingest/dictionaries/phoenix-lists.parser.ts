/**
 * Reads the two flat Phoenix lists: Phoenix.agents.txt (`PHRASE {plural} [~CODE]`, with `!MARKER! = a, b`
 * substitution sets) and Phoenix.discards.txt (`[+]PHRASE[_]`). Formats: source/dictionaries.rst.
 */
import {
  byCodeUnit,
  DICTIONARY_NOTICE,
  normalisePhrase,
  numberedLines,
  pluralOfPhrase,
  SkipCounter,
  stripComment,
} from './dictionary-text';
import {
  type AgentEntry,
  type DiscardEntry,
  type PhoenixAgentsFile,
  type PhoenixDiscardsFile,
} from './dictionary.types';

/** `~GOV` → GOV after the actor code; `NGO~` → NGO before it; anything else is not an agent code. */
export function parseAgentCode(inner: string): { code: string; prefix: boolean } | null {
  const text = inner.trim().toUpperCase();
  const match = /^(~)?([A-Z0-9]+)(~)?$/.exec(text);
  if (!match || Boolean(match[1]) === Boolean(match[3])) {
    return null;
  }
  return { code: match[2] ?? '', prefix: Boolean(match[3]) };
}

/**
 * The phrases one agent line stands for. `{PLURAL}` gives the plural (`{}`: none); a trailing `_` means
 * no plural; a `!MARKER!` is replaced by each member of its set, with no plural of its own; otherwise
 * the regular plural of the last word is added.
 */
export function agentPhrases(
  phrasePart: string,
  markers: ReadonlyMap<string, readonly string[]>,
): string[] | { skip: string } {
  let text = phrasePart.trim();
  let plural: string | null | undefined;
  const braces = /\{([^}]*)\}/.exec(text);
  if (braces) {
    plural = (braces[1] ?? '').trim() === '' ? null : normalisePhrase(braces[1] ?? '');
    text = (text.slice(0, braces.index) + text.slice(braces.index + braces[0].length)).trim();
  }
  const marker = /!([A-Z]+)!/.exec(text);
  if (marker) {
    const members = markers.get(marker[1] ?? '');
    if (!members) {
      return { skip: 'agents: undefined !MARKER! (line skipped)' };
    }
    return members.map(m => normalisePhrase(text.replace(marker[0], m)));
  }
  const phrase = normalisePhrase(text);
  if (phrase === '') {
    return { skip: 'agents: empty phrase' };
  }
  if (plural === undefined) {
    plural = text.endsWith('_') ? null : pluralOfPhrase(phrase);
  }
  return plural === null || plural === phrase ? [phrase] : [phrase, plural];
}

export function parsePhoenixAgents(text: string): PhoenixAgentsFile {
  const skipped = new SkipCounter();
  const markers = new Map<string, string[]>();
  const byKey = new Map<string, AgentEntry>();
  for (const { line: raw, n } of numberedLines(text)) {
    const content = stripComment(raw);
    if (content === '' || content.startsWith('<!')) {
      continue;
    }
    const definition = /^!([A-Z]+)!\s*=\s*(.*)$/.exec(content);
    if (definition) {
      const items = (definition[2] ?? '').split(',').map(s => s.trim().toUpperCase());
      markers.set(
        definition[1] ?? '',
        items.filter(s => s !== ''),
      );
      continue;
    }
    const bracket = content.indexOf('[');
    if (bracket < 0) {
      skipped.add('agents: no [code]');
      continue;
    }
    const after = content.slice(bracket + 1);
    const close = after.search(/[\]}]/);
    if (close >= 0 && after.charAt(close) === '}') {
      skipped.add('agents: [code} closed with } (read anyway)');
    }
    const code = parseAgentCode(close < 0 ? after : after.slice(0, close));
    if (!code) {
      skipped.add('agents: malformed code');
      continue;
    }
    const phrases = agentPhrases(content.slice(0, bracket), markers);
    if (!Array.isArray(phrases)) {
      skipped.add(phrases.skip);
      continue;
    }
    for (const phrase of phrases) {
      const key = `${phrase}|${code.code}|${String(code.prefix)}`;
      if (byKey.has(key)) {
        skipped.add('agents: duplicate phrase and code');
      } else {
        byKey.set(key, { phrase, code: code.code, prefix: code.prefix, line: n });
      }
    }
  }
  const agents = [...byKey.values()].sort(
    (a, b) => byCodeUnit(a.phrase, b.phrase) || byCodeUnit(a.code, b.code) || a.line - b.line,
  );
  return { notice: DICTIONARY_NOTICE, agents, skipped: skipped.toRecord() };
}

export function parsePhoenixDiscards(text: string): PhoenixDiscardsFile {
  const skipped = new SkipCounter();
  const byPhrase = new Map<string, DiscardEntry>();
  for (const { line: raw } of numberedLines(text)) {
    const content = stripComment(raw);
    if (content === '') {
      continue;
    }
    const story = content.startsWith('+');
    const body = (story ? content.slice(1) : content).trim();
    const phrase = normalisePhrase(body);
    if (phrase === '') {
      skipped.add('discards: empty phrase');
      continue;
    }
    const entry: DiscardEntry = { phrase, story, wholeWord: body.endsWith('_') };
    const prior = byPhrase.get(phrase);
    if (prior) {
      skipped.add('discards: duplicate phrase (merged)');
      byPhrase.set(phrase, {
        phrase,
        story: prior.story || story,
        wholeWord: prior.wholeWord && entry.wholeWord,
      });
    } else {
      byPhrase.set(phrase, entry);
    }
  }
  const discards = [...byPhrase.values()].sort((a, b) => byCodeUnit(a.phrase, b.phrase));
  return { notice: DICTIONARY_NOTICE, discards, skipped: skipped.toRecord() };
}
