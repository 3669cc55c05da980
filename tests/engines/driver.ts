/**
 * The small interface every engine's driver adapter offers (chromium.ts, firefox.ts, webkit.ts), and `Page`,
 * which builds what the journeys use on it: waiting, filling, reading text and storage.
 *
 * Elements are found inside the page by `locate` (below), the same code in every engine, so a journey means
 * the same thing in Chromium, Firefox and WebKit: by role and accessible name, by label, or by CSS and text.
 */

/** Text to match: a string matches the whole text (spaces collapsed), a RegExp anywhere in it. */
export type Match = string | RegExp;

/** What to find: by role and name, by a form control's label, or by CSS (and text); optionally inside another. */
export type Target = ({ role: string; name?: Match } | { label: Match } | { css: string; text?: Match }) & {
  within?: Target;
  nth?: number;
  hidden?: boolean;
};

/** A target as the page receives it: RegExps as source and flags (structured cloning differs per driver). */
export type WireTarget = Record<string, unknown>;

/** Keys the journeys press. */
export type Key = 'Enter' | 'Escape' | 'ArrowDown' | 'Tab';

/** What an adapter must do in its own engine; everything else is built on these in `Page`. */
export interface EngineAdapter {
  readonly engine: string;
  /** Browser name and version, for the report. */
  readonly version: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page with one JSON-able argument; promises are awaited. */
  evaluate<T>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T>;
  /** The element `locate(target)` finds: each adapter holds it as its own handle for the actions below. */
  click(target: WireTarget): Promise<void>;
  /** Types `text` with the engine's own keyboard input into the element (focused first). */
  type(target: WireTarget, text: string): Promise<void>;
  press(target: WireTarget, key: Key): Promise<void>;
  /** Puts a file on disk into a file input. */
  upload(target: WireTarget, path: string): Promise<void>;
  close(): Promise<void>;
}

const wire = (t: Target): WireTarget => {
  const out: WireTarget = {};
  for (const [k, v] of Object.entries(t))
    out[k] =
      v instanceof RegExp
        ? { re: v.source, flags: v.flags }
        : k === 'within' && v
          ? wire(v as Target)
          : (v as unknown);
  return out;
};

/**
 * Finds the elements a wire target names, in the page. Self-contained: it is sent to the browser as source.
 * Returns every visible match (or every match with `hidden`), or only the `nth` when given.
 */
export function locateAll(target: WireTarget): Element[] {
  type M = string | { re: string; flags: string } | undefined;
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (m: M, text: string): boolean =>
    m === undefined
      ? true
      : typeof m === 'string'
        ? norm(text) === norm(m)
        : new RegExp(m.re, m.flags).test(norm(text));
  const visible = (el: Element) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const name = (el: Element): string => {
    const labelledby = el.getAttribute('aria-labelledby');
    if (labelledby) return norm(byIds(labelledby));
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return norm([...labels].map((l) => l.textContent).join(' '));
    if (el instanceof HTMLInputElement && ['submit', 'button'].includes(el.type)) return norm(el.value);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
      return norm(el.getAttribute('title') ?? el.placeholder);
    if (el instanceof HTMLImageElement) return norm(el.alt);
    return norm(el.textContent);
  };
  const ROLES: Record<string, string> = {
    button: 'button, input[type=button], input[type=submit], [role=button]',
    link: 'a[href], [role=link]',
    textbox:
      'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], textarea, [role=textbox]',
    searchbox: 'input[type=search], [role=searchbox]',
    combobox: 'select, [role=combobox]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
    option: '[role=option], option',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    status: '[role=status], output',
    alert: '[role=alert]',
    dialog: 'dialog, [role=dialog]',
    img: 'img, svg[role=img], [role=img]',
  };
  const t = target as {
    role?: string;
    name?: M;
    label?: M;
    css?: string;
    text?: M;
    within?: WireTarget;
    nth?: number;
    hidden?: boolean;
  };
  const roots: ParentNode[] = t.within ? locateAll(t.within) : [document];
  const found: Element[] = [];
  for (const root of roots) {
    if (t.role) {
      const css = ROLES[t.role] ?? `[role=${t.role}]`;
      for (const el of root.querySelectorAll(css)) if (matches(t.name, name(el))) found.push(el);
    } else if (t.label !== undefined) {
      for (const el of root.querySelectorAll('input, textarea, select, [role=textbox], [role=combobox]'))
        if (matches(t.label, name(el))) found.push(el);
    } else if (t.css) {
      for (const el of root.querySelectorAll(t.css))
        if (matches(t.text, el.textContent ?? '')) found.push(el);
    }
  }
  const shown = t.hidden ? found : found.filter(visible);
  const unique = [...new Set(shown)];
  return t.nth === undefined ? unique : unique.slice(t.nth, t.nth + 1);
}

