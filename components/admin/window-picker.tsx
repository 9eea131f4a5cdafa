"use client";

import { adminWindows, type AdminWindow } from "@/server/api/schemas/admin";

/** 24h / 7d / 30d as a segmented control. */
export function WindowPicker({ value, onChange }: { value: AdminWindow; onChange: (window: AdminWindow) => void }) {
  return (
    <div role="radiogroup" aria-label="Time window" className="inline-flex rounded-lg border border-zinc-800 bg-zinc-900 p-0.5 text-xs">
      {adminWindows.map((window) => (
        <button
          key={window}
          type="button"
          role="radio"
          aria-checked={value === window}
          onClick={() => onChange(window)}
          className={`rounded-md px-3 py-1.5 font-semibold transition-colors ${value === window ? "bg-zinc-700 text-zinc-100" : "text-zinc-400 hover:text-zinc-200"}`}
        >
          {window}
        </button>
      ))}
    </div>
  );
}
