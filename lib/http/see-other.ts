import { NextResponse } from "next/server";

// Route handlers' `request.url` names the instance's own address (Next builds it from the host and
// port the server listens on, not from the Host header), so an absolute redirect made from it sends
// the browser past the load balancer to an internal address, which the page's CSP then refuses
// for a form post (issue 15, "more than one instance"). A relative Location stays on whatever
// address the browser used.

/** 303 See Other to a path on this site, with a relative Location. */
export function seeOther(path: string): NextResponse {
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
    throw new Error(`seeOther takes a path on this site, not ${JSON.stringify(path)}`);
  }
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}

/** The path and query of a URL built on this site (for `seeOther`). */
export function pathOf(url: URL): string {
  return url.pathname + url.search;
}

/** A URL on this site to build a path and query with (then `pathOf`); its origin is never sent. */
export function siteUrl(path: string): URL {
  return new URL(path, "http://site.invalid");
}
