import { normalizeDomain } from "@/server/domain/leads/normalize-domain";
import { AppError } from "@/server/errors";
import type { CsvRecord } from "./read-csv-records";

export type DomainColumn = {
  /** The header row, when the file has one. */
  header: { row: number; cells: string[] } | null;
  index: number;
  name: string | null;
  detectedBy: "header" | "content";
};

// Stronger names first: a "Domain" column wins over a "Website" one, which wins over a "URL".
const headerWords: [RegExp, number][] = [
  [/\b(domain|domains|dominio|dominios)\b/, 3],
  [/\b(website|websites|web site|homepage|home page|site|sites|sitio|web)\b/, 2],
  [/\b(url|urls|link|endereco web)\b/, 1],
];
const SAMPLE_ROWS = 50;

function headerScore(cell: string): number {
  const name = cell
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return headerWords.find(([pattern]) => pattern.test(name))?.[1] ?? 0;
}

function isDomain(value: string): boolean {
  if (!value.trim()) return false;
  try {
    normalizeDomain(value);
    return true;
  } catch {
    return false;
  }
}

/** Per column, how many sampled cells are domains, and how many are filled at all. */
function domainShare(records: CsvRecord[], width: number): { valid: number; filled: number }[] {
  const sample = records.slice(0, SAMPLE_ROWS);
  return Array.from({ length: width }, (_, index) => ({
    valid: sample.filter((r) => isDomain(r.cells[index] ?? "")).length,
    filled: sample.filter((r) => (r.cells[index] ?? "").trim()).length,
  }));
}

function listHeaders(cells: string[]): string {
  const named = cells.map((c) => c.trim()).filter(Boolean);
  return named.length ? named.map((c) => `"${c.slice(0, 40)}"`).join(", ") : "none (the first row is empty)";
}

/**
 * Finds the column holding domains: by its header (domain, website, url, site, domínio...) or,
 * when the header says nothing or there is no header, by which column's values are domains.
 * The first row is a header when it names a domain column, or when none of its cells is a
 * domain and none has a dot (a data row of bad domains usually still has dots in it).
 */
export function findDomainColumn(records: CsvRecord[]): DomainColumn {
  const first = records[0];
  if (!first) throw new AppError("INVALID_INPUT", "The file has no rows with content: it is blank.", "file");
  // "site.io" in the first row is data, however much it reads like a header.
  const scores = first.cells.map((cell) => (isDomain(cell) ? 0 : headerScore(cell)));
  const best = Math.max(0, ...scores);
  if (best > 0) {
    const index = scores.indexOf(best);
    return { header: { row: first.row, cells: first.cells }, index, name: first.cells[index]!, detectedBy: "header" };
  }

  const looksLikeHeader = first.cells.every((c) => !c.includes(".") && !isDomain(c));
  const body = looksLikeHeader ? records.slice(1) : records;
  const width = Math.max(0, ...records.slice(0, SAMPLE_ROWS + 1).map((r) => r.cells.length));
  const shares = domainShare(body, width);
  let index = -1;
  for (let i = 0; i < shares.length; i++) {
    const { valid, filled } = shares[i]!;
    if (valid > 0 && valid >= filled * 0.3 && (index === -1 || valid > shares[index]!.valid)) index = i;
  }
  if (index === -1) {
    throw new AppError(
      "INVALID_INPUT",
      looksLikeHeader
        ? `No domain column found. Headers found: ${listHeaders(first.cells)}. Name the column with the companies' domains "domain" or "website".`
        : `No domain column found: no column of the first ${Math.min(body.length, SAMPLE_ROWS)} rows holds domains like acme.com. Add a "domain" header above the right column.`,
      "file",
    );
  }
  const header = looksLikeHeader ? { row: first.row, cells: first.cells } : null;
  return { header, index, name: header?.cells[index] || null, detectedBy: "content" };
}
