/** One upload or pasted list: more than this is refused whole, saying which limit was hit. */
export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Base64 of MAX_IMPORT_BYTES: what the upload schema lets through. */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/** Rounded up, so a file just over the limit never reads as "5 MB" against a 5 MB limit. */
export function formatMegabytes(bytes: number): string {
  return `${Math.ceil((bytes / (1024 * 1024)) * 100) / 100} MB`;
}
