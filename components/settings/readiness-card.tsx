import Link from "next/link";
import { requiredForProspecting, type BusinessContextField } from "@/server/api/schemas/business-context";
import { icpFieldId } from "./icp-fields";
import type { SettingsLabels } from "./labels";

type Props = { t: SettingsLabels; missing: BusinessContextField[]; savedReady: boolean };

function focusField(field: BusinessContextField) {
  const element = document.getElementById(icpFieldId(field));
  element?.scrollIntoView({ behavior: "smooth", block: "center" });
  element?.focus({ preventScroll: true });
}

/** Says whether prospecting can start with this ICP, and exactly which required fields are still empty. */
export function ReadinessCard({ t, missing, savedReady }: Props) {
  const state = missing.length ? "missing" : savedReady ? "ready" : "unsaved";
  const total = requiredForProspecting.length;
  const done = total - missing.length;
  const title = { ready: t.readiness.ready, unsaved: t.readiness.readyOnceSaved, missing: t.readiness.notReady }[state];
  const tone = {
    ready: { box: "border-emerald-800/70 bg-emerald-950/30", dot: "bg-emerald-400", bar: "bg-emerald-400", text: "text-emerald-200" },
    unsaved: { box: "border-sky-800/70 bg-sky-950/30", dot: "bg-sky-400", bar: "bg-sky-400", text: "text-sky-200" },
    missing: { box: "border-amber-800/60 bg-amber-950/20", dot: "bg-amber-400", bar: "bg-amber-400", text: "text-amber-200" },
  }[state];

  return (
    <section aria-labelledby="readiness-title" className={`rounded-2xl border p-4 ${tone.box}`} data-testid="readiness" data-state={state}>
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-400">{t.readiness.heading}</p>
      <h3 id="readiness-title" className={`mt-2 flex items-center gap-2 text-base font-semibold ${tone.text}`} aria-live="polite">
        <span className={`h-2.5 w-2.5 shrink-0 rounded-full ${tone.dot}`} aria-hidden />
        {title}
      </h3>
      <div className="mt-3">
        <p className="text-xs text-zinc-400">{t.readiness.progress(done, total)}</p>
        <div className="mt-1.5 flex gap-1" aria-hidden>
          {requiredForProspecting.map(({ field }) => (
            <span key={field} className={`h-1.5 flex-1 rounded-full ${missing.includes(field) ? "bg-zinc-800" : tone.bar}`} />
          ))}
        </div>
      </div>
      {state === "missing" ? (
        <div className="mt-4">
          <p className="text-sm text-zinc-300">{t.readiness.missingIntro}</p>
          <ul className="mt-2 flex flex-wrap gap-1.5 lg:flex-col" data-testid="readiness-missing">
            {missing.map((field) => (
              <li key={field}>
                <button
                  type="button"
                  onClick={() => focusField(field)}
                  className="flex items-center gap-2 rounded-lg border border-zinc-800 bg-zinc-900/70 px-3 py-1.5 text-left text-sm text-zinc-200 hover:border-zinc-700 hover:bg-zinc-800/70 lg:w-full lg:py-2"
                >
                  <span className="text-amber-400" aria-hidden>
                    +
                  </span>
                  {t.readiness.add(t.icp.fields[field].label)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-3 text-sm text-zinc-300">{state === "ready" ? t.readiness.readyBody : t.readiness.readyOnceSavedBody}</p>
      )}
      {state === "ready" ? (
        <Link href="/board" className="mt-3 inline-flex text-sm font-medium text-brand-400 hover:underline">
          {t.readiness.goToBoard} →
        </Link>
      ) : null}
    </section>
  );
}
