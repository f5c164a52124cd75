import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { DatabaseBusyError, RETRY_AFTER_SECONDS } from "@/lib/db/database-busy";

// Issue 15: a PDF download that meets a full database pool answers busy (503 + Retry-After), never
// a 500, wherever the wait happens: in the session lookup as much as in the pack's data function.

const getActor = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/server/get-actor", () => ({ getActor }));

const { meetingPdfResponse } = await import("@/lib/pdf/meeting-pdf-route");

const post = () =>
  new NextRequest("http://app.test/meetings/3/pack.pdf", {
    method: "POST",
    headers: { origin: "http://app.test", host: "app.test", "sec-fetch-site": "same-origin" },
  });

describe("a meeting PDF when the database is busy", () => {
  it("answers 503 with Retry-After when the session lookup cannot get a connection", async () => {
    getActor.mockRejectedValueOnce(new DatabaseBusyError("queue-full"));
    const make = vi.fn();
    const response = await meetingPdfResponse(post(), Promise.resolve({ id: "3" }), make);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(make).not.toHaveBeenCalled();
  });

  it("answers 503 when the pack's own read meets a full pool", async () => {
    getActor.mockResolvedValueOnce({ id: 7, role: "CHAIR" });
    const make = vi.fn().mockRejectedValue(new DatabaseBusyError("wait-timeout"));
    const response = await meetingPdfResponse(post(), Promise.resolve({ id: "3" }), make);
    expect(response.status).toBe(503);
    expect(make).toHaveBeenCalledOnce();
  });

  it("still lets any other failure through as an error", async () => {
    getActor.mockRejectedValueOnce(new Error("something else"));
    await expect(meetingPdfResponse(post(), Promise.resolve({ id: "3" }), vi.fn())).rejects.toThrow(
      "something else",
    );
  });
});
