/**
 * How the tool pages' JavaScript is split into files, by one rule over the module graph rather than a list of
 * paths: code that several tool pages run at load travels in one shared file (`tools`), so a page makes few requests
 * and gzip compresses the shared code together; everything else is Rollup's own splitting, where each dynamic
 * `import()` at a point of use decides what loads later.
 */

/** The slice of Rollup's module info this rule reads. */
interface ModuleInfo {
  isEntry: boolean;
  importers: readonly string[];
}

/** The slice of Rollup's `manualChunks` context this rule reads. */
interface ChunkContext {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** A tool page's script: the pages whose JavaScript has a per-page budget. */
const TOOL_ENTRY = /\/src\/pages\/(checklist|notes|people|data)\/index\.astro\?astro&type=script/;

/** How many tool pages must run a module at load for it to join the shared file: all of them (three put code the
 * data page never runs in its file, and cost it more than the others gain). */
const SHARED_BY = 4;

/**
 * Rollup's `manualChunks`: `tools` for a module that every tool page imports statically (so run at
 * load), directly or through other modules; otherwise Rollup decides.
 */
export function toolChunks(): (id: string, context: ChunkContext) => string | undefined {
  /** How many tool entries reach `id` through static imports: a walk up its importers. */
  const toolsReaching = (id: string, context: ChunkContext): number => {
    const seen = new Set([id]);
    const queue = [id];
    let entries = 0;
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      const info = context.getModuleInfo(next);
      if (!info) continue;
      if (info.isEntry && TOOL_ENTRY.test(next)) entries += 1;
      for (const importer of info.importers) {
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
      }
    }
    return entries;
  };
  // Counted afresh for each module and each build, never remembered: the server build, where no tool page is an
  // entry, would otherwise answer for the client's (a module both run would count 0 there too, and travel in a
  // file of its own on every tool page).
  return (id, context) =>
    !TOOL_ENTRY.test(id) && toolsReaching(id, context) >= SHARED_BY ? 'tools' : undefined;
}
