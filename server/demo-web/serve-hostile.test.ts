import { get as httpGet, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestDemoSite } from "./request-demo-site";
import { binaryPageBytes, hugePageBytes } from "./serve-hostile";
import { type DemoWeb, startDemoWeb } from "./start-demo-web";

let web: DemoWeb;
const get = (host: string, path: string) => requestDemoSite(web.port, host, path);

beforeAll(async () => {
  web = await startDemoWeb({ syntheticCount: 0 });
});
afterAll(async () => {
  await web.close();
});

function open(port: number, host: string, path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    httpGet({ host: "127.0.0.1", port, path, headers: { host } }, resolve).on("error", reject);
  });
}

describe("hostile demo sites", () => {
  it("are in the catalog, marked hostile", () => {
    const behaviours = web.catalog.sites.flatMap((s) => (s.source.kind === "hostile" ? [s.source.behaviour] : []));
    expect(behaviours.sort()).toEqual(["binary", "drip", "huge-page", "redirect-loop", "server-error"]);
  });

  it("quarrelwick-systems.com answers 500 on every path, robots.txt included", async () => {
    for (const path of ["/", "/about", "/robots.txt"]) expect((await get("quarrelwick-systems.com", path)).status).toBe(500);
  });

  it("loopmere-travel.co.uk redirects / to /a and /a back to /", async () => {
    const first = await get("loopmere-travel.co.uk", "/");
    const second = await get("loopmere-travel.co.uk", first.headers.location ?? "");
    expect([first.status, first.headers.location]).toEqual([302, "/a"]);
    expect([second.status, second.headers.location]).toEqual([302, "/"]);
  });

  it("noisequill-labs.co serves random bytes labelled as HTML", async () => {
    const res = await get("noisequill-labs.co", "/");
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.body.length).toBe(binaryPageBytes);
    expect(res.body.includes(0)).toBe(true);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(res.body)).toThrow();
  });

  it("gigantomire-press.com streams a 20 MiB page and declares its length", async () => {
    const res = await open(web.port, "gigantomire-press.com", "/");
    expect(res.headers["content-length"]).toBe(String(hugePageBytes));
    let received = 0;
    let head = "";
    for await (const chunk of res as AsyncIterable<Buffer>) {
      if (!head) head = chunk.subarray(0, 15).toString();
      received += chunk.length;
    }
    expect(head).toBe("<!doctype html>");
    expect(received).toBe(hugePageBytes);
  });

  it("gigantomire-press.com survives a client that hangs up half way", async () => {
    const res = await open(web.port, "gigantomire-press.com", "/");
    await new Promise<void>((resolve) => res.once("data", () => resolve()));
    res.destroy();
    expect((await get("gigantomire-press.com", "/robots.txt")).status).toBe(200);
  });

  it("slowdrip-tarnwell.io never finishes, and close() still ends it", async () => {
    const own = await startDemoWeb({ syntheticCount: 0, catalog: web.catalog });
    const res = await open(own.port, "slowdrip-tarnwell.io", "/");
    expect(res.statusCode).toBe(200);
    let text = "";
    let ended = false;
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => (text += chunk));
    const gone = new Promise<void>((resolve) => res.on("close", () => resolve()));
    res.on("end", () => (ended = true));
    res.on("error", () => {});
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(ended).toBe(false);
    expect(text).toMatch(/^<!doctype html>.*Loading\.+$/);

    const tooSlow = new Promise((_, reject) => setTimeout(() => reject(new Error("close() did not end the drip")), 2_000));
    await Promise.race([Promise.all([own.close(), gone]), tooSlow]);
    expect(ended).toBe(false);
  });
});
