"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  closestCorners,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import { LeadDrawer } from "@/components/leads/lead-drawer";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { LeadStage } from "@/db/schema/lead-values";
import { AddLeadForm } from "./add-lead-form";
import { BoardColumn } from "./board-column";
import { columnOf, columnOrder, groupByColumn } from "./board-columns";
import { boardMetrics } from "./board-metrics";
import { BoardToolbar } from "./board-toolbar";
import { columnKeyboardCoordinates } from "./column-keyboard-coordinates";
import { filterLeads, industriesOf, noFilters, type BoardFilters } from "./filter-leads";
import { JobBanner } from "./job-banner";
import { LeadCard } from "./lead-card";
import { LiveIndicator } from "./live-indicator";
import { MetricsStrip } from "./metrics-strip";
import { QuotaMeter } from "./quota-meter";
import { StartProspecting } from "./start-prospecting";
import { useBoardEvents } from "./use-board-events";
import { useMoveLead } from "./use-move-lead";

/**
 * Under a pointer, the card (or else the column) it is over; with the keyboard, the nearest.
 * Corners alone would prefer a nearby card in the old column to a tall, empty target column.
 */
const collisionDetection: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  if (under.length === 0) return closestCorners(args);
  const cards = under.filter((c) => !String(c.id).startsWith("column:"));
  return cards.length ? cards : under;
};

export function Board() {
  const trpc = useTRPC();
  const t = useLabels();
  const { data } = useSuspenseQuery(trpc.leads.list.queryOptions());
  const live = useBoardEvents(data.cursor);
  const [filters, setFilters] = useState<BoardFilters>(noFilters);
  const [dragging, setDragging] = useState<string | null>(null);
  const openLeadId = useSearchParams().get("lead");
  const move = useMoveLead();
  const retry = useMutation(trpc.leads.retry.mutationOptions({ onError: (e) => toast.error(t.toasts.retryFailed, { description: e.message }) }));
  const { mutate: retryMutate } = retry;
  const retryLead = useCallback((id: string) => retryMutate({ id }), [retryMutate]);

  const visible = useMemo(() => filterLeads(data.leads, filters), [data.leads, filters]);
  const columns = useMemo(() => groupByColumn(visible), [visible]);
  const metrics = useMemo(() => boardMetrics(data.leads), [data.leads]);
  const industries = useMemo(() => industriesOf(data.leads), [data.leads]);
  const byId = useMemo(() => new Map(data.leads.map((l) => [l.id, l])), [data.leads]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates, keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space"] } }),
  );

  // The drawer's address is in the URL (deep-linkable), changed without a server round trip.
  const openLead = useCallback((id: string | null) => {
    const url = new URL(window.location.href);
    if (id) url.searchParams.set("lead", id);
    else url.searchParams.delete("lead");
    window.history.pushState(null, "", url);
  }, []);

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragging(null);
    if (!over || active.id === over.id) return;
    const lead = byId.get(String(active.id));
    const overId = String(over.id);
    const overLead = byId.get(overId);
    const target = overId.startsWith("column:") ? overId.slice("column:".length) : overLead ? columnOf(overLead) : null;
    if (!lead || !target || target === "processing") return;
    const stage = target as LeadStage;
    const others = columns[stage].filter((l) => l.id !== lead.id);
    let index = overLead ? others.findIndex((l) => l.id === overLead.id) : others.length;
    // Dragging down within a column lands below the card it is over.
    if (overLead && lead.stage === stage && columns[stage].findIndex((l) => l.id === lead.id) < columns[stage].findIndex((l) => l.id === overLead.id)) index += 1;
    move.mutate({ id: lead.id, stage, afterId: others[index - 1]?.id ?? null, beforeId: others[index]?.id ?? null });
  }

  const draggedLead = dragging ? byId.get(dragging) : undefined;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 pt-5">
        <div className="flex flex-col gap-3">
          <h1 className="text-xl font-semibold tracking-tight">{t.board.title}</h1>
          <MetricsStrip metrics={metrics} />
        </div>
        <div className="flex flex-col items-end gap-3">
          <div className="flex flex-wrap items-center justify-end gap-3">
            <QuotaMeter />
            <StartProspecting />
            <LiveIndicator status={live} />
          </div>
          <AddLeadForm />
        </div>
      </div>
      <div className="px-6 pt-3">
        <BoardToolbar filters={filters} onChange={setFilters} industries={industries} shown={visible.length} total={data.leads.length} />
      </div>
      <JobBanner />
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={({ active }: DragStartEvent) => setDragging(String(active.id))}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <div className="flex min-h-0 flex-1 gap-3 overflow-x-auto px-6 pb-6 pt-3" data-testid="board">
          {columnOrder.map((id) => (
            <BoardColumn key={id} id={id} leads={columns[id]} onOpen={openLead} onRetry={retryLead} />
          ))}
        </div>
        <DragOverlay>{draggedLead ? <div className="w-68 rotate-1 shadow-2xl"><LeadCard lead={draggedLead} /></div> : null}</DragOverlay>
      </DndContext>
      <LeadDrawer leadId={openLeadId} onClose={() => openLead(null)} />
    </div>
  );
}
