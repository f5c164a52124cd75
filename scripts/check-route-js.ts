// `npm test`'s step after the build (issue 15): every route's first-load JavaScript, gzipped, read
// from the build's manifests, within ROUTE_JS_BUDGET_KB (or, for the routes still listed in
// ROUTE_JS_PENDING, within their ceiling). Bytes, not timings: the same build gives the same answer.
import { getEnv } from "../lib/env";
import { budgetProblems, measureRouteJs, ROUTE_JS_BUDGET_KB } from "./bench/route-js";

const rows = measureRouteJs(getEnv().NEXT_DIST_DIR);
const problems = budgetProblems(rows);
const largest = rows[0];
console.log(
  `${rows.length} routes; the largest is ${largest?.route} at ${largest?.["gzipped KB"]} KB (budget ${ROUTE_JS_BUDGET_KB} KB)`,
);
for (const problem of problems) console.error(`route-js-budget: ${problem}`);
process.exit(problems.length ? 1 : 0);