/**
 * Source of a function `(target) => Element | null` that defines the locator in the page and uses it: what
 * adapters pass to their engine's "evaluate and return an element" call.
 */
export const LOCATE_ONE_SOURCE = `(target) => { const locateAll = ${locateAll.toString()}; return locateAll(target)[0] ?? null; }`;
const LOCATE_COUNT_SOURCE = `(target) => { const locateAll = ${locateAll.toString()}; return locateAll(target).map((el) => el.textContent ?? ''); }`;

/** A journey step that failed: says what was expected and what the page showed. */
export class StepError extends Error {}

/** A journey that cannot run in this engine, with the reason. */
export class Skip extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the journeys use: an adapter plus waiting and reading, the same in every engine. */
export class Page {
  readonly adapter: EngineAdapter;
  readonly base: string;
  /** How long a wait lasts before the step fails, ms. */
  timeout = 15_000;

  constructor(adapter: EngineAdapter, base: string) {
    this.adapter = adapter;
    this.base = base;
  }

  get engine(): string {
    return this.adapter.engine;
  }

  /** Opens a path of the site (or a full URL). */
  async goto(path: string): Promise<void> {
    await this.adapter.goto(path.startsWith('http') ? path : `${this.base}${path}`);
  }

  reload(): Promise<void> {
    return this.adapter.reload();
  }

  evaluate<T>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T> {
    return this.adapter.evaluate(fn, arg);
  }

