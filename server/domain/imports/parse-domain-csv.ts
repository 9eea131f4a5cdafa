import { AppError } from "@/server/errors";
import { decodeImportFile } from "./decode-import-file";
import { clip, type ImportIssue, type ReadList } from "./domain-import";
import { findDomainColumn } from "./find-domain-column";
import { MAX_IMPORT_ROWS } from "./import-limits";
import { detectDelimiter, readCsvRecords } from "./read-csv-records";

function tooManyRows(rows: number): AppError {
  return new AppError(
    "INVALID_INPUT",
    `The file has ${rows.toLocaleString("en")} rows; the limit is ${MAX_IMPORT_ROWS.toLocaleString("en")} rows per upload. Split it into files of ${MAX_IMPORT_ROWS.toLocaleString("en")} rows or fewer.`,
    "file",
  );
}

/**
 * Reads an uploaded CSV (or plain list) into one candidate value per data row: decodes it,
 * detects the delimiter and the domain column, and reports rows it cannot read. Pure: no
 * checking of the values themselves and no database.
 */
export function parseDomainCsv(bytes: Uint8Array): ReadList {
  const decoded = decodeImportFile(bytes);
  const lines = decoded.text.split(/\r\n|\n|\r/);
  // Refuse a huge file before parsing it: even with a header, it has too many rows.
  const filled = lines.filter((l) => l.trim()).length;
  if (filled === 0) throw new AppError("INVALID_INPUT", "The file has no rows with content: it is blank.", "file");
  if (filled - 1 > MAX_IMPORT_ROWS) throw tooManyRows(filled - 1);

  const delimiter = detectDelimiter(lines);
  const { records, malformed } = readCsvRecords(decoded.text, delimiter);
  const column = findDomainColumn(records);
  const data = column.header ? records.filter((r) => r.row !== column.header!.row) : records;
  const rows = data.length + malformed.length;
  if (rows > MAX_IMPORT_ROWS) throw tooManyRows(rows);

  const encodingIssues: ImportIssue[] = data
    .filter((r) => decoded.fallbackLines.has(r.row))
    .map((r) => ({ row: r.row, value: clip(r.cells.join(delimiter)), kind: "encoding", message: "not UTF-8: read as Windows-1252 (Latin-1), so check its accents" }));
  return {
    format: "csv",
    rows,
    candidates: data.map((r) => ({ row: r.row, value: r.cells[column.index] ?? "" })),
    issues: [...malformed, ...encodingIssues],
    header: column.header?.cells ?? null,
    column: { index: column.index, name: column.name, detectedBy: column.detectedBy },
    delimiter,
    encoding: decoded.encoding,
    notices: decoded.notices,
  };
}
