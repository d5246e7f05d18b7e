/**
 * A generated corpus of diplomatic news for the benchmarks: deterministic (seeded), each article
 * unique, about 3 KB, written like wire copy with the constructions the ingest reads (quotations,
 * reported speech, "according to", modal and historical sentences, relative dates) plus boilerplate and
 * plain filler. The facts are random combinations, so the text means nothing; only its shape matters.
 *
 * Each sentence keeps its pieces, with the actors' mentions and the claims marked, and the fact it
 * states, so the read benchmark's graph (news-graph.ts) is built from the same articles without
 * extraction. `newsCorpus` gives the plain articles (the ingest benchmark's input).
 */
import type { ArticleInput } from '../kg/article-input';

export interface Country {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
  readonly iso3: string;
}

export interface Leader {
  readonly name: string;
  readonly title: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'Russia', demonym: 'Russian', capital: 'Moscow', iso3: 'RUS' },
  { name: 'North Korea', demonym: 'North Korean', capital: 'Pyongyang', iso3: 'PRK' },
  { name: 'China', demonym: 'Chinese', capital: 'Beijing', iso3: 'CHN' },
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo', iso3: 'JPN' },
  { name: 'South Korea', demonym: 'South Korean', capital: 'Seoul', iso3: 'KOR' },
  { name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kyiv', iso3: 'UKR' },
  { name: 'the United States', demonym: 'American', capital: 'Washington', iso3: 'USA' },
  { name: 'France', demonym: 'French', capital: 'Paris', iso3: 'FRA' },
  { name: 'Germany', demonym: 'German', capital: 'Berlin', iso3: 'DEU' },
  { name: 'India', demonym: 'Indian', capital: 'New Delhi', iso3: 'IND' },
  { name: 'Iran', demonym: 'Iranian', capital: 'Tehran', iso3: 'IRN' },
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', iso3: 'TUR' },
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw', iso3: 'POL' },
  { name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia', iso3: 'BRA' },
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', iso3: 'EGY' },
  { name: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi', iso3: 'VNM' },
  { name: 'Moldova', demonym: 'Moldovan', capital: 'Chisinau', iso3: 'MDA' },
  { name: 'Syria', demonym: 'Syrian', capital: 'Damascus', iso3: 'SYR' },
];

const LEADERS: readonly Leader[] = [
  { name: 'Vladimir Putin', title: 'Russian President' },
  { name: 'Kim Jong Un', title: 'North Korean leader' },
  { name: 'Xi Jinping', title: 'Chinese President' },
  { name: 'Volodymyr Zelenskyy', title: 'Ukrainian President' },
];

const OUTLETS = ['KCNA', 'TASS', 'Reuters', 'Xinhua', 'Yonhap'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const TOPICS = ['trade', 'energy', 'security', 'grain exports', 'fisheries', 'rail links'];

/** What a sentence states; `a` acts on `b` unless said otherwise. */
export type CorpusFact =
  | { readonly kind: 'expel'; readonly a: Country; readonly b: Country; readonly weekday: string }
  | { readonly kind: 'sanction' | 'condemn' | 'aid'; readonly a: Country; readonly b: Country }
  | { readonly kind: 'praise'; readonly leader: Leader; readonly b: Country }
  | { readonly kind: 'quote' | 'claim'; readonly a: Country; readonly b: Country }
  | { readonly kind: 'agree'; readonly a: Country; readonly b: Country; readonly month: string }
  | { readonly kind: 'recognise'; readonly a: Country; readonly b: Country; readonly year: number }
  /** `b`'s capital cuts ties with `a`, in retaliation. */
  | { readonly kind: 'cut-ties'; readonly a: Country; readonly b: Country };

/**
 * A marked piece of a sentence: a mention of a country, leader or outlet, or (empty) where the words
 * said open and close.
 */
export type Mark =
  | { readonly text: string; readonly country: Country }
  | { readonly text: string; readonly leader: Leader }
  | { readonly text: string; readonly outlet: string }
  | { readonly text: ''; readonly said: 'open' | 'close' };

export type Piece = string | Mark;

export interface CorpusSentence {
  readonly pieces: readonly Piece[];
  readonly fact: CorpusFact | null;
}

export interface CorpusArticle {
  readonly input: ArticleInput & { readonly text: string; readonly publishedAt: string };
  /** The title's pieces (its first line) and the body's paragraphs of sentences, as in the text. */
  readonly title: readonly Piece[];
  readonly paragraphs: readonly (readonly CorpusSentence[])[];
}

export function pieceText(p: Piece): string {
  return typeof p === 'string' ? p : p.text;
}

export function sentenceText(s: CorpusSentence): string {
  return s.pieces.map(pieceText).join('');
}

/** mulberry32: a small seeded generator, so every run writes the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const c = (country: Country, text: string): Piece => ({ text, country });
const OPEN: Piece = { text: '', said: 'open' };
const CLOSE: Piece = { text: '', said: 'close' };

/**
 * The sentence templates, each drawing its random choices in a fixed order (the order is part of the
 * corpus: changing it changes every article after the first).
 */
function templates(rnd: () => number, pair: () => [Country, Country]): (() => CorpusSentence)[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return [
    () => {
      const [a, b] = pair();
      const weekday = pick(WEEKDAYS);
      const pieces = [c(a, capitalise(a.name)), ' expelled two ', c(b, b.demonym)];
      return {
        pieces: [...pieces, ` diplomats on ${weekday}.`],
        fact: { kind: 'expel', a, b, weekday },
      };
    },
    () => {
      const [a, b] = pair();
      const topic = pick(TOPICS);
      const pieces = [c(a, capitalise(a.name)), ' imposed sanctions on ', c(b, b.name)];
      return {
        pieces: [...pieces, ` over its ${topic} policy.`],
        fact: { kind: 'sanction', a, b },
      };
    },
    () => {
      const leader = pick(LEADERS);
      const [, b] = pair();
      const outlet = pick(OUTLETS);
      const [demonym = '', ...rest] = splitTitle(leader);
      const country = COUNTRIES.find(x => x.demonym === demonym) as Country;
      return {
        pieces: [
          c(country, demonym),
          ` ${rest.join(' ')} `,
          { text: leader.name, leader },
          ' praised ',
          c(b, b.name),
          ' for its support, according to ',
          { text: outlet, outlet },
          '.',
        ],
        fact: { kind: 'praise', leader, b },
      };
    },
    () => {
      const [a, b] = pair();
      const topic = pick(TOPICS);
      return {
        pieces: [
          '"',
          OPEN,
          `We will expand our cooperation in ${topic} with `,
          c(b, b.name),
          CLOSE,
          '," the ',
          c(a, a.demonym),
          ' foreign minister said.',
        ],
        fact: { kind: 'quote', a, b },
      };
    },
    () => {
      const [a, b] = pair();
      const topic = pick(TOPICS);
      return {
        pieces: [c(a, capitalise(a.name)), ' stated that ', OPEN, c(b, b.name)].concat([
          ` had broken its promises on ${topic}`,
          CLOSE,
          '.',
        ]),
        fact: { kind: 'claim', a, b },
      };
    },
    () => {
      const [a, b] = pair();
      const topic = pick(TOPICS);
      const month = pick(MONTHS);
      const pieces = [c(a, capitalise(a.name)), ` plans to sign an agreement on ${topic} with `];
      return {
        pieces: [...pieces, c(b, b.name), ` in ${month}.`],
        fact: { kind: 'agree', a, b, month },
      };
    },
    () => {
      const [a, b] = pair();
      const year = 1990 + Math.floor(rnd() * 30);
      const pieces = [
        `In ${year}, `,
        c(a, a.name),
        ' recognized the independence of ',
        c(b, b.name),
      ];
      return { pieces: [...pieces, '.'], fact: { kind: 'recognise', a, b, year } };
    },
    () => {
      const [a, b] = pair();
      const pieces = [c(a, capitalise(a.name)), ' condemned ', c(b, b.name), ' after talks in '];
      return {
        pieces: [...pieces, c(a, a.capital), ' collapsed.'],
        fact: { kind: 'condemn', a, b },
      };
    },
    () => {
      const [a, b] = pair();
      const pieces = [c(a, capitalise(a.name)), ' could send humanitarian aid to ', c(b, b.name)];
      return { pieces: [...pieces, ' before the winter.'], fact: { kind: 'aid', a, b } };
    },
    () => {
      const [a, b] = pair();
      const pieces = [
        c(b, b.capital),
        ' cut diplomatic ties with ',
        c(a, a.name),
        ' in retaliation.',
      ];
      return { pieces, fact: { kind: 'cut-ties', a, b } };
    },
    () => ({
      pieces: [
        `Officials said the talks on ${pick(TOPICS)} would continue next month at the working level, ` +
          'and analysts expected no breakthrough before the end of the year.',
      ],
      fact: null,
    }),
    () => ({
      pieces: [
        `Markets reacted calmly to the news, with ${pick(TOPICS)} prices little changed in ` +
          'afternoon trading and most traders waiting for further details.',
      ],
      fact: null,
    }),
  ];
}

/** "North Korean leader" → ["North Korean", "leader"]: the demonym, then the rest. */
function splitTitle(leader: Leader): string[] {
  const country = COUNTRIES.find(x => leader.title.startsWith(`${x.demonym} `));
  const demonym = country?.demonym ?? '';
  return [demonym, leader.title.slice(demonym.length + 1)];
}

/** `count` articles of about `targetBytes` each, with their sentences' marks and facts. */
export function corpusArticles(count: number, targetBytes = 3000, seed = 42): CorpusArticle[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const pair = (): [Country, Country] => {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    while (b === a) {
      b = pick(COUNTRIES);
    }
    return [a, b];
  };
  const sentences = templates(rnd, pair);
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < count; i += 1) {
    const [a, b] = pair();
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const title: Piece[] = [c(a, capitalise(a.name)), ' and ', c(b, b.name)];
    title.push(` trade accusations (no. ${i + 1})`);
    const titleText = title.map(pieceText).join('');
    const parts = [titleText, ''];
    const paragraphs: CorpusSentence[][] = [];
    let size = titleText.length;
    while (size < targetBytes - 120) {
      const group = [pick(sentences)(), pick(sentences)(), pick(sentences)()];
      const paragraph = group.map(sentenceText).join(' ');
      paragraphs.push(group);
      parts.push(paragraph, '');
      size += paragraph.length + 2;
    }
    parts.push(`Also Read: ${capitalise(b.name)} and ${a.name} in numbers`);
    parts.push(`Copyright ${2020 + (i % 5)} Newsgraph Wire. All rights reserved.`);
    articles.push({
      input: {
        text: parts.join('\n'),
        title: titleText,
        url: `https://wire.example/${i + 1}`,
        source: 'Newsgraph Wire',
        publishedAt: `${2020 + (i % 5)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      },
      title,
      paragraphs,
    });
  }
  return articles;
}

/** `count` articles of about `targetBytes` each (the ingest benchmark's input). */
export function newsCorpus(count: number, targetBytes = 3000, seed = 42): ArticleInput[] {
  return corpusArticles(count, targetBytes, seed).map(a => a.input);
}
