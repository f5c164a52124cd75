// The client's address for sign-in throttling and audit rows.
//
// Next's server fills `x-forwarded-for` with the socket's address only when the request has none,
// and a load balancer appends the address it saw. So the LAST entry is the one written by the
// nearest hop we trust. Deployments must sit behind a proxy that sets or appends X-Forwarded-For
// (README "Running several instances"); exposed directly, a client could choose its own address
// and so dodge the per-address limit (the per-account limit still holds).

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const ADDRESS = /^[0-9a-fA-F:.]{2,45}$/;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

export function clientAddressFrom(source: HeaderSource): string {
  const forwarded = header(source, "x-forwarded-for");
  const candidate = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1) ?? header(source, "x-real-ip")?.trim();
  if (!candidate) return "unknown";
  const bare = candidate.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
  return ADDRESS.test(bare) ? bare : "invalid";
}
