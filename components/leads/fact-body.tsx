"use client";

import { useLabels } from "@/components/i18n/language-provider";
import type { LeadDetail } from "@/server/domain/leads/get-lead-detail";
import { factValueText } from "./fact-value";
import { groundedParts, type ShownLine } from "./grounded-lines";

type Fact = LeadDetail["facts"][number];
type Breakdown = { criterion: string; label: string; weight: number; match: number; points: number; evidence: string };

/** A cited line: the text, then each fact it rests on, linked to that fact's source where it has one. */
function CitedLine({ line }: { line: ShownLine }) {
  const t = useLabels().lead;
  return (
    <li className="flex flex-col gap-0.5" data-testid="cited-line">
      <span className="text-sm text-zinc-200">
        {line.title ? <strong className="font-medium text-zinc-100">{line.title}: </strong> : null}
        {line.text}
        {line.details.map((d) => (
          <span key={d.field} className="ml-1.5 rounded bg-zinc-800 px-1 text-[11px] text-zinc-400">
            {d.field === "day" ? t.day(d.value) : d.field === "score" ? `${d.value}/10` : d.value}
          </span>
        ))}
      </span>
      <span className="flex flex-wrap gap-1 text-[11px] text-zinc-500">
        {t.cites}
        {line.cites.map((cite) =>
          cite.sourceUrl ? (
            <a key={cite.key} href={cite.sourceUrl} target="_blank" rel="noreferrer noopener" className="rounded bg-zinc-800 px-1 text-brand-400 hover:underline" data-testid="line-cite">
              {cite.key}
            </a>
          ) : (
            <span key={cite.key} className="rounded bg-zinc-800 px-1 text-zinc-400" data-testid="line-cite">
              {cite.key}
            </span>
          ),
        )}
      </span>
    </li>
  );
}

function ScoreBreakdown({ rows }: { rows: Breakdown[] }) {
  const t = useLabels().lead.breakdown;
  return (
    <table className="w-full text-left text-xs" data-testid="score-breakdown">
      <thead className="text-zinc-500">
        <tr>
          <th className="py-1 pr-2 font-normal">{t.criterion}</th>
          <th className="py-1 pr-2 text-right font-normal">{t.points}</th>
          <th className="py-1 font-normal">{t.evidence}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.criterion} className="border-t border-zinc-800 align-top">
            <td className="py-1 pr-2 text-zinc-300">{row.label}</td>
            <td className="py-1 pr-2 text-right tabular-nums text-zinc-200">
              {row.points}/{row.weight}
            </td>
            <td className="py-1 text-zinc-400">{row.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A fact's value as the drawer shows it: the score as a table, reasoning as cited lines, the rest as one line. */
export function FactBody({ fact }: { fact: Fact }) {
  const labels = useLabels().lead;
  const value = fact.value as Record<string, unknown> | null;
  if (fact.key === "score.fit" && value && Array.isArray(value.breakdown)) {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-sm text-zinc-200">
          {String(value.score)}/100 · {labels.tiers[value.tier as keyof typeof labels.tiers] ?? String(value.tier)}
        </span>
        <ScoreBreakdown rows={value.breakdown as Breakdown[]} />
      </div>
    );
  }
  const parts = groundedParts(fact.value);
  if (!parts) return <span className="break-words text-sm text-zinc-200">{factValueText(fact.value)}</span>;
  return (
    <div className="flex flex-col gap-1">
      {parts.map((part) =>
        "lines" in part ? (
          <ul key={part.field} className="flex flex-col gap-1.5">
            {part.lines.map((line, i) => (
              <CitedLine key={i} line={line} />
            ))}
          </ul>
        ) : (
          <span key={part.field} className="text-sm font-medium text-zinc-100">
            {part.text}
          </span>
        ),
      )}
    </div>
  );
}
