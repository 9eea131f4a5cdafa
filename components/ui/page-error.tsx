"use client";

import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { Button } from "@/components/ui/button";

/**
 * A page that failed to load: said in both workspace languages (the language is part of what
 * failed to load), nothing changed, and a way to try again or go back.
 */
export function PageError({ title, titlePt, reset, back }: { title: string; titlePt: string; reset: () => void; back?: { href: string; label: string } }) {
  const router = useRouter();
  const { reset: resetQueries } = useQueryErrorResetBoundary();
  return (
    <main className="flex flex-1 items-center justify-center px-4 py-16">
      <div role="alert" className="w-full max-w-md rounded-2xl border border-red-900/60 bg-red-950/20 p-6 text-center">
        <h1 className="text-lg font-semibold text-zinc-100">{title}</h1>
        <p className="mt-1 text-sm text-zinc-400" lang="pt-BR">
          {titlePt}
        </p>
        <p className="mt-3 text-sm text-zinc-300">Nothing was changed. Try again in a moment.</p>
        <div className="mt-5 flex justify-center gap-2">
          <Button
            type="button"
            onClick={() =>
              startTransition(() => {
                resetQueries();
                router.refresh();
                reset();
              })
            }
          >
            Try again
          </Button>
          {back ? (
            <Link href={back.href} className="inline-flex h-10 items-center rounded-lg px-4 text-sm font-semibold text-zinc-300 hover:bg-zinc-800">
              {back.label}
            </Link>
          ) : null}
        </div>
      </div>
    </main>
  );
}
