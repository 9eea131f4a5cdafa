"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/button";

/** Adds one lead by domain; the card itself arrives through the live stream, in every tab. */
export function AddLeadForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useLabels().board.addLead;
  const [domain, setDomain] = useState("");
  const create = useMutation(
    trpc.leads.create.mutationOptions({
      onSuccess: (lead) => {
        setDomain("");
        toast.success(t.added(lead.domain));
        queryClient.setQueryData(trpc.leads.list.queryKey(), (old) =>
          old && !old.leads.some((l) => l.id === lead.id) ? { ...old, leads: [lead, ...old.leads] } : old,
        );
      },
    }),
  );
  // The server says "domain: ..." for API callers; beside the field itself the prefix is noise.
  const error = create.error?.message.replace(/^domain: /, "");

  return (
    <form
      className="flex w-[26rem] max-w-full flex-col gap-1"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!create.isPending) create.mutate({ domain });
      }}
    >
      <div className="flex gap-2">
        <label htmlFor="add-lead-domain" className="sr-only">
          {t.label}
        </label>
        <input
          id="add-lead-domain"
          name="domain"
          value={domain}
          onChange={(event) => {
            setDomain(event.target.value);
            if (create.isError) create.reset();
          }}
          placeholder={t.placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "add-lead-error" : undefined}
          className="h-10 min-w-0 flex-1 rounded-lg border border-zinc-700 bg-zinc-900 px-3 text-sm text-zinc-100 placeholder:text-zinc-500 aria-[invalid]:border-red-500"
        />
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t.adding : t.submit}
        </Button>
      </div>
      <p id="add-lead-error" role="alert" className="min-h-5 text-sm text-red-400" data-testid="add-lead-error">
        {error ?? ""}
      </p>
    </form>
  );
}
