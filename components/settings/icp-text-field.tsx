import { controlClass, FieldFrame } from "./field-frame";

type Props = {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  multiline?: boolean;
  error?: string;
  tag?: { text: string; tone: "missing" | "done" | "plain" };
  required?: boolean;
};

/** A text or textarea field that counts characters as it nears its limit. */
export function IcpTextField({ id, label, hint, placeholder, value, onChange, max, multiline, error, tag, required }: Props) {
  const length = value.length;
  const near = length > max * 0.8;
  const common = {
    id,
    value,
    placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : `${id}-hint`,
    "aria-required": required || undefined,
  };
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      tag={tag}
      aside={
        near ? (
          <span className={`shrink-0 tabular-nums ${length > max ? "text-red-400" : "text-zinc-500"}`} aria-live="polite">
            {length.toLocaleString()} / {max.toLocaleString()}
          </span>
        ) : null
      }
    >
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} className={`${controlClass} min-h-20 w-full resize-y py-2 leading-relaxed`} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} className={`${controlClass} h-10 w-full`} />
      )}
    </FieldFrame>
  );
}
