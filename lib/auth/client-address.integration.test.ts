import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { hashPassword } from "@/lib/auth/password";
import { annotateClientAddress, clientAddressFrom, parseTrustedProxies } from "@/lib/auth/client-address";
import { authorizeCredentials } from "@/lib/auth/server/authorize-credentials";

// Issue 13 item 2, through real sockets: the same per-request step scripts/serve.ts runs before
// Next, then the sign-in check with the address the app would read. A changing X-Forwarded-For
// (or a forged copy of our own header) must not give a fresh per-address limit.

withTestDatabase();

let server: Server;
let port = 0;
let trustedProxies = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    annotateClientAddress(req, parseTrustedProxies(trustedProxies));
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const { email, password } = JSON.parse(body) as { email: string; password: string };
      const address = clientAddressFrom(req.headers);
      void authorizeCredentials({ email, password, address }).then((result) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ address, result }));
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function post(
  body: object,
  headers: Record<string, string>,
): Promise<{ address: string; result: { ok: boolean; code?: string } }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/", headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve(JSON.parse(text)));
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

describe("the client address behind scripts/serve.ts", () => {
  it("ignores X-Forwarded-For from an untrusted peer: 20 failures under changing headers still lock the address", async () => {
    trustedProxies = "";
    const passwordHash = await hashPassword("Correct-horse-7");
    await getPrisma().user.create({
      data: { email: "xff.target@captiva.test", name: "Target", role: "ANALYST", passwordHash },
    });
    for (let i = 0; i < 20; i++) {
      const reply = await post(
        { email: `spray${i}@captiva.test`, password: "wrong" },
        {
          "x-forwarded-for": `203.0.113.${i + 1}`,
          "x-captiva-client-address": `198.51.100.${i + 1}`,
          "x-real-ip": "192.0.2.1",
        },
      );
      expect(reply).toEqual({ address: "127.0.0.1", result: { ok: false, code: "SIGN_IN_FAILED" } });
    }
    const last = await post(
      { email: "xff.target@captiva.test", password: "Correct-horse-7" },
      { "x-forwarded-for": "203.0.113.250" },
    );
    expect(last.result).toEqual({ ok: false, code: "RATE_LIMITED" });

    const addresses = await getPrisma().signInAttempt.groupBy({ by: ["address"], _count: true });
    expect(addresses).toEqual([{ address: "127.0.0.1", _count: 20 }]);
    const audited = await getPrisma().auditEvent.findMany({
      where: { event: { startsWith: "auth.sign-in" } },
      select: { address: true },
    });
    expect(new Set(audited.map((row) => row.address))).toEqual(new Set(["127.0.0.1"]));
  });

  it("believes X-Forwarded-For only when the peer is a trusted proxy", async () => {
    trustedProxies = "127.0.0.0/8";
    const reply = await post(
      { email: "someone@captiva.test", password: "wrong" },
      { "x-forwarded-for": "6.6.6.6, 203.0.113.77" },
    );
    expect(reply.address).toBe("203.0.113.77");
    expect(
      await getPrisma().signInAttempt.findFirst({ where: { email: "someone@captiva.test" } }),
    ).toMatchObject({ address: "203.0.113.77" });
  });
});
