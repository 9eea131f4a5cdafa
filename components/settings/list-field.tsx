"use client";

import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { FieldFrame } from "./field-frame";

type Props = {
  id: string;
  label: string;
  hint: string;
  addHint: string;
  placeholder: string;
  entries: string[];
  onChange: (entries: string[]) => void;
  removeLabel: (entry: string) => string;
  entriesLabel: string;
  error?: string;
  tag?: { text: string; tone: "missing" | "done" | "plain" };
  required?: boolean;
};

const SEPARATORS = /[,;\n]/;

function addEntries(entries: string[], parts: string[]): string[] {
  const next = [...entries];
  for (const raw of parts) {
    const part = raw.trim();
    if (part && !next.some((e) => e.toLowerCase() === part.toLowerCase())) next.push(part);
  }
  return next;
}

/** A list entered as chips: Enter, a comma or a pasted list adds entries; Backspace edits the last one. */
export function ListField({ id, label, hint, addHint, placeholder, entries, onChange, removeLabel, entriesLabel, error, tag, required }: Props) {
  const [draft, setDraft] = useState("");
  const input = useRef<HTMLInputElement>(null);

  const commit = (text: string) => {
    if (text.trim()) onChange(addEntries(entries, text.split(SEPARATORS)));
    setDraft("");
  };

  const onType = (text: string) => {
    if (!SEPARATORS.test(text)) return setDraft(text);
    const parts = text.split(SEPARATORS);
    const rest = parts.pop() ?? "";
    onChange(addEntries(entries, parts));
    setDraft(rest.trimStart());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      commit(draft);
    } else if (event.key === "Backspace" && draft === "" && entries.length) {
      event.preventDefault();
      setDraft(entries.at(-1)!);
      onChange(entries.slice(0, -1));
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData("text");
    if (!SEPARATORS.test(text)) return;
    event.preventDefault();
    commit(`${draft}${text}`);
  };

  return (
    <FieldFrame id={id} label={label} hint={entries.length ? hint : `${hint} ${addHint}`} error={error} tag={tag}>
      <div
        className={`flex min-h-10 flex-wrap items-center gap-1.5 rounded-lg border bg-zinc-950 px-2 py-1.5 transition-colors hover:border-zinc-600 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/25 ${error ? "border-red-500" : "border-zinc-700"}`}
        onClick={() => input.current?.focus()}
      >
        {entries.length ? (
          <ul aria-label={entriesLabel} className="contents">
            {entries.map((entry) => (
              <li key={entry} className="inline-flex max-w-full items-center gap-1 rounded-md bg-zinc-800 py-0.5 pl-2 pr-0.5 text-sm text-zinc-100 ring-1 ring-zinc-700">
                <span className="truncate">{entry}</span>
                <button
                  type="button"
                  aria-label={removeLabel(entry)}
                  onClick={(e) => {
                    e.stopPropagation();
                    onChange(entries.filter((x) => x !== entry));
                    input.current?.focus();
                  }}
                  className="grid h-5 w-5 shrink-0 place-items-center rounded text-zinc-400 hover:bg-zinc-700 hover:text-zinc-100"
                >
                  <svg viewBox="0 0 12 12" aria-hidden className="h-2.5 w-2.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
                    <path d="M2 2l8 8M10 2l-8 8" />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          ref={input}
          id={id}
          value={draft}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => commit(draft)}
          placeholder={entries.length ? "" : placeholder}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          aria-required={required || undefined}
          className="h-7 min-w-32 flex-1 bg-transparent px-1 text-sm text-zinc-100 placeholder:text-zinc-600 focus:outline-none"
        />
      </div>
    </FieldFrame>
  );
}
