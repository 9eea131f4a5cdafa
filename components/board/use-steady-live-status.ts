"use client";

import { useEffect, useState } from "react";
import type { LiveStatus } from "./use-board-events";

/** A stream that ends on schedule reconnects within a second: that is not worth an amber dot. */
const GRACE_MS = 2_000;

/** The live status as a person should see it: "live" holds through a reconnect shorter than the grace. */
export function useSteadyLiveStatus(raw: LiveStatus): LiveStatus {
  const [previous, setPrevious] = useState(raw);
  const [holding, setHolding] = useState(false);
  if (previous !== raw) {
    // Adjusted while rendering (not in an effect): the first frame after a drop still says live.
    setPrevious(raw);
    setHolding(raw !== "live" && (previous === "live" || holding));
  }
  useEffect(() => {
    if (!holding) return;
    const timer = setTimeout(() => setHolding(false), GRACE_MS);
    return () => clearTimeout(timer);
  }, [holding]);
  return holding ? "live" : raw;
}
