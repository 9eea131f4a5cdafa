"use client";

import type { WebhookEventType } from "@/db/schema/integrations";
import type { WebhooksLabels } from "./webhooks-labels";

/** The event checkboxes, shared by the add form and each endpoint. */
export function EventChoices({ t, value, onChange, disabled }: { t: WebhooksLabels; value: WebhookEventType[]; onChange: (events: WebhookEventType[]) => void; disabled?: boolean }) {
  const all = Object.keys(t.events) as WebhookEventType[];
  return (
    <fieldset disabled={disabled}>
      <legend className="text-sm font-medium text-zinc-300">{t.add.events}</legend>
      <div className="mt-2 flex flex-wrap gap-3">
        {all.map((type) => (
          <label key={type} className="flex cursor-pointer items-start gap-2 rounded-lg border border-zinc-800 px-3 py-2 text-sm has-[:checked]:border-brand-500/70 has-[:checked]:bg-brand-500/10">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 accent-brand-500"
              checked={value.includes(type)}
              onChange={(e) => onChange(e.target.checked ? all.filter((x) => x === type || value.includes(x)) : value.filter((x) => x !== type))}
            />
            <span className="flex flex-col">
              <span className="font-medium text-zinc-100">
                {t.events[type].name} <code className="text-xs text-zinc-500">{type}</code>
              </span>
              <span className="text-xs text-zinc-400">{t.events[type].detail}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
