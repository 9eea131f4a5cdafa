"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { memo } from "react";
import { useLabels } from "@/components/i18n/language-provider";
import type { LeadView } from "@/server/domain/leads/lead-view";
import { LeadCard } from "./lead-card";

/** A card that can be dragged (mouse, touch, keyboard: Space to lift) and opened (click or Enter). */
export const SortableLeadCard = memo(SortableLeadCardView);

function SortableLeadCardView({ lead, onOpen, onRetry }: { lead: LeadView; onOpen: (id: string) => void; onRetry: (id: string) => void }) {
  const t = useLabels().board.card;
  const live = lead.status === "queued" || lead.status === "processing";
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: lead.id, disabled: live, data: { stage: lead.stage } });
  return (
    <div
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-label={t.open(lead.companyName ?? lead.domain)}
      onClick={() => onOpen(lead.id)}
      onKeyDown={(event) => {
        listeners?.onKeyDown?.(event);
        if (event.key === "Enter") onOpen(lead.id);
      }}
      className={`rounded-xl outline-offset-2 ${isDragging ? "opacity-30" : ""} ${live ? "cursor-default" : "cursor-grab active:cursor-grabbing"}`}
    >
      <LeadCard lead={lead} onRetry={lead.status === "failed" ? () => onRetry(lead.id) : undefined} />
    </div>
  );
}
