"use client";

import { PageError } from "@/components/ui/page-error";

export default function LeadError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="This lead could not be loaded" titlePt="Não foi possível carregar este lead." reset={reset} back={{ href: "/board", label: "Back to the board" }} />;
}
