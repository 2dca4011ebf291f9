import { isIPv4, isIPv6 } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Where an IP address points; everything except 'public' is refused by the guard. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'metadata'
  | 'multicast'
  | 'unspecified'
  | 'reserved';

/** What a URL's host is, before any DNS: an IP literal (already classified) or a name to resolve. */
export type UrlHostClass =
  | { kind: 'ip'; address: string; class: AddressClass }
  | { kind: 'name'; name: string };

/** Cloud metadata endpoints that sit in otherwise public or private space. */
const METADATA = new Set(['169.254.169.254', '168.63.129.16', '100.100.100.200', 'fd00:ec2::254']);

// The special ranges are ipaddr.js's (kept up to date with the IANA registries), not a table of ours: a range
// we did not know used to read as public. Fail closed: only what ipaddr.js calls plain 'unicast' (and, for
// IPv6, inside the global unicast block 2000::/3) is public; every other named range is refused.
const CLASS_OF_RANGE: Readonly<Record<string, AddressClass>> = {
  unspecified: 'unspecified',
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'cgnat',
  multicast: 'multicast',
};
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
/** The well-known NAT64 prefix (RFC 6052): a DNS64 network reaches public IPv4 hosts through it. */
const WELL_KNOWN_NAT64 = ipaddr.IPv6.parseCIDR('64:ff9b::/96');

function classOfRange(range: string): AddressClass {
  return CLASS_OF_RANGE[range] ?? 'reserved';
}

function classifyV4(address: ipaddr.IPv4): AddressClass {
  if (METADATA.has(address.toString())) return 'metadata';
  const range = address.range();
  return range === 'unicast' ? 'public' : classOfRange(range);
}

/** The IPv4 address in the last 32 bits of an IPv6 address. */
function lastV4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray().slice(12);
  return new ipaddr.IPv4(bytes);
}

function classifyV6(address: ipaddr.IPv6, canonical: string): AddressClass {
  if (METADATA.has(canonical)) return 'metadata';
  // IPv4-mapped (::ffff:a.b.c.d) and well-known NAT64 (64:ff9b::a.b.c.d) reach exactly the embedded address
  if (address.isIPv4MappedAddress() || address.match(WELL_KNOWN_NAT64)) return classifyV4(lastV4(address));
  const range = address.range();
  if (range === '6to4') {
    // Deprecated (RFC 7526) and served by anycast relays: refused, named after the embedded address if special
    const embedded = classifyV4(new ipaddr.IPv4(address.toByteArray().slice(2, 6)));
    return embedded === 'public' ? 'reserved' : embedded;
  }
  if (range !== 'unicast') return classOfRange(range);
  return address.match(GLOBAL_UNICAST_V6) ? 'public' : 'reserved';
}

/** Classifies an IP address (IPv4 dotted quad, or IPv6 with or without brackets); undefined if not an IP. */
export function classifyAddress(address: string): AddressClass | undefined {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  // node's isIP accepts only canonical IPv4 (ipaddr.js would also read `127.1` or `0x7f.1` as addresses)
  if (isIPv4(bare)) return classifyV4(ipaddr.IPv4.parse(bare));
  if (!isIPv6(bare)) return undefined;
  // WHATWG serialization is exact; ipaddr.js reads the deprecated `::a.b.c.d` as `::ffff:a.b.c.d`
  const canonical = new URL(`http://[${bare.replace(/%.*$/, '')}]/`).hostname.slice(1, -1);
  return classifyV6(ipaddr.IPv6.parse(canonical), canonical);
}

/**
 * Classifies a URL's host. WHATWG URL parsing has already turned decimal (2130706433), octal (0177.0.0.1)
 * and hex (0x7f000001) IPv4 forms into dotted quads, so only canonical forms reach here.
 * `localhost` names are loopback by definition and never sent to DNS.
 */
export function classifyUrlHost(url: URL): UrlHostClass {
  const host = url.hostname;
  const ipClass = classifyAddress(host);
  if (ipClass !== undefined) return { kind: 'ip', address: host, class: ipClass };
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  if (name === 'localhost' || name.endsWith('.localhost'))
    return { kind: 'ip', address: name, class: 'loopback' };
  return { kind: 'name', name };
}
