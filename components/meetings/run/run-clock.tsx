"use client";

import { useEffect, useState } from "react";
import { elapsedSince } from "@/lib/meetings/run-clock";

// Time since the meeting started, ticking while the chair stays on an item. The first render uses
// the server's "now" (passed in), so the server's HTML and the browser's first render agree (no
// hydration mismatch); the browser's clock takes over after mounting.

const TICK_MS = 15_000;

export function RunClock({ startedAt, renderedAt }: { startedAt: string; renderedAt: string }) {
  const [now, setNow] = useState(() => new Date(renderedAt));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <span data-testid="meeting-elapsed">{elapsedSince(new Date(startedAt), now)}</span>;
}
