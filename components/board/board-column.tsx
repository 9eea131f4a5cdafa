"use client";

import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useMemo, useRef } from "react";
import { useLabels } from "@/components/i18n/language-provider";
import type { LeadView } from "@/server/domain/leads/lead-view";
import { averageScore } from "./board-metrics";
import { columnAccent, type ColumnId } from "./board-columns";
import { SortableLeadCard } from "./sortable-lead-card";

type Props = { id: ColumnId; leads: LeadView[]; onOpen: (id: string) => void; onRetry: (id: string) => void };

const sameCards = (a: LeadView[], b: LeadView[]) => a.length === b.length && a.every((lead, i) => lead === b[i]);

/**
 * A column re-renders only when one of its cards changed (untouched leads keep their identity
 * through event batches), so a burst of events repaints the columns it touched, not all ten.
 */
export const BoardColumn = memo(
  BoardColumnView,
  (prev, next) => prev.id === next.id && prev.onOpen === next.onOpen && prev.onRetry === next.onRetry && sameCards(prev.leads, next.leads),
);

/** One column: only the cards in view are rendered, so 10,000 leads scroll as smoothly as 10. */
function BoardColumnView({ id, leads, onOpen, onRetry }: Props) {
  const labels = useLabels();
  const t = labels.board.column;
  const scroller = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: `column:${id}`, disabled: id === "processing" });
  const ids = useMemo(() => leads.map((l) => l.id), [leads]);
  const average = useMemo(() => averageScore(leads), [leads]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: leads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => leads[index]!.id,
  });

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`column-${id}`}
      data-testid={`column-${id}`}
      className={`flex max-h-full w-72 shrink-0 flex-col rounded-2xl border bg-zinc-900/40 transition-colors ${isOver ? "border-brand-500/60 bg-brand-500/5" : "border-zinc-800/80"}`}
    >
      <header className="flex items-center gap-2 px-3 py-3">
        <span className={`h-2 w-2 rounded-full ${columnAccent[id]} ${id === "processing" && leads.length ? "animate-pulse" : ""}`} />
        <h2 id={`column-${id}`} className="truncate text-sm font-semibold text-zinc-200">
          {labels.stages[id]}
        </h2>
        {average !== null ? (
          <span className="text-xs tabular-nums text-zinc-500" title={t.averageTitle}>
            {t.average(average)}
          </span>
        ) : null}
        <span className="ml-auto rounded-full bg-zinc-800 px-2 py-0.5 text-xs tabular-nums text-zinc-400" data-testid="column-count" aria-label={t.count(leads.length)}>
          {leads.length}
        </span>
      </header>
      <div ref={scroller} className="min-h-24 flex-1 overflow-y-auto px-2 pb-2">
        {leads.length === 0 ? (
          <p className="px-2 py-6 text-center text-xs text-zinc-600">{id === "processing" ? t.emptyProcessing : t.empty}</p>
        ) : null}
        <SortableContext id={id} items={ids} strategy={verticalListSortingStrategy}>
          <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="absolute left-0 top-0 w-full pb-2"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <SortableLeadCard lead={leads[item.index]!} onOpen={onOpen} onRetry={onRetry} />
              </div>
            ))}
          </div>
        </SortableContext>
      </div>
    </section>
  );
}
