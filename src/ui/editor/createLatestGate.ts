/** Hands out tokens in order; only the newest token is still current, so older actions' results can be dropped. */
export interface LatestGate {
  /** Starts an action; the returned check is true until a newer action starts. */
  take: () => () => boolean;
}

/** Creates a gate that lets only the most recent user action (open, import, stage) land. */
export function createLatestGate(): LatestGate {
  let latest = 0;
  return {
    take: () => {
      const token = ++latest;
      return () => token === latest;
    },
  };
}
