import http from "node:http";
import https from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { FetchError } from "./fetch-error";
import type { ResolvedHost } from "./resolve-host";

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer | null };

export type RequestOnceOptions = {
  userAgent: string;
  accept: string;
  maxBytes: number;
  /** Reached on abort; the caller's deadline or its own signal. */
  signal: AbortSignal;
  timeoutMessage: string;
  /** Decides from status and headers whether the body is worth reading; may throw to refuse it unread. */
  wantsBody: (status: number, headers: IncomingHttpHeaders) => boolean;
};

/**
 * One GET, connected to the address `resolveHost` already checked: the `lookup` handed to
 * Node answers with that address only, so a second DNS answer (rebinding) can never be used.
 * The body is counted as it arrives and the socket destroyed past `maxBytes` or on abort.
 */
export function requestOnce(url: URL, target: ResolvedHost, options: RequestOnceOptions): Promise<RawResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const pinned: LookupFunction = (_name, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };

  return new Promise<RawResponse>((resolve, reject) => {
    let headersReceived = false;
    let settled = false;
    const finish = (error: Error | null, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener("abort", onAbort);
      // Whatever the server still has to send (a redirect's body, the rest of a refused page) is unwanted.
      request.destroy();
      if (error) reject(error);
      else resolve(value!);
    };
    // A server that sent headers and then drips the body is hostile, not down; only a
    // silent server is worth retrying later.
    const onAbort = () => finish(new FetchError("timeout", options.timeoutMessage, !headersReceived));

    const request = (url.protocol === "https:" ? https : http).request({
      method: "GET",
      protocol: url.protocol,
      hostname: host,
      port: target.port ?? (url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      servername: isIP(host) ? undefined : host,
      lookup: pinned,
      agent: false,
      headers: {
        // A host override changes the port we dial, never the site we ask for.
        Host: url.host,
        "User-Agent": options.userAgent,
        Accept: options.accept,
        "Accept-Encoding": "gzip, deflate, br",
        "Accept-Language": "en, pt-BR;q=0.9, *;q=0.5",
        Connection: "close",
      },
    });

    request.on("response", (response) => {
      headersReceived = true;
      const status = response.statusCode ?? 0;
      let read: boolean;
      try {
        read = options.wantsBody(status, response.headers);
      } catch (error) {
        return finish(error as Error);
      }
      if (!read) return finish(null, { status, headers: response.headers, body: null });
      if (Number(response.headers["content-length"]) > options.maxBytes) return finish(tooLarge(options.maxBytes));

      const body = decoded(response, response.headers["content-encoding"]);
      const chunks: Buffer[] = [];
      let total = 0;
      body.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > options.maxBytes) return finish(tooLarge(options.maxBytes));
        chunks.push(chunk);
      });
      body.on("end", () => finish(null, { status, headers: response.headers, body: Buffer.concat(chunks) }));
      body.on("error", (error) => finish(body === response ? networkError(error) : corrupt(error)));
      response.on("close", () => {
        if (!response.complete) finish(new FetchError("network", "the connection was cut mid-page", true));
      });
    });
    request.on("error", (error) => finish(networkError(error)));

    if (options.signal.aborted) return onAbort();
    options.signal.addEventListener("abort", onAbort, { once: true });
    request.end();
  });
}

function decoded(response: Readable, encoding: string | undefined): Readable {
  // The byte cap is applied after decompression, so a compression bomb stops at maxBytes too.
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

function tooLarge(maxBytes: number): FetchError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new FetchError("too_large", `page larger than ${size}`);
}

function corrupt(error: Error): FetchError {
  const code = (error as NodeJS.ErrnoException).code ?? error.message;
  return new FetchError("binary", `the page's compression is corrupt (${code})`);
}

function networkError(error: Error): FetchError {
  if (error instanceof FetchError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? error.message;
  // Certificate and protocol failures are properties of the site; refused or reset connections may pass.
  const transient = !/CERT|TLS|SSL|EPROTO|HPE_/i.test(code);
  return new FetchError("network", `could not connect (${code})`, transient);
}
