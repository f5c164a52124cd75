import {
  createServer,
  request as httpRequest,
  Agent,
  type IncomingHttpHeaders,
  type Server,
} from "node:http";

// A minimal load balancer for the two-instance e2e run (README "Deployment"): each request goes to
// the next instance in turn, whatever connection it came on, so one browser tab really talks to
// every instance. Like a real balancer at the edge it replaces X-Forwarded-For with the socket's
// address (a client cannot choose its own; the instances trust this proxy via TRUSTED_PROXIES),
// says which host and scheme the browser used, and passes everything else (cookies, bodies,
// streamed answers) through untouched. Not for production: use the platform's balancer.

// Hop-by-hop headers belong to one connection and are never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

export type Upstream = { host: string; port: number };

export type RoundRobinProxy = {
  server: Server;
  /** Requests sent to each upstream so far, in the order given. */
  counts: () => number[];
  close: () => Promise<void>;
};

function forwardable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

export function startRoundRobinProxy({
  upstreams,
  port,
  host = "127.0.0.1",
}: {
  upstreams: readonly Upstream[];
  port: number;
  host?: string;
}): Promise<RoundRobinProxy> {
  if (upstreams.length === 0) throw new Error("the proxy needs at least one upstream");
  const agent = new Agent({ keepAlive: true });
  const counts = upstreams.map(() => 0);
  let next = 0;

  const server = createServer((req, res) => {
    const index = next;
    next = (next + 1) % upstreams.length;
    counts[index]!++;
    const target = upstreams[index]!;
    const headers = forwardable(req.headers);
    headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    headers["x-forwarded-proto"] = "http";
    if (req.headers.host) headers["x-forwarded-host"] = req.headers.host;

    const upstream = httpRequest(
      { host: target.host, port: target.port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardable(answer.headers));
        answer.pipe(res);
        answer.on("error", () => res.destroy());
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end("bad gateway");
      } else res.destroy();
    });
    // The browser gave up (or the instance answered before reading a large body): stop both sides.
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () =>
      resolve({
        server,
        counts: () => [...counts],
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            agent.destroy();
          }),
      }),
    );
  });
}
