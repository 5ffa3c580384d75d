// Node HTTP wrapper of the reference backend for end-to-end tests over real HTTP.
// Binds to loopback only, converts IncomingMessage ↔ Web Request/Response, adds CORS.
// Run directly: `npx tsx tests/server/reference-server.ts --port 8787` (or PORT=8787).
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { createReferenceBackend } from "../../src/reference/reference-backend.ts";
import type { ReferenceBackend, ReferenceOptions } from "../../src/reference/reference-backend.ts";

export interface ReferenceServerOptions extends ReferenceOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: "127.0.0.1";
}

export interface ReferenceServer {
  url: string;
  close(): Promise<void>;
  backend: ReferenceBackend;
}

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, X-API-Key, Authorization, If-Match, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Content-Disposition, Location, X-Request-ID",
  "Access-Control-Max-Age": "600",
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function toWebRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  const method = (req.method ?? "GET").toUpperCase();
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
  return new Request(new URL(req.url ?? "/", origin), { method, headers, body: body && body.length > 0 ? new Uint8Array(body) : undefined });
}

async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  const buffer = Buffer.from(await response.arrayBuffer());
  res.end(buffer);
}

export async function startReferenceServer(opts: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { port = 0, host = "127.0.0.1", ...backendOptions } = opts;
  const backend = createReferenceBackend({ enableControlRoutes: true, ...backendOptions });
  let origin = "";
  const server = createServer((req, res) => {
    void (async () => {
      try {
        if ((req.method ?? "").toUpperCase() === "OPTIONS") {
          res.writeHead(204, CORS_HEADERS);
          res.end();
          return;
        }
        const request = await toWebRequest(req, origin);
        await sendWebResponse(res, await backend.handle(request));
      } catch (e) {
        if (!res.headersSent) res.writeHead(500, { ...CORS_HEADERS, "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { code: "INTERNAL_ERROR", message: e instanceof Error ? e.message : "Internal error" }, request_id: "node-server" }));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://${host}:${address.port}`;
  return {
    url: origin,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function parsePort(argv: string[]): number {
  const i = argv.indexOf("--port");
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--port="))?.slice(7);
  const raw = fromArg ?? process.env.PORT ?? "8787";
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : 8787;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const server = await startReferenceServer({ port: parsePort(process.argv.slice(2)) });
  console.log(`Reference backend listening on ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
