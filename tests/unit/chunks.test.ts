import { describe, expect, it } from 'vitest';
import { toolChunks } from '../../src/build/chunks';

/** A module graph as Rollup's `getModuleInfo` reads it: each module with who imports it. */
function graph(importers: Record<string, string[]>, entries: string[]) {
  return {
    getModuleInfo: (id: string) =>
      id in importers || entries.includes(id)
        ? { isEntry: entries.includes(id), importers: importers[id] ?? [] }
        : null,
  };
}
const page = (name: string) => `/site/src/pages/${name}/index.astro?astro&type=script&index=0&lang.ts`;
const TOOLS = ['checklist', 'notes', 'people', 'data'].map(page);

describe('toolChunks: what every tool page runs at load shares one file', () => {
  const client = graph(
    {
      '/site/src/core/words.ts': ['/site/src/core/people.ts', ...TOOLS],
      '/site/src/core/people.ts': [TOOLS[0]!, TOOLS[2]!],
    },
    TOOLS,
  );

  it('puts a module all four pages import in the shared file, and leaves one three import to Rollup', () => {
    const chunk = toolChunks();
    expect(chunk('/site/src/core/words.ts', client)).toBe('tools');
    expect(chunk('/site/src/core/people.ts', client)).toBeUndefined();
    expect(chunk(TOOLS[0]!, client)).toBeUndefined();
  });

  it('answers each build for itself: the server build, with no tool page, does not decide for the client', () => {
    const chunk = toolChunks();
    const server = graph({ '/site/src/core/words.ts': ['/site/src/pages/notes/situations.json.ts'] }, []);
    expect(chunk('/site/src/core/words.ts', server)).toBeUndefined();
    expect(chunk('/site/src/core/words.ts', client)).toBe('tools');
  });
});
