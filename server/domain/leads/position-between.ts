/**
 * Where a card dropped between two neighbours goes (positions ascend down a column). Plain
 * arithmetic, shared by the server and the board's optimistic update so both agree.
 */
export function positionBetween(above: number | undefined, below: number | undefined): number {
  if (above !== undefined && below !== undefined) return (above + below) / 2;
  if (above !== undefined) return above + 1;
  if (below !== undefined) return below - 1;
  return -Date.now();
}
