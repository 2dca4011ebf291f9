/** A URL-ish token, with or without scheme: "https://t.co/AbC", "pic.twitter.com/AbC", "example.org/report". */
export const URL_TOKEN = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?/giu;

/** The URL-ish tokens of a text, in order (e.g. the t.co and pic links an oEmbed text shows without entities). */
export function linksInText(text: string): string[] {
  return text.match(URL_TOKEN) ?? [];
}
