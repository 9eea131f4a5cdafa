import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import type { KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * Keyboard moves for a board: Left/Right jump the lifted card to the top of the neighbouring
 * column, Up/Down move it within its column (dnd-kit's sortable rule).
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return sortableKeyboardCoordinates(event, args);
  event.preventDefault();
  const { droppableRects, droppableContainers, collisionRect } = args.context;
  if (!collisionRect) return undefined;
  const columns = droppableContainers
    .getEnabled()
    .filter((container) => String(container.id).startsWith("column:"))
    .map((container) => droppableRects.get(container.id))
    .filter((rect): rect is NonNullable<typeof rect> => Boolean(rect))
    .sort((a, b) => a.left - b.left);
  const middle = collisionRect.left + collisionRect.width / 2;
  const step = event.code === "ArrowRight" ? 1 : -1;
  const here = columns.findIndex((rect) => middle >= rect.left && middle <= rect.left + rect.width);
  const target = here === -1 ? (step > 0 ? columns.find((r) => r.left > middle) : [...columns].reverse().find((r) => r.left + r.width < middle)) : columns[here + step];
  if (!target) return undefined;
  return { x: target.left + 8, y: target.top + 44 };
};
