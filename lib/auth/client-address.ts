import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

// The client's address, for sign-in throttling and audit rows.
//
// X-Forwarded-For is written by whoever sends the request, so on its own it proves nothing: a
// client reaching the app directly could put any address there and get a fresh per-address
// sign-in limit with every request. So the address is decided once, where the socket is known:
// scripts/serve.ts (the app's HTTP server) calls resolveClientAddress with the socket's peer
// address and puts the answer in CLIENT_ADDRESS_HEADER, replacing any copy the client sent. The
// forwarded header is believed only when the peer is one of TRUSTED_PROXIES (a load balancer),
// and then only back to the first hop that is not one of them. Everything else in the app reads
// clientAddressFrom(), which looks at nothing but that header.

/** Set by the app's server for every request; any incoming copy is discarded. */
export const CLIENT_ADDRESS_HEADER = "x-captiva-client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Parses TRUSTED_PROXIES ("10.0.0.0/8, 192.0.2.4, 2001:db8::/32"); throws naming a bad entry. */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const entry of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(address ?? "");
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length > 0 || (bits !== null && (!/^\d{1,3}$/.test(prefix!) || bits > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (like 10.0.0.0/8)`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === null) list.addAddress(address!, type);
    else list.addSubnet(address!, bits, type);
  }
  return list;
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; null for anything that is not an IP address. */
function normalise(value: string | undefined): string | null {
  const bare = value?.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
  return bare && isIP(bare) ? bare : null;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy; then the forwarded
 * chain is walked from the nearest hop back, skipping trusted proxies, and the first other entry is
 * the client ("invalid" if that entry is junk). Entries before it were written by the client and
 * are never believed.
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  trusted,
}: {
  peer: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: BlockList;
}): string {
  let current = normalise(peer);
  if (!current) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  while (isTrusted(current, trusted)) {
    const next = hops.pop();
    if (next === undefined) return current; // the proxy forwarded nothing more: it is all we know
    const address = normalise(next);
    if (!address) return "invalid";
    current = address;
  }
  return current;
}

/**
 * For the app's HTTP server (scripts/serve.ts), before Next sees the request: resolves the client's
 * address from the socket and writes it to CLIENT_ADDRESS_HEADER, replacing any copy the client
 * sent; X-Forwarded-For is rewritten to the same address so nothing downstream can read the
 * client's own version.
 */
export function annotateClientAddress(req: IncomingMessage, trusted: BlockList): string {
  const address = resolveClientAddress({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trusted,
  });
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  if (address === "unknown" || address === "invalid") delete req.headers["x-forwarded-for"];
  else req.headers["x-forwarded-for"] = address;
  return address;
}

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The address the server resolved for this request; "unknown" outside it (never a forwarded header). */
export function clientAddressFrom(source: HeaderSource): string {
  const value = header(source, CLIENT_ADDRESS_HEADER);
  if (!value) return "unknown";
  return normalise(value) ?? "invalid";
}
