import type { RunRow } from "./types";

const escape = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, read-only list of recent runs; each links to its JSON with the full step history. */
export function renderRunsPage(runs: RunRow[]): string {
  const rows = runs
    .map((r) => {
      const ms = r.endedAt && r.startedAt ? `${r.endedAt.getTime() - r.startedAt.getTime()} ms` : "";
      const result = r.status === "failed" ? (r.error as { message?: string } | null)?.message : r.status === "completed" ? JSON.stringify(r.output)?.slice(0, 120) : "";
      return `<tr><td><a href="/runs/${r.id}">${r.id.slice(0, 8)}</a></td><td>${escape(r.functionId)}</td><td class="${escape(r.status)}">${escape(r.status)}</td><td>${escape(r.createdAt.toISOString())}</td><td>${ms}</td><td>${escape(result)}</td></tr>`;
    })
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>Local Inngest engine: runs</title>
<style>body{font:14px system-ui;margin:2rem;background:#111;color:#ddd}table{border-collapse:collapse;width:100%}td,th{padding:4px 8px;border-bottom:1px solid #333;text-align:left}
a{color:#5eead4}.completed{color:#4ade80}.failed{color:#f87171}.running,.queued{color:#fbbf24}.waiting{color:#93c5fd}</style></head>
<body><h1>Runs</h1><p>Newest 200. Each id links to the run's JSON: event, output or error, and every step attempt. <a href="/runs">All as JSON</a> · <a href="/health">Queue health</a></p>
<table><thead><tr><th>Run</th><th>Function</th><th>Status</th><th>Created</th><th>Took</th><th>Output / error</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
