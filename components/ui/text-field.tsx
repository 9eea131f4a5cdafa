import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string };

/** A labelled input whose error is announced and tied to it for screen readers. */
export function TextField({ label, name, error, className = "", ...props }: Props) {
  const errorId = `${name}-error`;
  return (
    <label className={`flex flex-col gap-1.5 text-sm ${className}`}>
      <span className="font-medium text-zinc-300">{label}</span>
      <input
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="h-10 rounded-lg border border-zinc-700 bg-zinc-900 px-3 text-zinc-100 placeholder:text-zinc-500 aria-[invalid]:border-red-500"
        {...props}
      />
      {error ? (
        <span id={errorId} role="alert" className="text-red-400">
          {error}
        </span>
      ) : null}
    </label>
  );
}
