import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setEnvForProcess } from "@/lib/env";
import { intelListHref } from "@/lib/intelligence/list-query";
import { offenceListHref } from "@/lib/offences/list-link";
import { saveViewHref } from "@/lib/saved-views/kinds";
import { referralListHref } from "@/lib/search/referral-filters";
import { SEALED_FIELDS, SEALED_PARAM, sealFields } from "./sealed-fields";
import { openSealedQuery, readSealedFields, sealHref, sealQuery } from "./sealed-query";

// Issue 18: a person's name never stands in an address (browser history, proxy logs). These hold
// for every list a name can be typed into: its form posts to app/search/run, its links carry the
// name only as a token sealed to the user, and a name sent plain is never searched.

beforeAll(() => setEnvForProcess("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-chars"));

const NAME = "Mockridge";
/** A register's link state on a page sealed with "TOKEN": its filters, sorted newest first, 25 a page. */
const registerLink = <F, S extends string>(form: F, sort: S, page: number) =>
  ({ form, sort, dir: "desc", page, size: 25, sealed: "TOKEN" }) as const;
const noName = (href: string) => expect(decodeURIComponent(href).toLowerCase()).not.toContain("mockridge");

describe("sealed list fields", () => {
  it("a link takes the token in place of the name, or drops the name when it has none", () => {
    const params = new URLSearchParams({ name: NAME, npu: "3" });
    sealFields(params, "/offences", "TOKEN");
    expect(params.toString()).toBe("npu=3&sealed=TOKEN");
    const none = new URLSearchParams({ name: NAME, npu: "3" });
    sealFields(none, "/offences", "");
    expect(none.toString()).toBe("npu=3");
    // No name, no token: a link that removes the name filter carries nothing of it.
    const removed = new URLSearchParams({ name: "", npu: "3" });
    sealFields(removed, "/offences", "TOKEN");
    expect(removed.toString()).toBe("npu=3");
  });

  it("each list's link builder keeps the name out of a page's links and keeps the other filters", () => {
    expect(offenceListHref(registerLink({ name: NAME, knife: "yes" }, "recorded", 2))).toBe(
      "/offences?knife=yes&page=2&sealed=TOKEN",
    );
    expect(intelListHref(registerLink({ q: NAME, handling: "P" }, "received", 1))).toBe(
      "/intelligence?handling=P&sealed=TOKEN",
    );
    expect(referralListHref({ q: NAME, state: "ENGAGED", due: false }, 3, "TOKEN")).toBe(
      "/referrals?state=ENGAGED&page=3&sealed=TOKEN",
    );
    // A stored view's query (no `sealed`) keeps the name: it is sealed when it becomes a link.
    expect(referralListHref({ q: NAME, state: null, due: false })).toBe(`/referrals?q=${NAME}`);
  });

  it("sealHref seals each list's name fields to the user, and leaves other addresses alone", () => {
    for (const href of [
      `/offences?name=${NAME}&knife=yes`,
      `/offences/export?name=${NAME}&missing=reason`,
      `/intelligence?q=${NAME}`,
      `/referrals?q=${NAME}&state=REFERRED`,
      `/decisions?person=${NAME}&q=knife`,
      saveViewHref("OFFENCES", `name=${NAME}&knife=yes`),
    ]) {
      const sealed = sealHref(7, href);
      noName(sealed);
      const token = new URL(sealed, "http://x").searchParams.get(SEALED_PARAM);
      expect(openSealedQuery(7, token)?.toString(), href).toContain(encodeURIComponent(NAME).slice(0, 4));
      expect(openSealedQuery(8, token)).toBeNull();
    }
    expect(sealHref(7, "/offences?knife=yes")).toBe("/offences?knife=yes");
    expect(sealHref(7, "/groups?q=Crew")).toBe("/groups?q=Crew");
  });

  it("a list page reads the name only from its own token, and never from plain text", () => {
    expect(readSealedFields(7, { name: NAME, knife: "yes" }, "/offences")).toEqual({
      params: { knife: "yes" },
      token: undefined,
      foreign: false,
    });
    const token = sealQuery(7, new URLSearchParams({ name: NAME }));
    const read = readSealedFields(7, { [SEALED_PARAM]: token, name: "Plain", knife: "yes" }, "/offences");
    expect(read.params).toEqual({ knife: "yes", name: NAME });
    expect(openSealedQuery(7, read.token)?.get("name")).toBe(NAME);
    expect(readSealedFields(8, { [SEALED_PARAM]: token }, "/offences")).toMatchObject({
      params: {},
      foreign: true,
    });
  });

  it("every filter form of a list with name fields posts to the sealing route", () => {
    const ROOT = join(import.meta.dirname, "..", "..");
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return files(path);
        return path.endsWith(".tsx") ? [path] : [];
      });
    const problems: string[] = [];
    for (const path of ["app", "components"].flatMap((dir) => files(join(ROOT, dir)))) {
      const source = readFileSync(path, "utf8");
      const file = relative(ROOT, path);
      for (const list of Object.keys(SEALED_FIELDS)) {
        for (const at of [...source.matchAll(new RegExp(`action="${list}"`, "g"))].map((m) => m.index)) {
          // The tag that names the list as where it sends: a raw form, or a filter panel.
          const tag = source.slice(source.lastIndexOf("<", at), source.indexOf(">", at) + 1);
          if (tag.startsWith("<form")) problems.push(`${file}: a form sends to ${list} directly`);
          else if (tag.startsWith("<FilterPanel") && !/\bsealed\b/.test(tag))
            problems.push(`${file}: the filter panel of ${list} is not sealed`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
