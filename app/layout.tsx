import type { Metadata } from "next";
import { connection } from "next/server";
import { Toaster } from "sonner";
import { TRPCReactProvider } from "@/components/providers/trpc-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Nellia Prospector", template: "%s · Nellia Prospector" },
  description: "Real-time lead discovery and enrichment for B2B sales teams.",
  // A static file: an app/icon route made Turbopack's dev server reload pages in a loop.
  icons: { icon: "/icon.svg" },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that response's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en" className="dark">
      <body className="min-h-screen font-sans">
        <TRPCReactProvider>{children}</TRPCReactProvider>
        <Toaster theme="dark" position="bottom-right" richColors closeButton />
      </body>
    </html>
  );
}
