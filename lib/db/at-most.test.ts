import { describe, expect, it } from "vitest";
import { atMost, slots } from "@/lib/db/at-most";

describe("atMost", () => {
  it("never runs more than the limit at once and keeps the results in order", async () => {
    let running = 0;
    let peak = 0;
    const task = (value: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5 + (value % 3)));
      running--;
      return value;
    };
    const results = await atMost(3, [task(1), task(2), task(3), task(4), task(5), task(6), task(7), task(8)]);
    expect(results).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(peak).toBe(3);
  });

  it("passes a failure through", async () => {
    await expect(atMost(2, [async () => 1, async () => Promise.reject(new Error("no"))])).rejects.toThrow(
      "no",
    );
  });
});

describe("slots", () => {
  it("lets `limit` in at once and hands each freed slot to the longest waiter", async () => {
    const gate = slots(2);
    const order: string[] = [];
    const enter = (name: string) => gate.take().then(() => order.push(name));
    await Promise.all([enter("a"), enter("b")]);
    const waiting = [enter("c"), enter("d")];
    await Promise.resolve();
    expect(order).toEqual(["a", "b"]);
    gate.free();
    await waiting[0];
    expect(order).toEqual(["a", "b", "c"]);
    void enter("e"); // a newcomer queues behind d
    gate.free();
    await waiting[1];
    expect(order).toEqual(["a", "b", "c", "d"]);
  });
});