  /** The page's address. */
  url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  /** Retries `probe` until `ok` holds or the time runs out; returns the last value seen. */
  async poll<T>(
    probe: () => Promise<T>,
    ok: (v: T) => boolean,
    what: string,
    timeout = this.timeout,
  ): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: T | undefined;
    let lastError: unknown;
    for (;;) {
      try {
        last = await probe();
        if (ok(last)) return last;
      } catch (e) {
        // A page navigating away is a "not yet".
        lastError = e;
      }
      if (Date.now() > deadline)
        throw new StepError(
          `${what}: not within ${timeout / 1000} s; last seen: ${JSON.stringify(last)?.slice(0, 400)}` +
            (lastError ? ` (error: ${String(lastError).slice(0, 200)})` : ''),
        );
      await sleep(100);
    }
  }

  /** The text of every element the target names now (visible ones unless `hidden`). */
  texts(target: Target): Promise<string[]> {
    return this.adapter.evaluate(
      new Function(`return (${LOCATE_COUNT_SOURCE})(arguments[0]);`) as (a: never) => string[],
      wire(target),
    );
  }

  /** Waits until the target is there (and visible). */
  async waitFor(target: Target, what = describe(target)): Promise<void> {
    await this.poll(
      () => this.texts(target),
      (t) => t.length > 0,
      `waiting for ${what}`,
    );
  }

  /** Waits until the target is gone (or hidden). */
  async waitGone(target: Target): Promise<void> {
    await this.poll(
      () => this.texts(target),
      (t) => t.length === 0,
      `waiting for ${describe(target)} to go`,
    );
  }

  /** Waits until the target's text matches. */
  async waitText(target: Target, text: Match): Promise<string> {
    const texts = await this.poll(
      () => this.texts(target),
      (t) => t.some((s) => match(text, s)),
      `waiting for ${describe(target)} to show ${String(text)}`,
    );
    return texts.find((s) => match(text, s))!;
  }

  async click(target: Target): Promise<void> {
    await this.waitFor(target);
    await this.act(`clicking ${describe(target)}`, () => this.adapter.click(wire(target)));
  }

  /** Runs a driver action, naming what it was doing when the engine refuses it. */
  private async act(what: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      throw new StepError(`${what}: ${err.name}${err.message ? `: ${err.message.split('\n')[0]}` : ''}`);
    }
  }

  /**
   * Replaces a field's value. Text is typed with the engine's keyboard after emptying the field; date, time
   * and select values are set as the page would receive them from the control (typing a date is locale-bound).
   */
  async fill(target: Target, value: string): Promise<void> {
    await this.waitFor(target);
    const kind = await this.adapter.evaluate(
      new Function(
        `const el = (${LOCATE_ONE_SOURCE})(arguments[0][0]); const v = arguments[0][1];
         const typed = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['date','time','datetime-local','month','week','color','range'].includes(el.type));
         const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
         const set = Object.getOwnPropertyDescriptor(proto, 'value').set;
         el.focus();
         set.call(el, typed ? '' : v);
         el.dispatchEvent(new Event('input', { bubbles: true }));
         if (!typed) el.dispatchEvent(new Event('change', { bubbles: true }));
         return typed ? 'typed' : 'set';`,
      ) as (a: never) => string,
      [wire(target), value],
    );
    if (kind === 'typed')
      await this.act(`typing into ${describe(target)}`, () => this.adapter.type(wire(target), value));
    await this.poll(
      () => this.value(target),
      (v) => v === value,
      `the value of ${describe(target)} after typing ${JSON.stringify(value)}`,
      5000,
    );
  }

  /** A form control's current value. */
  value(target: Target): Promise<string> {
    return this.adapter.evaluate(
      new Function(`const el = (${LOCATE_ONE_SOURCE})(arguments[0]); return el ? el.value : null;`) as (
        a: never,
      ) => string,
      wire(target),
    );
  }

  /** An attribute of the element, or null. */
  attr(target: Target, name: string): Promise<string | null> {
    return this.adapter.evaluate(
      new Function(
        `const el = (${LOCATE_ONE_SOURCE})(arguments[0][0]); return el ? el.getAttribute(arguments[0][1]) : null;`,
      ) as (a: never) => string | null,
      [wire(target), name],
    );
  }

  async press(target: Target, key: Key): Promise<void> {
    await this.waitFor(target);
    await this.act(`pressing ${key} in ${describe(target)}`, () => this.adapter.press(wire(target), key));
  }

  async upload(target: Target, path: string): Promise<void> {
    await this.waitFor({ ...target, hidden: true } as Target);
    await this.act(`choosing a file in ${describe(target)}`, () =>
      this.adapter.upload(wire({ ...target, hidden: true } as Target), path),
    );
  }

  /**
   * The tools' stored document (`fuk:data`), parsed, or null, with the page's last change saved: the tools
   * save once typing pauses, and at once when the page is left (`pagehide`), which this says to the page first.
   */
  stored<T = StoredDoc>(): Promise<T | null> {
    return this.evaluate(() => {
      dispatchEvent(new PageTransitionEvent('pagehide'));
      return JSON.parse(localStorage.getItem('fuk:data') ?? 'null') as never;
    });
  }

  /** Empties the site's storage (on whatever page of the site is open). */
  async clearStorage(): Promise<void> {
    await this.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
}

/** The parts of the stored document the journeys read. */
export interface StoredDoc {
  interviews: {
    id: string;
    company: string;
    role: string;
    /** Local date-time or date of the interview. */
    at: string;
    people: { id: string; name: string; title: string; email: string }[];
    done: Record<string, string>;
  }[];
  drafts: Record<string, { sentVia?: string }>;
  profile: { name: string };
}

export function match(m: Match, text: string): boolean {
  const norm = text.replace(/\s+/g, ' ').trim();
  return typeof m === 'string' ? norm === m.replace(/\s+/g, ' ').trim() : m.test(norm);
}

export function describe(t: Target): string {
  const own =
    'role' in t
      ? `${t.role} "${String(t.name ?? '')}"`
      : 'label' in t
        ? `field "${String(t.label)}"`
        : `${t.css}${t.text ? ` "${String(t.text)}"` : ''}`;
  return t.within ? `${own} in ${describe(t.within)}` : own;
}
