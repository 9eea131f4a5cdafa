"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { WebhookEndpointView } from "@/server/domain/webhooks/webhook-endpoint-view";
import { WebhookDeliveryLog } from "./webhook-delivery-log";
import { EventChoices } from "./webhook-event-choices";
import type { WebhooksLabels } from "./webhooks-labels";

/** One endpoint: on/off, its events, its secret (hidden until asked), a test ping, delete, and its log. */
export function WebhookEndpointCard({ endpoint, t }: { endpoint: WebhookEndpointView; t: WebhooksLabels }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey() });
  const refreshLog = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.deliveries.infiniteQueryKey({ endpointId: endpoint.id }) });
  const update = useMutation(trpc.webhooks.update.mutationOptions({ onSuccess: () => void refreshList() }));
  const remove = useMutation(trpc.webhooks.delete.mutationOptions({ onSuccess: () => (toast.success(t.endpoint.removed), void refreshList()) }));
  const test = useMutation(trpc.webhooks.test.mutationOptions({ onSuccess: () => (toast.success(t.endpoint.testQueued), void refreshLog()) }));
  const secretQuery = trpc.webhooks.secret.queryOptions({ id: endpoint.id }, { staleTime: Infinity, retry: false });
  const secret = useQuery({ ...secretQuery, enabled: revealed });
  const [copyError, setCopyError] = useState<Error | null>(null);
  const error = update.error ?? remove.error ?? test.error ?? secret.error ?? copyError;

  const copy = async () => {
    try {
      const { secret: value } = await queryClient.fetchQuery(secretQuery);
      await navigator.clipboard.writeText(value);
      setCopyError(null);
      toast.success(t.endpoint.copied);
    } catch (problem) {
      setCopyError(problem as Error);
    }
  };

  return (
    <article className="rounded-xl border border-zinc-800 bg-zinc-950/60 p-4" data-testid="webhook-endpoint" aria-label={endpoint.url}>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate font-mono text-sm text-zinc-100">{endpoint.url}</p>
          {endpoint.description ? <p className="mt-0.5 text-xs text-zinc-400">{endpoint.description}</p> : null}
        </div>
        <label className="flex items-center gap-2 text-sm text-zinc-300">
          <input
            type="checkbox"
            role="switch"
            aria-label={t.endpoint.toggle(endpoint.url)}
            className="h-4 w-4 accent-brand-500"
            checked={endpoint.enabled}
            disabled={update.isPending}
            onChange={(e) => update.mutate({ id: endpoint.id, enabled: e.target.checked })}
          />
          {endpoint.enabled ? t.endpoint.enabled : t.endpoint.disabled}
        </label>
      </header>
      <div className="mt-4">
        <EventChoices t={t} value={endpoint.events} disabled={update.isPending} onChange={(events) => events.length > 0 && update.mutate({ id: endpoint.id, events })} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <span className="text-sm text-zinc-400">{t.endpoint.secret}</span>
        <code className="rounded bg-zinc-900 px-2 py-1 font-mono text-xs text-zinc-200" data-testid="webhook-secret">
          {revealed && secret.data ? secret.data.secret : "whsec_••••••••••••••••"}
        </code>
        <Button type="button" variant="ghost" className="h-8 px-2" onClick={() => setRevealed(!revealed)}>
          {revealed ? t.endpoint.hide : t.endpoint.reveal}
        </Button>
        <Button type="button" variant="ghost" className="h-8 px-2" onClick={() => void copy()}>
          {t.endpoint.copy}
        </Button>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={test.isPending} onClick={() => test.mutate({ id: endpoint.id })}>
          {t.endpoint.sendTest}
        </Button>
        <Button type="button" variant="ghost" className="text-red-300" disabled={remove.isPending} onClick={() => window.confirm(t.endpoint.confirmRemove(endpoint.url)) && remove.mutate({ id: endpoint.id })}>
          {t.endpoint.remove}
        </Button>
      </div>
      {error ? (
        <div className="mt-3">
          <FormError message={error.message} />
        </div>
      ) : null}
      <WebhookDeliveryLog endpointId={endpoint.id} t={t} />
    </article>
  );
}
