import type { CheerioAPI } from "cheerio";
import type { Fingerprint } from "./fingerprints";

export type TechMatch = { name: string; category: Fingerprint["category"]; evidence: string; confidence: number };

/** Headers and cookie names the crawler keeps beside a page (pages stored before it did have none). */
export type PageExtras = { headers?: Record<string, string>; cookies?: string[] };

const short = (value: string) => (value.length > 90 ? `${value.slice(0, 87)}…` : value);

/** The strongest trace of each fingerprint on one page: specific traces score 0.9, loose HTML 0.6. */
export function matchFingerprints($: CheerioAPI, html: string, extras: PageExtras, rules: Fingerprint[]): TechMatch[] {
  const scripts = $("script[src]").map((_, el) => $(el).attr("src") ?? "").get();
  const links = $("link[href]").map((_, el) => $(el).attr("href") ?? "").get();
  const generators = $('meta[name="generator" i]').map((_, el) => $(el).attr("content") ?? "").get();
  const inline = $("script:not([src])").map((_, el) => $(el).html() ?? "").get();
  const headers = Object.fromEntries(Object.entries(extras.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const cookies = new Set(extras.cookies ?? []);
  const found: TechMatch[] = [];
  for (const rule of rules) {
    const hit = (evidence: string, confidence = 0.9) => found.push({ name: rule.name, category: rule.category, evidence, confidence });
    const meta = generators.find((g) => rule.meta?.some((re) => re.test(g)));
    const script = scripts.find((s) => rule.scriptSrc?.some((re) => re.test(s)));
    const link = links.find((l) => rule.linkHref?.some((re) => re.test(l)));
    const code = inline.find((c) => rule.inline?.some((re) => re.test(c)));
    const header = Object.entries(rule.headers ?? {}).find(([name, re]) => headers[name] !== undefined && re.test(headers[name]));
    const cookie = rule.cookies?.find((name) => cookies.has(name));
    const loose = rule.html?.find((re) => re.test(html));
    if (meta) hit(`meta generator "${short(meta)}"`);
    else if (script) hit(`script src "${short(script)}"`);
    else if (link) hit(`link href "${short(link)}"`);
    else if (code) hit(`inline script ${short(rule.inline!.find((re) => re.test(code))!.exec(code)![0])}`);
    else if (header) hit(`header ${header[0]}: ${short(headers[header[0]] ?? "")}`);
    else if (cookie) hit(`cookie ${cookie}`);
    else if (loose) hit(`HTML ${short(loose.exec(html)![0])}`, 0.6);
  }
  return found;
}
