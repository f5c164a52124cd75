import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import {
  DatabaseBusyError,
  RETRY_AFTER_SECONDS,
  isDatabaseBusy,
  registerPoolGauge,
} from "@/lib/db/database-busy";
import { actionErrorFrom } from "@/lib/actions/action-result";

// Backpressure (issue 15): a full queue is answered 503 with Retry-After, never a 500.

let waiting = 0;
let oldest = 0;
registerPoolGauge({ waiting: () => waiting, oldestWaitMs: () => oldest, bound: 3, shedAfterMs: 1_000 });
afterEach(() => {
  waiting = 0;
  oldest = 0;
});

describe("the proxy under overload", () => {
  it("answers a page with 503 and Retry-After once the database queue is at its bound", async () => {
    waiting = 3;
    const response = await proxy(new NextRequest("http://localhost/offences"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await response.text()).toContain("The service is busy");
  });

  it("answers an API caller with JSON 503", async () => {
    waiting = 5;
    const response = await proxy(new NextRequest("http://localhost/api/auth/session"));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: "busy" });
  });

  it("turns new requests away once the oldest waiter has waited past the shedding time", async () => {
    waiting = 1;
    oldest = 1_200;
    expect((await proxy(new NextRequest("http://localhost/figures"))).status).toBe(503);
    oldest = 300;
    expect((await proxy(new NextRequest("http://localhost/sign-in"))).status).toBe(200);
  });

  it("still serves the health probes and static files", async () => {
    waiting = 5;
    for (const path of [
      "/api/health/live",
      "/api/health/ready",
      "/_next/static/chunks/a.js",
      "/favicon.ico",
    ]) {
      const response = await proxy(new NextRequest(`http://localhost${path}`));
      expect(response.status, path).not.toBe(503);
    }
  });

  it("lets requests through while the queue is below its bound", async () => {
    waiting = 2;
    const response = await proxy(new NextRequest("http://localhost/sign-in"));
    expect(response.status).toBe(200);
  });
});

describe("a busy error reaching a server action", () => {
  it("is answered as BUSY with its own message, not INTERNAL", () => {
    const wrapped = new Error("Prisma wrapper", { cause: new DatabaseBusyError("queue-full") });
    expect(isDatabaseBusy(wrapped)).toBe(true);
    const { error, unexpected } = actionErrorFrom(wrapped, "ref");
    expect(unexpected).toBe(false);
    expect(error.code).toBe("BUSY");
    expect(error.message).toMatch(/busy/);
  });
});
