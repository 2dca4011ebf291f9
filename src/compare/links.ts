import type { Citation, CitedLink } from '../citation.js';
import {
  type FieldVerdict,
  type LinkResolution,
  type PostLink,
  UnverifiableReasonSchema,
} from '../result.js';
import { shortCodeOf, urlKey } from '../x-url/index.js';
import { type ComparedPost, labelArchived } from './compared-post.js';
import { linksInText } from './text-links.js';
import { createVerdict } from './verdict.js';

function sameLink(a: string, b: string): boolean {
  const codeA = shortCodeOf(a);
  const codeB = shortCodeOf(b);
  if (codeA !== null || codeB !== null) return codeA?.code === codeB?.code;
  return urlKey(a) === urlKey(b);
}

function findResolution(
  cited: CitedLink,
  resolutions: readonly LinkResolution[],
): LinkResolution | undefined {
  return resolutions.find((r) => r.url === cited.url) ?? resolutions.find((r) => sameLink(r.url, cited.url));
}

/** Matches a displayed (possibly "…"-shortened) URL against an entity's display or expanded URL. */
function matchesDisplayed(cited: string, link: PostLink): boolean {
  const shortened = cited.endsWith('…');
  const citedKey = urlKey(shortened ? cited.slice(0, -1) : cited);
  return [link.displayUrl, link.expandedUrl].some((form) => {
    if (form === null) return false;
    const key = urlKey(form.endsWith('…') ? form.slice(0, -1) : form);
    return shortened ? key.startsWith(citedKey) : key === citedKey;
  });
}

/** A link the post text shows without an entity (oEmbed text has none), as a bare entity. */
function findInText(cited: CitedLink, postText: string): PostLink | undefined {
  const citedShort = shortCodeOf(cited.url);
  const shown = linksInText(postText).find((token) => {
    const short = shortCodeOf(token);
    return citedShort !== null ? short?.code === citedShort.code : urlKey(token) === urlKey(cited.url);
  });
  if (shown === undefined) return undefined;
  const kind = shortCodeOf(shown)?.host === 'pic' ? 'media' : 'url';
  return { url: shown, expandedUrl: null, displayUrl: shown, kind };
}

function findEntity(cited: CitedLink, links: readonly PostLink[]): PostLink | undefined {
  const short = shortCodeOf(cited.url);
  if (short !== null) {
    // pic links name media; a t.co link may be either kind
    const candidates = short.host === 'pic' ? links.filter((l) => l.kind === 'media') : links;
    return candidates.find((l) =>
      [l.url, l.displayUrl].some((form) => shortCodeOf(form)?.code === short.code),
    );
  }
  return links.find((l) => matchesDisplayed(cited.url, l));
}

/** Whether any hop of the redirect chain (or its end) is the entity's expanded URL. */
function reaches(resolution: LinkResolution, expandedUrl: string): boolean {
  const target = urlKey(expandedUrl);
  const visited = [
    ...resolution.chain.flatMap((hop) => [hop.url, hop.location]),
    ...(resolution.finalUrl === null ? [] : [resolution.finalUrl]),
  ];
  return visited.some((url) => urlKey(url) === target);
}

function verdictForResolvedEntity(
  cited: CitedLink,
  entity: PostLink,
  resolution: LinkResolution | undefined,
  archived: boolean,
): FieldVerdict {
  const matched = createVerdict(
    'link-match',
    labelArchived(
      `${cited.url} is one of the post's own ${entity.kind === 'media' ? 'media' : 'links'}.`,
      archived,
    ),
    { expected: cited.url, actual: entity.expandedUrl ?? entity.url },
  );
  if (resolution === undefined) return matched;
  if (failedToCheck(resolution)) return notChecked(cited, resolution);
  if (resolution.finalUrl === null) {
    return createVerdict('link-unresolvable', `${cited.url} could not be followed to a target.`, {
      expected: entity.expandedUrl ?? cited.url,
      actual: resolution.error,
    });
  }
  if (entity.expandedUrl === null || reaches(resolution, entity.expandedUrl)) return matched;
  return createVerdict(
    'link-target-changed',
    labelArchived(
      `${cited.url} now leads to ${resolution.finalUrl}, not to the post's ${entity.expandedUrl}.`,
      archived,
    ),
    { expected: entity.expandedUrl, actual: resolution.finalUrl },
  );
}

/**
 * A resolution that failed on our side (network, timeout, offline miss…): x/ words its error
 * "<UnverifiableReason>: <detail>", a closed vocabulary, so this is not a guess at free text.
 */
function failedToCheck(resolution: LinkResolution): boolean {
  const reason = resolution.error?.split(':', 1)[0] ?? '';
  return resolution.finalUrl === null && UnverifiableReasonSchema.safeParse(reason).success;
}

function notChecked(cited: CitedLink, resolution: LinkResolution): FieldVerdict {
  return createVerdict('link-not-checked', `${cited.url} could not be followed (${resolution.error}).`, {
    expected: cited.url,
    actual: resolution.error,
  });
}

/** Without a post to compare with, what the link resolution alone shows. */
function verdictForResolutionOnly(cited: CitedLink, resolution: LinkResolution): FieldVerdict {
  if (failedToCheck(resolution)) return notChecked(cited, resolution);
  if (resolution.finalUrl === null) {
    return createVerdict('link-unresolvable', `${cited.url} could not be followed to a target.`, {
      expected: cited.url,
      actual: resolution.error,
    });
  }
  return createVerdict('link-resolved', `${cited.url} resolves to ${resolution.finalUrl}.`, {
    expected: cited.url,
    actual: resolution.finalUrl,
  });
}

/**
 * Each cited link against the post's own entities: t.co links by code (scheme and query ignored), pic links
 * against its media, display URLs against display/expanded URLs. With a redirect chain, the link must still
 * reach the entity's expanded URL (expected = entity's expanded URL, actual = where it leads now).
 */
export function compareLinks(
  citation: Citation,
  compared: ComparedPost | null,
  resolutions: readonly LinkResolution[],
): FieldVerdict[] {
  return citation.links.flatMap((cited): FieldVerdict[] => {
    const resolution = findResolution(cited, resolutions);
    if (compared === null)
      return resolution === undefined ? [] : [verdictForResolutionOnly(cited, resolution)];
    const entity = findEntity(cited, compared.post.links) ?? findInText(cited, compared.post.text);
    // A long post's preview lists only the links of its first ~275 characters: one past them is not missing.
    if (entity === undefined && compared.post.truncated)
      return resolution === undefined ? [] : [verdictForResolutionOnly(cited, resolution)];
    if (entity === undefined) {
      const own = compared.post.links.map((l) => l.displayUrl ?? l.url);
      const where = shortCodeOf(cited.url)?.host === 'pic' ? 'media' : 'links';
      return [
        createVerdict(
          'link-missing',
          labelArchived(`${cited.url} is not among the post's own ${where}.`, compared.archived),
          { expected: cited.url, actual: own.length === 0 ? null : own.join(' ') },
        ),
      ];
    }
    return [verdictForResolvedEntity(cited, entity, resolution, compared.archived)];
  });
}
