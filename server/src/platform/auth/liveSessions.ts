/**
 * The login check of every authenticated request, remembered for a moment: a burst of requests
 * of one login asks the database once instead of once per request.
 *
 * Only "still on" is remembered, for `ttlMs`. Everything in this process that ends logins does it
 * through `ending`, which forgets all that is remembered once the change has returned (committed)
 * and keeps checks that were running meanwhile from being remembered: a logout, a password
 * change, a deactivation or a role change takes effect here at once. A login ended by another
 * server process sharing the database stops working within `ttlMs` here.
 */
export interface LiveSessions {
  isLive: (sessionId: string) => Promise<boolean>;
  /** Runs a change that may end logins (it must have committed when its promise settles). */
  ending: <T>(change: () => Promise<T>) => Promise<T>;
}

/** How long "still on" is believed without asking the database again. */
export const LIVE_SESSION_TTL_MS = 1000;
/** At most this many logins are remembered (a few dozen bytes each). */
const REMEMBERED_MAX = 10_000;

export function liveSessions(
  check: (sessionId: string) => Promise<boolean>,
  ttlMs = LIVE_SESSION_TTL_MS,
  clock: () => number = () => performance.now(),
): LiveSessions {
  /** Session id → until when it is believed on. */
  const liveUntil = new Map<string, number>();
  /** Bumped whenever what is remembered is forgotten: a check older than it is not kept. */
  let generation = 0;

  return {
    async isLive(sessionId) {
      const started = clock();
      const until = liveUntil.get(sessionId);
      if (until !== undefined && until > started) return true;
      const seen = generation;
      const live = await check(sessionId);
      if (live && seen === generation) {
        if (liveUntil.size >= REMEMBERED_MAX) liveUntil.clear();
        liveUntil.set(sessionId, started + ttlMs);
      } else if (!live) {
        liveUntil.delete(sessionId);
      }
      return live;
    },

    async ending(change) {
      try {
        return await change();
      } finally {
        // Committed (or failed): what was believed before, or read while it ran, may be stale.
        generation++;
        liveUntil.clear();
      }
    },
  };
}
