import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { CatalogSite } from "./catalog-site";
import { demoIndustryKeys } from "./demo-industries";

const siteJson = z.strictObject({
  name: z.string().min(1),
  industry: z.enum(demoIndustryKeys as [string, ...string[]]).transform((v) => v as CatalogSite["industry"]),
  employees: z.int().min(1),
  city: z.string().min(1),
  region: z.string().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as BR"),
  language: z.enum(["en", "pt-BR"]),
  description: z.string().min(1),
  keywords: z.array(z.string().min(1)),
  founded: z.int().optional(),
  /** Extra response headers for every file of the site (e.g. `server`, a list of `set-cookie`). */
  headers: z.record(z.string().regex(/^[a-z0-9-]+$/, "a lower-case header name"), z.union([z.string(), z.array(z.string()).min(1)])).optional(),
});

/** Every `<dir>/<domain>/site.json`, validated; a broken fixture fails loudly with its path. */
export async function loadFixtureSites(dir: string): Promise<CatalogSite[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const domains = entries.filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return Promise.all(
    domains.map(async (domain) => {
      const file = path.join(dir, domain, "site.json");
      const parsed = siteJson.safeParse(JSON.parse(await readFile(file, "utf8")));
      if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
      const { headers, ...meta } = parsed.data;
      return { ...meta, domain, source: { kind: "fixture", dir: path.join(dir, domain), headers: headers ?? {} } } satisfies CatalogSite;
    }),
  );
}
