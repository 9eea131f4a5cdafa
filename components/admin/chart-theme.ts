/** Recharts props for the dark theme (zinc surfaces, brand teal, red for failures). */
export const chartColors = { brand: "#2dd4bf", good: "#34d399", bad: "#f87171", p50: "#38bdf8", p95: "#fbbf24", grid: "#27272a", axis: "#71717a" };

export const axisProps = { stroke: chartColors.axis, tick: { fill: chartColors.axis, fontSize: 11 }, tickLine: false, axisLine: { stroke: chartColors.grid } } as const;

export const tooltipProps = {
  contentStyle: { background: "#18181b", border: "1px solid #3f3f46", borderRadius: 8, fontSize: 12, color: "#e4e4e7" },
  labelStyle: { color: "#a1a1aa" },
  cursor: { fill: "rgba(63, 63, 70, 0.25)" },
} as const;

export const legendProps = { wrapperStyle: { fontSize: 12, color: "#a1a1aa" }, iconSize: 10 } as const;
