/** Invented prose and people for the benchmark corpus: no real accounts, no real posts. */

const WORDS = (
  'the a council report city budget river bridge station market school library garden harbour festival ' +
  'museum weather season traffic record plan vote board committee review project team study survey data ' +
  'figure number week month year morning evening update result story question answer interview guest ' +
  'opening closing repair launch change delay schedule route service line park tower field road square ' +
  'north south east west new old early late local regional quiet busy open closed small large first last ' +
  'said shows found expects plans opens closes reports adds notes writes posted shared announced confirmed'
).split(' ');

const FIRST =
  'Ada Bram Cleo Dario Edda Finn Greta Hugo Ines Jon Kira Lars Mira Nils Olga Pia Quinn Rafa Sana Timo'.split(
    ' ',
  );
const LAST =
  'Alder Birch Cedar Dune Ember Fjord Grove Heath Inlet Juniper Kestrel Linden Moss Nettle Oak Pine'.split(
    ' ',
  );
const ORGS =
  'Harbour Desk|City Hall Notes|River Valley News|Open Data Lab|Night Train Weekly|Field Notes'.split('|');
const DOMAINS = ['example.org', 'example.com', 'example.net', 'news.example', 'blog.example'];
const EMOJI = ['🚆', '📊', '🌧️', '🎉', '🇸🇻🤝🏼🇺🇸', '😂', '🔥', '📣'];

/** A draw in [0, 1), from the corpus' seeded RNG. */
export type Random = () => number;

/** Picks one element (the arrays here are never empty). */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One invented sentence of `min`–`max` words, capitalised and closed with a full stop. */
export function sentence(random: Random, min = 8, max = 18): string {
  const words = Array.from({ length: between(random, min, max) }, () => pick(random, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of 2–5 invented sentences. */
export function paragraph(random: Random): string {
  return Array.from({ length: between(random, 2, 5) }, () => sentence(random)).join(' ');
}

/** The text of an invented post: one or two short sentences, sometimes with an emoji. */
export function postText(random: Random): string {
  const body = Array.from({ length: between(random, 1, 2) }, () => sentence(random, 5, 12)).join(' ');
  return random() < 0.25 ? `${pick(random, EMOJI)} ${body}` : body;
}

/** An invented account: display name and handle (1–15 of [A-Za-z0-9_]). */
export function person(random: Random, index: number): { name: string; handle: string } {
  if (random() < 0.2) {
    const org = pick(random, ORGS);
    return { name: org, handle: `${org.replace(/[^A-Za-z]/g, '').slice(0, 11)}${index % 1000}` };
  }
  const first = pick(random, FIRST);
  const last = pick(random, LAST);
  return {
    name: `${first} ${last}`,
    handle: `${first.toLowerCase()}_${last.toLowerCase()}${index % 100}`.slice(0, 15),
  };
}

/** A publisher URL a post links to (loopback-only in practice: the bench rewrites or upstreams it). */
export function publisherUrl(random: Random, index: number): { url: string; display: string } {
  const domain = pick(random, DOMAINS);
  const path = `${pick(random, WORDS)}-${pick(random, WORDS)}-${index}`;
  return { url: `https://${domain}/${path}`, display: `${domain}/${path}`.slice(0, 26) };
}

const CODE_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

/** A 10-character t.co code; `serial` keeps codes unique within a corpus. */
export function shortCode(random: Random, serial: number): string {
  const head = Array.from({ length: 6 }, () => pick(random, CODE_CHARS)).join('');
  return `${head}${serial.toString(36).padStart(4, '0')}`;
}
