import Link from "next/link";
import { useLabels } from "@/components/i18n/language-provider";
import { requiredForProspecting } from "@/server/api/schemas/business-context";

/** Shown instead of Start: prospecting needs these parts of the business context first. */
export function ContextMissing({ missing }: { missing: string[] }) {
  const labels = useLabels();
  const t = labels.start.contextMissing;
  // The server names fields in English; the settings dictionary has each one's name in the workspace's language.
  const name = (label: string) => {
    const field = requiredForProspecting.find((required) => required.label === label)?.field;
    return field ? labels.settings.icp.fields[field].label : label.charAt(0).toUpperCase() + label.slice(1);
  };
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-amber-900/60 bg-amber-950/30 p-4" data-testid="context-missing">
      <p className="text-sm font-medium text-amber-200">{t.title}</p>
      <p className="text-sm text-zinc-300">{t.text}</p>
      <ul className="list-inside list-disc text-sm text-zinc-300">
        {missing.map((field) => (
          <li key={field}>{name(field)}</li>
        ))}
      </ul>
      <Link href="/settings" className="inline-flex h-10 w-fit items-center rounded-lg bg-brand-500 px-4 text-sm font-semibold text-zinc-950 hover:bg-brand-400">
        {t.link}
      </Link>
    </div>
  );
}
