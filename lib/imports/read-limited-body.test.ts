import { describe, expect, it } from "vitest";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config } from "@/proxy";
import { readLimitedBody } from "@/lib/imports/read-limited-body";

// Issue 13 item 15: no route but the import upload accepts big bodies, and the upload reads its
// body only after the session check, stopping at the limit.

const stream = (chunks: number[], size: number, pulled: { n: number }) =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.n >= chunks.length) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(chunks[pulled.n++]!));
    },
  });

describe("the body of the import upload", () => {
  it("is read whole when within the limit", async () => {
    const pulled = { n: 0 };
    const request = new Request("http://localhost/imports/upload", {
      method: "POST",
      body: stream([1, 2, 3], 10, pulled),
      duplex: "half",
    } as RequestInit);
    const read = await readLimitedBody(request, 30);
    expect(read).not.toBe("too-large");
    expect(new Uint8Array(await (read as Request).arrayBuffer())).toHaveLength(30);
  });

  it("is abandoned as soon as it passes the limit, even with no Content-Length", async () => {
    const pulled = { n: 0 };
    const request = new Request("http://localhost/imports/upload", {
      method: "POST",
      body: stream([1, 2, 3, 4, 5, 6, 7, 8], 10, pulled),
      duplex: "half",
    } as RequestInit);
    expect(await readLimitedBody(request, 25)).toBe("too-large");
    expect(pulled.n).toBeLessThan(8); // it stopped reading; the rest was never pulled
  });
});

describe("the proxy's matcher", () => {
  it("runs the proxy (and so Next's default body limit) on every route but the upload", () => {
    for (const url of [
      "/",
      "/sign-in",
      "/api/auth/callback/credentials",
      "/imports",
      "/imports/12",
      "/offences/export/csv",
      "/imports/upload/x",
    ]) {
      expect(unstable_doesMiddlewareMatch({ config, url }), url).toBe(true);
    }
    expect(unstable_doesMiddlewareMatch({ config, url: "/imports/upload" })).toBe(false);
  });
});
