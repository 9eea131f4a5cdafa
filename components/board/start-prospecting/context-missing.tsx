import Link from "next/link";

/** Shown instead of Start: prospecting needs these parts of the business context first. */
export function ContextMissing({ missing }: { missing: string[] }) {
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-amber-900/60 bg-amber-950/30 p-4" data-testid="context-missing">
      <p className="text-sm font-medium text-amber-200">Your business context is not complete yet</p>
      <p className="text-sm text-zinc-300">We use it to find and score companies. Add what is missing first:</p>
      <ul className="list-inside list-disc text-sm text-zinc-300">
        {missing.map((field) => (
          <li key={field}>{field.charAt(0).toUpperCase() + field.slice(1)}</li>
        ))}
      </ul>
      <Link href="/settings" className="inline-flex h-10 w-fit items-center rounded-lg bg-brand-500 px-4 text-sm font-semibold text-zinc-950 hover:bg-brand-400">
        Complete your business context
      </Link>
    </div>
  );
}
