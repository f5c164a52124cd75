import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIResponse, Page } from "@playwright/test";

// Calls a server action the way an attacker would: a POST with the action's id, bypassing every
// form and hidden control. The ids come from the build's manifest, by exported name.

type Manifest = { node: Record<string, { exportedName: string; filename: string }> };

function manifest(): Manifest {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  return JSON.parse(readFileSync(join(dist, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
}

export function actionId(exportedName: string): string {
  const entry = Object.entries(manifest().node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action named ${exportedName} in the build`);
  return entry[0];
}

/** Posts the action with the page's cookies; `args` are the action's arguments. */
export async function callServerAction(
  page: Page,
  exportedName: string,
  args: unknown[],
  path = "/",
  options: { maxRedirects?: number } = {},
): Promise<APIResponse> {
  const baseURL = new URL(page.url()).origin;
  return page.request.post(path, {
    maxRedirects: options.maxRedirects,
    headers: {
      "Next-Action": actionId(exportedName),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: baseURL,
    },
    data: JSON.stringify(args),
  });
}

/** The action's `{ ok, … }` result out of the RSC payload. */
export async function actionResult(
  response: APIResponse,
): Promise<{ ok: boolean; error?: { code: string } }> {
  const text = await response.text();
  const match = /\{"ok":(true|false)[^\n]*\}/.exec(text);
  if (!match) throw new Error(`no action result in response (${response.status()}): ${text.slice(0, 300)}`);
  return JSON.parse(match[0]) as { ok: boolean; error?: { code: string } };
}

type PostBody = Pick<NonNullable<Parameters<Page["request"]["post"]>[1]>, "form" | "multipart">;

/**
 * Posts to a route handler as the page's own form would: the page's cookies and Origin, redirects
 * not followed (a refusal is the 403 itself, a success the 303).
 */
export function postFromPage(page: Page, path: string, body: PostBody): Promise<APIResponse> {
  return page.request.post(path, {
    headers: { Origin: new URL(page.url()).origin },
    ...body,
    maxRedirects: 0,
  });
}
