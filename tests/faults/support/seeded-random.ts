/**
 * A small seeded generator (mulberry32): the same seed gives the same kill moments and request
 * mixes on every run, so a failure can be replayed.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  /** A whole number in [min, max]. */
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, between };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
