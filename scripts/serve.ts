// The app's HTTP server (scripts/start.ts runs it; `next start` is not used). Next.js itself never
// tells the app the socket's address — it only fills in X-Forwarded-For when a request arrives
// without one, so a client can choose its own. This server knows the socket, resolves the
// client's address once (lib/auth/client-address.ts: X-Forwarded-For is believed only from
// TRUSTED_PROXIES) and hands it to the app in a header it always overwrites.
//   node …/tsx scripts/serve.ts --port 3000 --hostname 127.0.0.1 [--dev]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { annotateClientAddress, parseTrustedProxies } from "../lib/auth/client-address";
import { getEnv } from "../lib/env";
import { serveInRequestScope } from "../lib/db/busy-scope";

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string" },
    hostname: { type: "string" },
  },
});
const env = getEnv();
const port = Number(args.port ?? env.PORT);
const hostname = args.hostname ?? env.HOST;
const trusted = parseTrustedProxies(env.TRUSTED_PROXIES); // a bad entry stops the start, named

const app = next({ dev: args.dev, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  annotateClientAddress(req, trusted);
  // Behind a balancer, which instance answered (README "Deployment"); the two-instance e2e run reads it.
  if (env.INSTANCE_ID) res.setHeader("X-Captiva-Instance", env.INSTANCE_ID);
  // A page that met a busy database mid-render goes out as 503 + Retry-After, not 500.
  serveInRequestScope(res, () => void handle(req, res));
});
server.listen(port, hostname);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  });
}
