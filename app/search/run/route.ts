import { NextResponse, type NextRequest } from "next/server";
import { seeOther } from "@/lib/http/see-other";
import { postingActor } from "@/lib/http/posting-actor";
import { SEALED_FIELDS } from "@/lib/security/sealed-fields";
import {
  MAX_SEALED_FIELDS,
  MAX_SEALED_VALUE,
  MAX_TOKEN,
  SEALED_PARAM,
  sealQuery,
} from "@/lib/security/sealed-query";

// The search forms post here, so what was typed never stands in an address (lib/security/
// sealed-query.ts says why): the fields are sealed to the user and the browser is sent to the page
// named by `to`, one of the pages below (never anywhere else: no open redirect). The search itself
// runs, is logged and rate-limited, when that page opens. The search pages get every field sealed;
// a list (lib/security/sealed-fields.ts) only the fields that may hold a name, its other filters
// plain, so the list is still a link.

export const dynamic = "force-dynamic";

const PAGES = [/^\/search$/, /^\/persons$/, /^\/offences\/[1-9]\d{0,9}\/people\/add$/];
const LISTS = ["/offences", "/intelligence", "/referrals", "/decisions"] as const;
/** A list's plain filters: more than any list's form has, each as long as its own limits allow. */
const MAX_PLAIN_FIELDS = 40;
const MAX_PLAIN_VALUE = 200;

export async function POST(request: NextRequest): Promise<Response> {
  const actor = await postingActor(request);
  if (actor instanceof Response) return actor;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new NextResponse("Send the search as a form.", { status: 400 });
  }
  const to = form.get("to") ?? "/search";
  if (typeof to !== "string") return new NextResponse("Not found", { status: 404 });
  const list = LISTS.find((path) => path === to);
  if (list) return sealList(actor.id, list, form);
  if (!PAGES.some((page) => page.test(to))) return new NextResponse("Not found", { status: 404 });
  const query = new URLSearchParams();
  // The forms send a few short fields; more or longer is cut, and the pages judge what they get
  // (the search says when it searched only the start of a long text).
  for (const [name, value] of form.entries()) {
    if (name === "to" || typeof value !== "string" || name.length > 40) continue;
    if (query.size >= MAX_SEALED_FIELDS) break;
    query.append(name, value.slice(0, MAX_SEALED_VALUE));
  }
  const token = sealQuery(actor.id, query);
  if (token.length > MAX_TOKEN) return new NextResponse("The search is too long.", { status: 400 });
  return seeOther(`${to}?${SEALED_PARAM}=${token}`);
}

function sealList(userId: number, path: (typeof LISTS)[number], form: FormData): Response {
  const fields: readonly string[] = SEALED_FIELDS[path];
  const sealed = new URLSearchParams();
  const plain = new URLSearchParams();
  for (const [name, value] of form.entries()) {
    if (name === "to" || name === SEALED_PARAM || typeof value !== "string" || name.length > 40) continue;
    if (value.trim() === "") continue;
    if (fields.includes(name)) {
      if (!sealed.has(name)) sealed.set(name, value.slice(0, MAX_SEALED_VALUE));
    } else if (plain.size < MAX_PLAIN_FIELDS) plain.append(name, value.slice(0, MAX_PLAIN_VALUE));
  }
  if (sealed.size > 0) plain.set(SEALED_PARAM, sealQuery(userId, sealed));
  const query = plain.toString();
  return seeOther(query ? `${path}?${query}` : path);
}
