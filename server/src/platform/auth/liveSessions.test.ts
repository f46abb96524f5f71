import { describe, expect, it } from 'vitest';
import { liveSessions } from './liveSessions.js';

/** A database stand-in whose answers the test sets, counting the questions and able to hold one. */
function database() {
  const on = new Set<string>();
  let asked = 0;
  let held: (() => void) | null = null;
  let holdNext = false;
  return {
    on,
    asked: () => asked,
    holdNext: () => (holdNext = true),
    release: () => held?.(),
    check: async (id: string) => {
      asked++;
      const answer = on.has(id);
      if (holdNext) {
        holdNext = false;
        await new Promise<void>((resolve) => (held = resolve));
      }
      return answer;
    },
  };
}

describe('the login check, remembered for a moment', () => {
  it('asks once while a login is on, again when the moment has passed', async () => {
    const db = database();
    let now = 0;
    const live = liveSessions(db.check, 1000, () => now);
    db.on.add('a');
    expect(await live.isLive('a')).toBe(true);
    now = 999;
    expect(await live.isLive('a')).toBe(true);
    expect(db.asked()).toBe(1);
    db.on.delete('a'); // ended by another process: believed until the moment is over
    now = 1000;
    expect(await live.isLive('a')).toBe(false);
    expect(db.asked()).toBe(2);
  });

  it('never remembers a login that is off', async () => {
    const db = database();
    const live = liveSessions(db.check, 1000, () => 0);
    expect(await live.isLive('b')).toBe(false);
    db.on.add('b');
    expect(await live.isLive('b')).toBe(true);
    expect(db.asked()).toBe(2);
  });

  it('forgets everything when a login ends here, at once', async () => {
    const db = database();
    const live = liveSessions(db.check, 1000, () => 0);
    db.on.add('a').add('b');
    await live.isLive('a');
    await live.isLive('b');
    await live.ending(async () => db.on.delete('a'));
    expect(await live.isLive('a')).toBe(false);
    expect(await live.isLive('b')).toBe(true);
    expect(db.asked()).toBe(4);
  });

  it('does not remember a check that was running while a login ended', async () => {
    const db = database();
    const live = liveSessions(db.check, 1000, () => 0);
    db.on.add('a');
    db.holdNext();
    const checking = live.isLive('a'); // read "on" before the logout committed
    await live.ending(async () => db.on.delete('a'));
    db.release();
    expect(await checking).toBe(true);
    expect(await live.isLive('a')).toBe(false);
  });

  it('does not remember a check made while a change is still being written', async () => {
    const db = database();
    const live = liveSessions(db.check, 1000, () => 0);
    db.on.add('a');
    let commit = () => {};
    const ending = live.ending(
      () =>
        new Promise<void>((resolve) => {
          commit = () => {
            db.on.delete('a');
            resolve();
          };
        }),
    );
    expect(await live.isLive('a')).toBe(true); // the change is not committed yet
    commit();
    await ending;
    expect(await live.isLive('a')).toBe(false);
  });

  it('a failed change forgets too, and passes its error on', async () => {
    const db = database();
    const live = liveSessions(db.check, 1000, () => 0);
    db.on.add('a');
    await live.isLive('a');
    await expect(live.ending(() => Promise.reject(new Error('rolled back')))).rejects.toThrow(
      'rolled back',
    );
    await live.isLive('a');
    expect(db.asked()).toBe(2);
  });
});
