import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOT_LOADED, carried, loaded, loader } from '../../src/core/ui/later';

/** A session storage in memory, or one that throws on every call (blocked). */
function stubSession(blocked = false): Map<string, string> {
  const items = new Map<string, string>();
  const deny = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => (blocked ? deny() : (items.get(k) ?? null)),
    setItem: (k: string, v: string) => (blocked ? deny() : items.set(k, v)),
    removeItem: (k: string) => (blocked ? deny() : items.delete(k)),
  });
  return items;
}

afterEach(() => vi.unstubAllGlobals());

describe('code loaded on demand', () => {
  it('tries again after a failure, and a second failure reloads the page with what was typed', async () => {
    stubSession();
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    let fail = 2;
    const load = loader(() => (fail-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve('code')));
    const entry = { key: 'entry', value: { company: 'Harbor <b>Foods</b>' } };
    await expect(load(entry)).rejects.toThrow('offline');
    expect(reload).not.toHaveBeenCalled();
    await expect(load(entry)).rejects.toThrow('offline');
    expect(reload).toHaveBeenCalledTimes(1);
    // The page after the reload finds the entry once.
    expect(carried('entry')).toEqual({ company: 'Harbor <b>Foods</b>' });
    expect(carried('entry')).toBeUndefined();
    await expect(load()).resolves.toBe('code');
  });

  it('does not reload when session storage is blocked, so nothing typed is lost to it', async () => {
    stubSession(true);
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    const load = loader(() => Promise.reject(new Error('offline')));
    await expect(load({ key: 'entry', value: 'typed' })).rejects.toThrow();
    await expect(load({ key: 'entry', value: 'typed' })).rejects.toThrow();
    expect(reload).not.toHaveBeenCalled();
    expect(carried('entry')).toBeUndefined();
  });

  it('keeps one pending load for calls made while it runs', async () => {
    let calls = 0;
    const load = loader(() => Promise.resolve(++calls));
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
  });

  it('an action whose code cannot load says so, and loads it when tried again', async () => {
    stubSession();
    vi.stubGlobal('location', { reload: vi.fn() });
    let fail = true;
    const get = loader(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve({ run: () => 'done' }),
    );
    const said: string[] = [];
    expect(await loaded(get, (m) => said.push(m))).toBeUndefined();
    expect(said).toEqual([NOT_LOADED]);
    fail = false;
    expect((await loaded(get, (m) => said.push(m)))?.run()).toBe('done');
    expect(said).toHaveLength(1);
  });
});
