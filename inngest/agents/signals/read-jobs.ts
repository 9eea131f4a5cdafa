import type { CheerioAPI } from "cheerio";
import { parseDate } from "./parse-date";

export type JobRole = { title: string; location: string | null; postedAt: string | null; sourceUrl: string };

const containers = '.job, .jobs > li, .vaga, .vagas > li, .opening, .position, [class*="job-listing"], [itemtype*="JobPosting"]';
const notLocation = /\b(posted|publicad[ao]|full[- ]time|part[- ]time|contract|temporary|internship|est[áa]gio|clt|pj|tempo integral)\b|\d{4}/i;
const clean = (value: string) => value.replace(/\s+/g, " ").trim();

function lines($: CheerioAPI, el: Parameters<CheerioAPI>[0]): string[] {
  const html = ($(el).html() ?? "").replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|div|h\d|li|span|time)>/gi, "$&\n");
  return $("<div>").html(html).text().split("\n").map(clean).filter(Boolean);
}

function fromJsonLd($: CheerioAPI, url: string): JobRole[] {
  const roles: JobRole[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const data: unknown = JSON.parse($(el).text());
      for (const item of [data].flat() as Record<string, unknown>[]) {
        if (item?.["@type"] !== "JobPosting" || typeof item.title !== "string") continue;
        const address = (item.jobLocation as { address?: Record<string, string> } | undefined)?.address;
        const location = [address?.addressLocality, address?.addressRegion].filter(Boolean).join(", ") || null;
        roles.push({ title: clean(item.title), location, postedAt: typeof item.datePosted === "string" ? parseDate(item.datePosted) : null, sourceUrl: url });
      }
    } catch {
      // A malformed block says nothing; the visible listing is still read.
    }
  });
  return roles;
}

/**
 * Job openings on a careers page: listing blocks (`.job`, `ul.jobs li`, microdata), old-style
 * `<p><b>Title</b> — Place<br><i>Posted …</i>` paragraphs, then JobPosting JSON-LD for any the
 * markup did not show. Location and date are kept only when the page states them.
 */
export function readJobs($: CheerioAPI, url: string): JobRole[] {
  const blocks = $(containers).toArray();
  const legacy = blocks.length > 0 ? [] : $("p").filter((_, el) => $(el).children("b, strong").first().length > 0 && /—|–|posted|publicad/i.test($(el).text())).toArray();
  const roles: JobRole[] = [];
  for (const el of [...blocks, ...legacy]) {
    const heading = $(el).find('[itemprop="title"], h2, h3, h4, b, strong').first();
    const title = clean(heading.text());
    if (!title || title.length > 120) continue;
    const rest = lines($, el).join("\n").replace(title, "").split("\n").map((line) => line.trim().replace(/^[—–-]\s*/, "").trim()).filter(Boolean);
    const meta = rest.find((line) => line.includes("·") || /posted|publicad/i.test(line)) ?? rest[0] ?? "";
    const segments = (rest[0] && !/posted|publicad/i.test(rest[0]) && !rest[0].includes("·") ? [rest[0]] : meta.split("·")).map(clean);
    const location = segments.find((s) => s && !notLocation.test(s)) ?? null;
    const time = $(el).find("time[datetime], [data-date]").first();
    const postedAt = parseDate(time.attr("datetime") ?? time.attr("data-date") ?? "") ?? parseDate(rest.join(" "));
    roles.push({ title, location, postedAt, sourceUrl: url });
  }
  const titles = new Set(roles.map((role) => role.title.toLowerCase()));
  return [...roles, ...fromJsonLd($, url).filter((role) => !titles.has(role.title.toLowerCase()))];
}
