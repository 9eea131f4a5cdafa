"use client";

import { PageError } from "@/components/ui/page-error";

export default function SettingsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError title="Settings could not be loaded" titlePt="Não foi possível carregar as configurações." reset={reset} back={{ href: "/board", label: "Back to the board" }} />;
}
