import { useLabels } from "@/components/i18n/language-provider";
import type { AppLabels } from "@/components/i18n/labels";
import type { DomainImport, ImportIssueKind } from "@/server/domain/imports/domain-import";

const tone: Record<ImportIssueKind, string> = {
  invalid: "bg-red-500/15 text-red-300",
  empty: "bg-red-500/15 text-red-300",
  malformed: "bg-red-500/15 text-red-300",
  duplicate: "bg-emerald-500/15 text-emerald-300",
  known: "bg-emerald-500/15 text-emerald-300",
  encoding: "bg-amber-500/15 text-amber-300",
};

function describeColumn(imported: DomainImport, t: AppLabels["start"]["import"]): string | null {
  if (!imported.column) return null;
  const name = imported.column.name ? `“${imported.column.name}”` : t.column(imported.column.index + 1);
  return t.domainsFrom(name, imported.column.detectedBy !== "header");
}

/** How the server read the list, and each row it will not look for, with why. */
export function ImportIssues({ imported }: { imported: DomainImport }) {
  const t = useLabels().start.import;
  const csv = imported.format === "csv";
  const facts = [
    t.read(imported.rows, csv),
    describeColumn(imported, t),
    csv && imported.delimiter ? t.separated(t.delimiters[imported.delimiter] ?? imported.delimiter) : null,
    csv ? imported.encoding : null,
  ].filter(Boolean);
  const shown = imported.issues.length;
  return (
    <section aria-labelledby="import-issues-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 id="import-issues-title" className="text-sm font-medium text-zinc-200">
          {shown ? t.toLookAt(csv) : t.allNew(csv)}
        </h3>
        <p className="text-xs text-zinc-500">{facts.join(" · ")}</p>
      </div>
      {imported.notices.map((notice) => (
        <p key={notice} className="rounded-lg border border-amber-900/60 bg-amber-950/40 px-3 py-2 text-xs text-amber-200" data-testid="import-notice">
          {notice}
        </p>
      ))}
      {shown ? (
        <div className="max-h-64 overflow-auto rounded-lg border border-zinc-800" tabIndex={0} aria-label={t.tableLabel}>
          <table className="w-full text-left text-xs" data-testid="import-issues">
            <thead className="sticky top-0 bg-zinc-900 text-zinc-500">
              <tr>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t.row(csv)}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t.value}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t.why}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-800/70">
              {imported.issues.map((issue, i) => (
                <tr key={`${issue.row}-${issue.kind}-${i}`} data-testid="import-issue" data-kind={issue.kind} data-row={issue.row}>
                  <td className="px-3 py-1.5 tabular-nums text-zinc-400">{issue.row}</td>
                  <td className="max-w-56 truncate px-3 py-1.5 font-mono text-zinc-200" title={issue.value}>
                    {issue.value || <span className="font-sans italic text-zinc-500">{t.empty}</span>}
                  </td>
                  <td className="px-3 py-1.5 text-zinc-300">
                    <span className={`mr-2 inline-block rounded px-1.5 py-0.5 text-[11px] font-medium ${tone[issue.kind]}`}>{t.kinds[issue.kind]}</span>
                    {issue.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {imported.hiddenIssues ? <p className="px-3 py-2 text-xs text-zinc-500">{t.hidden(imported.hiddenIssues)}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
