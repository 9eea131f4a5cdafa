"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc-provider";
import { businessContextInput, missingForProspecting, requiredForProspecting, type BusinessContextField, type BusinessContextInput } from "@/server/api/schemas/business-context";
import { icpFieldErrors, serverFieldError, type IcpFieldErrors } from "./icp-field-errors";
import { icpFieldId, icpGroups, sameDraft, toIcpDraft, type IcpDraft } from "./icp-fields";
import { IcpTextField } from "./icp-text-field";
import type { SettingsLabels } from "./labels";
import { ListField } from "./list-field";
import { ReadinessCard } from "./readiness-card";
import { SaveBar } from "./save-bar";

const formOrder = icpGroups.flatMap((g) => g.fields.map((f) => f.field));
const isRequired = (field: BusinessContextField) => requiredForProspecting.some((r) => r.field === field);

function focusFirst(fields: string[]) {
  const first = formOrder.find((f) => fields.includes(f));
  if (first) document.getElementById(icpFieldId(first))?.focus();
}

/** The ICP form: validated here with the server's own schema, saved whole, readiness shown as you type. */
export function BusinessContextForm({ t }: { t: SettingsLabels }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.settings.businessContext.queryOptions());
  const [saved, setSaved] = useState(() => toIcpDraft(data));
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<IcpFieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation(trpc.settings.saveBusinessContext.mutationOptions());
  const dirty = !sameDraft(draft, saved);
  const missing = missingForProspecting(draft).map((m) => m.field);
  const neverSaved = !Object.values(saved).some((value) => value.length);

  const validate = (next: IcpDraft): { data: BusinessContextInput | null; errors: IcpFieldErrors } => {
    const result = businessContextInput.safeParse(next);
    return result.success ? { data: result.data, errors: {} } : { data: null, errors: icpFieldErrors(result.error.issues, t.icp) };
  };

  const update = <F extends BusinessContextField>(field: F, value: IcpDraft[F]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    // A field already flagged is re-checked as it is fixed; untouched fields are not nagged while typing.
    if (!errors[field]) return;
    const remaining = { ...errors, [field]: validate(next).errors[field] };
    setErrors(remaining);
    if (!Object.values(remaining).some(Boolean)) setProblem(null);
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const checked = validate(draft);
    setErrors(checked.errors);
    if (!checked.data) {
      setProblem(t.icp.fixErrors);
      return focusFirst(Object.keys(checked.errors));
    }
    setProblem(null);
    save.mutate(checked.data, {
      onSuccess: (view) => {
        queryClient.setQueryData(trpc.settings.businessContext.queryKey(), view);
        const next = toIcpDraft(view);
        setSaved(next);
        setDraft(next);
        const stillMissing = missingForProspecting(view).map((m) => t.icp.fields[m.field].label.toLowerCase());
        toast.success(t.icp.savedToast, { description: stillMissing.length ? t.icp.savedMissing(stillMissing.join(", ")) : t.icp.savedReady });
      },
      onError: (error) => {
        const fieldError = serverFieldError(error);
        if (fieldError && fieldError.field in draft) {
          setErrors({ [fieldError.field]: fieldError.message });
          setProblem(t.icp.fixErrors);
          focusFirst([fieldError.field]);
        } else {
          setProblem(error.message);
          toast.error(t.icp.saveFailed, { description: error.message });
        }
      },
    });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="lg:order-2">
        <div className="lg:sticky lg:top-20">
          <ReadinessCard t={t} missing={missing} savedReady={data.ready} />
        </div>
      </div>
      <form noValidate onSubmit={onSubmit} className="min-w-0 lg:order-1" aria-label={t.icp.title}>
        {neverSaved && !dirty ? (
          <p className="mb-5 rounded-xl border border-dashed border-zinc-700 bg-zinc-950/40 px-4 py-3 text-sm text-zinc-300" data-testid="icp-empty">
            {t.icp.empty}
          </p>
        ) : null}
        <div className="flex flex-col gap-6">
          {icpGroups.map((group) => (
            <fieldset key={group.id} className="min-w-0">
              <legend className="mb-3 text-xs font-semibold uppercase tracking-wider text-zinc-500">{t.icp.groups[group.id]}</legend>
              <div className="grid gap-x-4 gap-y-4 sm:grid-cols-2">
                {group.fields.map(({ field, kind, max, wide }) => {
                  const text = t.icp.fields[field];
                  const required = isRequired(field);
                  const tag = required ? { text: t.required, tone: missing.includes(field) ? ("missing" as const) : ("done" as const) } : undefined;
                  const common = { id: icpFieldId(field), label: text.label, hint: text.hint, placeholder: text.placeholder, error: errors[field], tag, required };
                  return (
                    <div key={field} className={wide ? "sm:col-span-2" : undefined}>
                      {kind === "list" ? (
                        <ListField
                          {...common}
                          entries={draft[field] as string[]}
                          onChange={(entries) => update(field, entries)}
                          addHint={t.icp.list.addHint}
                          removeLabel={t.icp.list.remove}
                          entriesLabel={t.icp.list.entries(text.label)}
                        />
                      ) : (
                        <IcpTextField {...common} value={draft[field] as string} onChange={(value) => update(field, value)} max={max} multiline={kind === "textarea"} />
                      )}
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
        <SaveBar dirty={dirty} pending={save.isPending} label={t.icp.save} shortLabel={t.saveShort} pendingLabel={t.icp.saving} unsaved={t.unsaved} saved={t.allSaved} problem={problem} />
      </form>
    </div>
  );
}
