// The RMS extract upload reads its body itself (proxy.ts does not buffer it): counted as it
// arrives and abandoned past the limit, so a body without a Content-Length, or one that lies about
// it, can never make the server hold more than the limit.

/** The request with its body read into memory, or "too-large" as soon as the limit is passed. */
export async function readLimitedBody(request: Request, limit: number): Promise<Request | "too-large"> {
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => {});
        return "too-large";
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}
