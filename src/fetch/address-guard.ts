import { isIPv4, isIPv6 } from 'node:net';

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
const METADATA_V4 = new Set(['169.254.169.254', '168.63.129.16', '100.100.100.200']);

function v4Octets(address: string): [number, number, number, number] {
  const parts = address.split('.').map(Number);
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 0];
}

function classifyV4(address: string): AddressClass {
  if (METADATA_V4.has(address)) return 'metadata';
  const [a, b, c] = v4Octets(address);
  if (a === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'cgnat';
  if (a === 169 && b === 254) return 'link-local';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a >= 240) return 'reserved'; // includes 255.255.255.255 broadcast
  // IETF protocol assignments, documentation and benchmarking ranges
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'reserved';
  if (a === 198 && (b === 18 || b === 19)) return 'reserved';
  if ((a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return 'reserved';
  return 'public';
}

/** Parses an IPv6 literal (no brackets, optional embedded dotted IPv4) into eight 16-bit groups. */
export function parseIPv6(input: string): number[] | undefined {
  let text = input.toLowerCase();
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  if (!isIPv6(text)) return undefined;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  const trailer: number[] = [];
  if (tail.includes('.')) {
    const [a, b, c, d] = v4Octets(tail);
    trailer.push((a << 8) | b, (c << 8) | d);
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [head = '', rest] = text.split('::');
  const toGroups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const front = toGroups(head);
  const back = rest === undefined ? [] : toGroups(rest);
  const fill = rest === undefined ? [] : new Array<number>(8 - front.length - back.length).fill(0);
  const groups = [...front, ...fill, ...back];
  if (trailer.length === 2) groups.splice(6, 2, ...trailer);
  return groups.length === 8 ? groups : undefined;
}

function embeddedV4(hi: number, lo: number): string {
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

function classifyV6(groups: number[]): AddressClass {
  const g = (i: number): number => groups[i] ?? 0;
  const zeroUpTo = (n: number): boolean => groups.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g(7) === 1) return 'loopback';
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the embedded IPv4 address
  if (zeroUpTo(5) && g(5) === 0xffff) return classifyV4(embeddedV4(g(6), g(7)));
  if (g(0) === 0x64 && g(1) === 0xff9b && groups.slice(2, 6).every((x) => x === 0)) {
    return classifyV4(embeddedV4(g(6), g(7)));
  }
  if (zeroUpTo(6)) return 'reserved'; // deprecated IPv4-compatible ::a.b.c.d
  if (g(0) === 0x2002) return classifyV4(embeddedV4(g(1), g(2))); // 6to4
  if (g(0) === 0xfd00 && g(1) === 0x0ec2 && groups.slice(2, 7).every((x) => x === 0) && g(7) === 0x254) {
    return 'metadata'; // AWS IMDS over IPv6
  }
  if ((g(0) & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if ((g(0) & 0xffc0) === 0xfe80) return 'link-local';
  if ((g(0) & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g(0) & 0xff00) === 0xff00) return 'multicast';
  if (g(0) === 0x2001 && g(1) === 0x0db8) return 'reserved'; // documentation
  if (g(0) === 0x0100 && g(1) === 0 && g(2) === 0 && g(3) === 0) return 'reserved'; // discard-only
  return 'public';
}

/** Classifies an IP address (IPv4 dotted quad, or IPv6 with or without brackets); undefined if not an IP. */
export function classifyAddress(address: string): AddressClass | undefined {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (isIPv4(bare)) return classifyV4(bare);
  const groups = parseIPv6(bare);
  return groups === undefined ? undefined : classifyV6(groups);
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
