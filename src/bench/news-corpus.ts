/**
 * A generated corpus of diplomatic news for the ingest benchmark: deterministic (seeded), each article
 * unique, about 3 KB, written like wire copy with the constructions the pipeline reads (quotations,
 * reported speech, "according to", modal and historical sentences, relative dates) plus boilerplate and
 * plain filler. The facts are random combinations, so the text means nothing; only its shape matters.
 */
import type { ArticleInput } from '../kg/article-input';

interface Country {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'Russia', demonym: 'Russian', capital: 'Moscow' },
  { name: 'North Korea', demonym: 'North Korean', capital: 'Pyongyang' },
  { name: 'China', demonym: 'Chinese', capital: 'Beijing' },
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo' },
  { name: 'South Korea', demonym: 'South Korean', capital: 'Seoul' },
  { name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kyiv' },
  { name: 'the United States', demonym: 'American', capital: 'Washington' },
  { name: 'France', demonym: 'French', capital: 'Paris' },
  { name: 'Germany', demonym: 'German', capital: 'Berlin' },
  { name: 'India', demonym: 'Indian', capital: 'New Delhi' },
  { name: 'Iran', demonym: 'Iranian', capital: 'Tehran' },
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara' },
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw' },
  { name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia' },
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo' },
  { name: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi' },
  { name: 'Moldova', demonym: 'Moldovan', capital: 'Chisinau' },
  { name: 'Syria', demonym: 'Syrian', capital: 'Damascus' },
];

const LEADERS: readonly { readonly name: string; readonly title: string }[] = [
  { name: 'Vladimir Putin', title: 'Russian President' },
  { name: 'Kim Jong Un', title: 'North Korean leader' },
  { name: 'Xi Jinping', title: 'Chinese President' },
  { name: 'Volodymyr Zelenskyy', title: 'Ukrainian President' },
];

const OUTLETS = ['KCNA', 'TASS', 'Reuters', 'Xinhua', 'Yonhap'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const TOPICS = ['trade', 'energy', 'security', 'grain exports', 'fisheries', 'rail links'];

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

/** `count` articles of about `targetBytes` each. */
export function newsCorpus(count: number, targetBytes = 3000, seed = 42): ArticleInput[] {
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
  const sentences: (() => string)[] = [
    () => {
      const [a, b] = pair();
      return `${capitalise(a.name)} expelled two ${b.demonym} diplomats on ${pick(WEEKDAYS)}.`;
    },
    () => {
      const [a, b] = pair();
      return `${capitalise(a.name)} imposed sanctions on ${b.name} over its ${pick(TOPICS)} policy.`;
    },
    () => {
      const l = pick(LEADERS);
      const [, b] = pair();
      return `${l.title} ${l.name} praised ${b.name} for its support, according to ${pick(OUTLETS)}.`;
    },
    () => {
      const [a, b] = pair();
      return `"We will expand our cooperation in ${pick(TOPICS)} with ${b.name}," the ${a.demonym} foreign minister said.`;
    },
    () => {
      const [a, b] = pair();
      return `${capitalise(a.name)} stated that ${b.name} had broken its promises on ${pick(TOPICS)}.`;
    },
    () => {
      const [a, b] = pair();
      return `${capitalise(a.name)} plans to sign an agreement on ${pick(TOPICS)} with ${b.name} in ${pick(MONTHS)}.`;
    },
    () => {
      const [a, b] = pair();
      return `In ${1990 + Math.floor(rnd() * 30)}, ${a.name} recognized the independence of ${b.name}.`;
    },
    () => {
      const [a, b] = pair();
      return `${capitalise(a.name)} condemned ${b.name} after talks in ${a.capital} collapsed.`;
    },
    () => {
      const [a, b] = pair();
      return `${capitalise(a.name)} could send humanitarian aid to ${b.name} before the winter.`;
    },
    () => {
      const [a, b] = pair();
      return `${b.capital} cut diplomatic ties with ${a.name} in retaliation.`;
    },
    () =>
      `Officials said the talks on ${pick(TOPICS)} would continue next month at the working level, ` +
      'and analysts expected no breakthrough before the end of the year.',
    () =>
      `Markets reacted calmly to the news, with ${pick(TOPICS)} prices little changed in ` +
      'afternoon trading and most traders waiting for further details.',
  ];
  const articles: ArticleInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const [a, b] = pair();
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const parts = [`${capitalise(a.name)} and ${b.name} trade accusations (no. ${i + 1})`, ''];
    let size = parts[0]?.length ?? 0;
    while (size < targetBytes - 120) {
      const paragraph = [pick(sentences)(), pick(sentences)(), pick(sentences)()].join(' ');
      parts.push(paragraph, '');
      size += paragraph.length + 2;
    }
    parts.push(`Also Read: ${capitalise(b.name)} and ${a.name} in numbers`);
    parts.push(`Copyright ${2020 + (i % 5)} Newsgraph Wire. All rights reserved.`);
    articles.push({
      text: parts.join('\n'),
      title: parts[0] ?? null,
      url: `https://wire.example/${i + 1}`,
      source: 'Newsgraph Wire',
      publishedAt: `${2020 + (i % 5)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    });
  }
  return articles;
}
