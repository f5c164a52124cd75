import { describe, expect, it } from "vitest";
import { pageScripts } from "./js-size";

describe("pageScripts", () => {
  it("counts every script the page names but not the nomodule polyfills", () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async="" nonce="n"></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/page.js"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
      '<script>self.__next_f.push([1,"I:[\\"/_next/static/chunks/client.js\\"]"])</script>',
    ].join("");
    expect([...pageScripts(html)].sort()).toEqual([
      "/_next/static/chunks/client.js",
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/page.js",
    ]);
  });
});
