// Loaded into the app's process by `npm run bench -- --only load-pages` (node --import): counts
// the SQL statements the app sends, where every one leaves (pg's Client#query, which Prisma's pg
// adapter, raw queries and transactions all go through), and answers on
// 127.0.0.1:$BENCH_STATEMENT_PORT with the running total, or at /texts with the statements sent
// since the last /texts (first line each). Bench only: the app never loads it.
import { createServer } from "node:http";
import pg from "pg";

let statements = 0;
let texts = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  statements++;
  const text = typeof args[0] === "string" ? args[0] : args[0]?.text;
  if (texts.length < 1_000) texts.push(String(text).replace(/\s+/g, " ").slice(0, 200));
  return query.apply(this, args);
};
createServer((request, response) => {
  if (request.url !== "/texts") return response.end(String(statements));
  response.end(JSON.stringify(texts));
  texts = [];
})
  .listen(Number(process.env.BENCH_STATEMENT_PORT), "127.0.0.1")
  .unref();
