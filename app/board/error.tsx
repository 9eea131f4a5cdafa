"use client";

import { PageError } from "@/components/ui/page-error";

export default function BoardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="Your board could not be loaded" titlePt="Não foi possível carregar o seu quadro." reset={reset} />;
}
