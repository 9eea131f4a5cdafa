"use client";

import { useLabels } from "@/components/i18n/language-provider";
import { leadTiers } from "@/db/schema/lead-values";
import type { BoardFilters, ScoreBand } from "./filter-leads";

const control = "h-9 rounded-lg border border-zinc-700 bg-zinc-900 px-2.5 text-sm text-zinc-100";

export function BoardToolbar({ filters, onChange, industries, shown, total }: { filters: BoardFilters; onChange: (f: BoardFilters) => void; industries: string[]; shown: number; total: number }) {
  const labels = useLabels();
  const t = labels.board.filters;
  const set = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch });
  const bands: { value: ScoreBand; label: string }[] = [
    { value: "all", label: t.anyScore },
    { value: "70-100", label: "70–100" },
    { value: "40-69", label: "40–69" },
    { value: "0-39", label: "0–39" },
    { value: "unscored", label: t.unscored },
  ];
  return (
    <div role="search" aria-label={t.label} className="flex flex-wrap items-center gap-2">
      <input
        type="search"
        aria-label={t.search}
        placeholder={t.searchPlaceholder}
        value={filters.text}
        onChange={(e) => set({ text: e.target.value })}
        className={`${control} w-56`}
      />
      <select aria-label={t.tier} value={filters.tier} onChange={(e) => set({ tier: e.target.value as BoardFilters["tier"] })} className={control}>
        <option value="all">{t.anyTier}</option>
        {leadTiers.map((tier) => (
          <option key={tier} value={tier}>
            {t.tiers[tier]}
          </option>
        ))}
      </select>
      <select aria-label={t.score} value={filters.score} onChange={(e) => set({ score: e.target.value as ScoreBand })} className={control}>
        {bands.map((b) => (
          <option key={b.value} value={b.value}>
            {b.label}
          </option>
        ))}
      </select>
      <select aria-label={t.industry} value={filters.industry} onChange={(e) => set({ industry: e.target.value })} className={control}>
        <option value="all">{t.anyIndustry}</option>
        {industries.map((i) => (
          <option key={i} value={i}>
            {i}
          </option>
        ))}
      </select>
      <a
        href="/api/leads/export"
        download
        className="ml-auto inline-flex h-9 items-center rounded-lg border border-zinc-700 px-3 text-sm text-zinc-200 hover:bg-zinc-800"
        data-testid="export-csv"
      >
        {labels.board.exportCsv}
      </a>
      {shown !== total ? (
        <span className="text-xs text-zinc-400" data-testid="filter-summary">
          {t.shown(shown, total)}
        </span>
      ) : null}
    </div>
  );
}
