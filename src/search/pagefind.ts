/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`) this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

/** A page that matched, once its data is loaded. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` are positions of its words. */
  content: string;
  /** Positions in `content` (counted in words) of the words that matched. */
  locations: number[];
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

/** A search hit whose data loads on demand. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** The Pagefind module. */
export interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    timeoutMs?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failed load can be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // In the main thread: this index is small, and it saves fetching the worker script (about 12 KB).
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
