import { AppError } from "@/server/errors";
import { formatMegabytes, MAX_IMPORT_BYTES } from "./import-limits";

export type DecodedFile = {
  text: string;
  encoding: string;
  /** Lines (1-based) that were not UTF-8 and were read as Windows-1252 instead. */
  fallbackLines: Set<number>;
  notices: string[];
};

const signatures: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a zip archive (an Excel .xlsx workbook?)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an Excel 97-2003 (.xls) workbook" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
];

const notText = (what: string) =>
  new AppError("INVALID_INPUT", `This file is ${what}, not CSV text. Save it as "CSV UTF-8" (or plain text, one domain per line) and upload that.`, "file");

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte-order mark shows up as a NUL in every other byte of ASCII text. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even += 1;
    if (sample[i + 1] === 0) odd += 1;
  }
  const pairs = sample.length / 2;
  if (pairs && odd / pairs > 0.4 && even / pairs < 0.05) return "utf-16le";
  if (pairs && even / pairs > 0.4 && odd / pairs < 0.05) return "utf-16be";
  return null;
}

/** Decodes line by line: UTF-8 where a line is valid UTF-8, Windows-1252 (a Latin-1 superset) where it is not. */
function decodeMixed(bytes: Uint8Array): { text: string; fallbackLines: Set<number>; sawUtf8: boolean } {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const latin = new TextDecoder("windows-1252");
  const parts: string[] = [];
  const fallbackLines = new Set<number>();
  let sawUtf8 = false;
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    let decoded: string;
    try {
      decoded = utf8.decode(chunk);
      sawUtf8 ||= chunk.some((b) => b >= 0x80);
    } catch {
      decoded = latin.decode(chunk);
      fallbackLines.add(line);
    }
    parts.push(decoded);
    // A lone \r also ends a line for the CSV reader: keep line numbers in step with it.
    line += decoded.replace(/\r$/, "").split("\r").length;
    start = end + 1;
  }
  return { text: parts.join("\n"), fallbackLines, sawUtf8 };
}

/**
 * Turns an uploaded file's bytes into text, or says plainly why it is not a text file. UTF-8
 * (with or without BOM) and UTF-16 with a BOM are read as such; lines that are not UTF-8 are
 * read as Windows-1252 (what Excel writes for "CSV" on Western systems) and reported.
 */
export function decodeImportFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) throw new AppError("INVALID_INPUT", "The file is empty: there are no rows to read.", "file");
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError("INVALID_INPUT", `The file is ${formatMegabytes(bytes.length)}, over the limit of ${formatMegabytes(MAX_IMPORT_BYTES)} per upload. Split it into smaller files.`, "file");
  }
  const known = signatures.find((s) => startsWith(bytes, s.bytes));
  if (known) throw notText(known.what);

  const notices: string[] = [];
  let text: string;
  let encoding = "UTF-8";
  let fallbackLines = new Set<number>();
  const bom16 = startsWith(bytes, [0xff, 0xfe]) ? "utf-16le" : startsWith(bytes, [0xfe, 0xff]) ? "utf-16be" : null;
  const utf16 = bom16 ?? guessUtf16(bytes);
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
    encoding = utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
    notices.push(`Read as ${encoding} text${bom16 ? " (the file starts with a UTF-16 byte-order mark)" : ""}, not UTF-8.`);
  } else {
    if (bytes.includes(0)) throw notText("binary data");
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    const mixed = decodeMixed(body);
    ({ text, fallbackLines } = mixed);
    if (fallbackLines.size) {
      encoding = mixed.sawUtf8 ? "UTF-8 and Windows-1252" : "Windows-1252";
      const n = fallbackLines.size;
      notices.push(
        `${n} line${n === 1 ? " is" : "s are"} not UTF-8 and ${n === 1 ? "was" : "were"} read as Windows-1252 (Latin-1): check accented names, or save the file as "CSV UTF-8".`,
      );
    }
  }
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.01)) throw notText("binary data");
  return { text: text.replace(/^\ufeff/, ""), encoding, fallbackLines, notices };
}
