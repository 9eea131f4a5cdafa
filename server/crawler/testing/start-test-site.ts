import http from "node:http";
import type { AddressInfo } from "node:net";

export type TestRoute = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export type TestSite = {
  port: number;
  /** Every request the server saw, in order, as "host path". */
  requests: { host: string; path: string; userAgent: string | undefined }[];
  /** Paths requested, for asserting what was (not) fetched. */
  paths(): string[];
  /** Maps the given fictional hostnames to this server, as the demo web does. */
  hostOverrides(hostname: string): string | null;
  close(): Promise<void>;
};

/**
 * A local web site for crawler tests: routes by path, answers 404 otherwise, and logs every
 * request so a test can prove a refused or disallowed page was never asked for.
 */
export async function startTestSite(routes: Record<string, TestRoute>, hostnames: string[] = []): Promise<TestSite> {
  const requests: TestSite["requests"] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ host: request.headers.host ?? "", path, userAgent: request.headers["user-agent"] });
    const route = routes[path.split("?")[0]!];
    if (route) return route(request, response);
    response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    paths: () => requests.map((request) => request.path),
    hostOverrides: (hostname) => (hostnames.includes(hostname) ? `127.0.0.1:${port}` : null),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with a fixed body. */
export function respond(body: string | Buffer, contentType = "text/html; charset=utf-8", status = 200): TestRoute {
  return (_request, response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(body);
  };
}

/** A route answering with a redirect. */
export function redirect(location: string, status = 302): TestRoute {
  return (_request, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}
