"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { useLabels } from "@/components/i18n/language-provider";
import { LeadDetail } from "./lead-detail";

/** The lead's detail beside the board; Escape or the backdrop closes it, the URL keeps it. */
export function LeadDrawer({ leadId, onClose }: { leadId: string | null; onClose: () => void }) {
  const t = useLabels().lead.drawer;
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!leadId) return;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [leadId, onClose]);
  if (!leadId) return null;
  return (
    <div className="fixed inset-0 z-40 flex justify-end" role="dialog" aria-modal="true" aria-label={t.label}>
      <button type="button" aria-label={t.closeBackdrop} className="absolute inset-0 bg-black/50" onClick={onClose} tabIndex={-1} />
      <aside className="relative h-full w-full max-w-xl overflow-y-auto border-l border-zinc-800 bg-zinc-950 shadow-2xl">
        <div className="sticky top-0 z-10 flex items-center justify-between border-b border-zinc-800 bg-zinc-950/95 px-6 py-3">
          <Link href={`/leads/${leadId}`} className="text-sm text-brand-400 hover:underline">
            {t.openPage}
          </Link>
          <button ref={close} type="button" onClick={onClose} className="rounded-md px-2 py-1 text-sm text-zinc-300 hover:bg-zinc-800">
            {t.close}
          </button>
        </div>
        <LeadDetail leadId={leadId} />
      </aside>
    </div>
  );
}
