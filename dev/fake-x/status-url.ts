// Matches https://x.com/h/status/1, twitter.com/h/statuses/1, mobile.twitter.com/i/web/status/1, …/#!/h/status/1.
const STATUS_URL =
  /^(?:https?:\/\/)?(?:www\.|mobile\.|m\.)?(?:twitter|x)\.com\/(?:#!\/)?(?:[A-Za-z0-9_]{1,20}\/status(?:es)?|i\/web\/status|i\/status|statuses)\/(\d{1,20})(?:[/?#]|$)/i;

/** Status ID of an x.com / twitter.com status URL, or undefined for any other URL. */
export function statusIdOfUrl(url: string): string | undefined {
  return STATUS_URL.exec(url)?.[1];
}
