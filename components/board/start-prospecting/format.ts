export function formatReset(date: Date, locale: string): string {
  return date.toLocaleString(locale, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.ceil((bytes / (1024 * 1024)) * 100) / 100} MB`;
}

/** The server prefixes input errors with their field ("source.contentBase64: ..."); in the form that is noise. */
export function cleanError(message: string | undefined): string {
  return (message ?? "").replace(/^[\w.]+: /, "");
}
