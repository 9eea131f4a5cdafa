"use client";

import { PageError } from "@/components/ui/page-error";

export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="The admin page could not be loaded" titlePt="Não foi possível carregar a página de administração." reset={reset} back={{ href: "/board", label: "Back to the board" }} />;
}
