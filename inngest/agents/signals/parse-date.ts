const months: Record<string, number> = {
  jan: 1, january: 1, janeiro: 1, feb: 2, february: 2, fev: 2, fevereiro: 2, mar: 3, march: 3, "março": 3, marco: 3,
  apr: 4, april: 4, abr: 4, abril: 4, may: 5, mai: 5, maio: 5, jun: 6, june: 6, junho: 6, jul: 7, july: 7, julho: 7,
  aug: 8, august: 8, ago: 8, agosto: 8, sep: 9, sept: 9, september: 9, set: 9, setembro: 9, oct: 10, october: 10,
  out: 10, outubro: 10, nov: 11, november: 11, novembro: 11, dec: 12, december: 12, dez: 12, dezembro: 12,
};
const month = "([A-Za-zç]{3,9})\\.?";
const patterns: { re: RegExp; order: "ymd" | "dmy" | "mdy" | "dMy" | "Mdy" }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, order: "ymd" },
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, order: "dmy" },
  { re: new RegExp(`\\b(\\d{1,2})(?:º|st|nd|rd|th)?\\s+(?:de\\s+)?${month}\\s+(?:de\\s+)?(\\d{4})\\b`, "i"), order: "dMy" },
  { re: new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"), order: "Mdy" },
];

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The first calendar date written in `text`, as yyyy-mm-dd: ISO, dd/mm/yyyy (the Brazilian and
 * British order; US sites write month names), "2 March 2026", "19 de novembro de 2026", "Nov 11, 2026".
 * A datetime's time and zone are dropped: the page's own calendar day is the one stated.
 */
export function parseDate(text: string): string | null {
  let best: { index: number; value: string } | null = null;
  for (const { re, order } of patterns) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const [, a = "", b = "", c = ""] = m;
    let value: string | null = null;
    if (order === "ymd") value = iso(+a, +b, +c);
    else if (order === "dmy") value = iso(+c, +b, +a);
    else if (order === "dMy") value = iso(+c, months[b.toLowerCase()] ?? 0, +a);
    else value = iso(+c, months[a.toLowerCase()] ?? 0, +b);
    if (value) best = { index: m.index, value };
  }
  return best?.value ?? null;
}
