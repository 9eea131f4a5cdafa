import Papa from "papaparse";
import { clip, type ImportIssue } from "./domain-import";

export type CsvRecord = { row: number; cells: string[] };

const DELIMITERS = [",", ";", "\t", "|"] as const;
// A quoted field may span lines; past this many, an unclosed quote is a mistake, not a field.
const MAX_LINES_PER_RECORD = 5;

function parseChunk(chunk: string, delimiter: string) {
  return Papa.parse<string[]>(chunk, { delimiter, quoteChar: '"', escapeChar: '"' });
}

/** The delimiter that splits the first lines into the same number (above one) of fields most often. */
export function detectDelimiter(lines: string[]): string {
  const sample = lines.filter((l) => l.trim()).slice(0, 20);
  let best: { delimiter: string; score: number } = { delimiter: ",", score: 0 };
  for (const delimiter of DELIMITERS) {
    const widths = sample.map((l) => parseChunk(l, delimiter).data[0]?.length ?? 1).filter((w) => w > 1);
    const tally = new Map<number, number>();
    for (const w of widths) tally.set(w, (tally.get(w) ?? 0) + 1);
    const score = Math.max(0, ...tally.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function quoteProblem(errors: Papa.ParseError[]): string | null {
  const quote = errors.find((e) => e.type === "Quotes");
  if (!quote) return null;
  return quote.code === "MissingQuotes"
    ? 'malformed quoting: a quote (") opens a field but never closes it'
    : 'malformed quoting: text follows a closing quote ("); quote the whole field, or double a quote inside it ("")';
}

/**
 * Splits CSV text into records with papaparse, one line at a time so that a broken quote costs
 * its own row only (parsed whole, an unclosed quote swallows the rest of the file). A record
 * may still span a few lines when a quoted field really does contain line breaks.
 */
export function readCsvRecords(text: string, delimiter: string): { records: CsvRecord[]; malformed: ImportIssue[] } {
  const lines = text.split(/\r\n|\n|\r/);
  const records: CsvRecord[] = [];
  const malformed: ImportIssue[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i += 1;
      continue;
    }
    const single = parseChunk(line, delimiter);
    let problem = quoteProblem(single.errors);
    let cells = single.data[0] ?? [];
    let end = i;
    if (problem && single.errors.every((e) => e.code === "MissingQuotes")) {
      for (let j = i + 1; j < Math.min(lines.length, i + MAX_LINES_PER_RECORD); j++) {
        const joined = parseChunk(lines.slice(i, j + 1).join("\n"), delimiter);
        if (!joined.errors.length && joined.data.length === 1) {
          problem = null;
          cells = joined.data[0]!;
          end = j;
          break;
        }
      }
    }
    if (problem) malformed.push({ row: i + 1, value: clip(line), kind: "malformed", message: problem });
    else records.push({ row: i + 1, cells: cells.map((c) => c.trim()) });
    i = end + 1;
  }
  return { records, malformed };
}
