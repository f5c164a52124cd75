import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 13.5: no form may ever send its fields in a URL. A <form> without method="post" becomes a
// GET when it is submitted before hydration or without JavaScript, with every field in the query
// string. This scans every .tsx under app/ and components/ and refuses any raw <form> tag that is
// not method="post". Client forms use <Form> (components/forms/form.tsx), which always posts.

const ROOT = join(import.meta.dirname, "..", "..");

/** Bookmarkable search and filter forms: GET on purpose, the URL is the search. */
const GET_FORMS = new Set([
  "app/admin/users/page.tsx",
  "app/actions/page.tsx",
  "app/persons/merge/page.tsx",
  "components/ui/filter-panel.tsx",
  "components/figures/figure-window-form.tsx",
  "components/groups/group-filter.tsx",
  // Issue 17: the map's filters (period, knife used, under 25, category).
  "components/map/map-filter-form.tsx",
]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith(".tsx") ? [path] : [];
  });
}

/** The opening tags of every raw <form>, braces respected (an arrow function's `>` is not the end). */
export function formTags(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const tags: string[] = [];
  for (const match of code.matchAll(/<form\b/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < code.length; end++) {
      const ch = code[end];
      if (ch === "{") depth++;
      else if (ch === "}") depth--;
      else if (ch === ">" && depth === 0) break;
    }
    tags.push(code.slice(match.index, end + 1));
  }
  return tags;
}

/** Why a tag is unsafe, or null. `action={…}` is a React form action: React itself posts it. */
export function formProblem(tag: string, file: string): string | null {
  if (/\bmethod="post"/i.test(tag)) return null;
  if (/\baction=\{/.test(tag) && !/\bmethod=/.test(tag)) return null;
  if (/\bmethod="get"/i.test(tag) && GET_FORMS.has(file)) return null;
  return `${file}: ${tag.replace(/\s+/g, " ").slice(0, 120)} lacks method="post" (use <Form> from components/forms/form)`;
}

describe("every form posts", () => {
  it("finds the tags it must judge", () => {
    expect(formTags(`<form onSubmit={(e) => e.preventDefault()} data-x="1">`)).toEqual([
      `<form onSubmit={(e) => e.preventDefault()} data-x="1">`,
    ]);
    expect(formProblem(`<form onSubmit={save}>`, "components/x.tsx")).toMatch(/lacks method="post"/);
    expect(formProblem(`<form method="get" action="/x">`, "components/x.tsx")).toMatch(/lacks/);
    expect(formProblem(`<form method="post" onSubmit={save}>`, "components/x.tsx")).toBeNull();
  });

  it("no form in app/ or components/ can put its fields in a URL", () => {
    const problems = ["app", "components"]
      .flatMap((dir) => tsxFiles(join(ROOT, dir)))
      .flatMap((path) => {
        const file = relative(ROOT, path);
        return formTags(readFileSync(path, "utf8")).map((tag) => formProblem(tag, file));
      })
      .filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  });
});
