/** The fields of a guide entry that ordering and navigation need. */
export interface GuideEntryLike {
  id: string;
  data: { title: string; order: number };
}

/** A heading as Astro reports it for a rendered entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Sorts guide pages by `order`; two pages with the same order are an error that names both. */
export function sortGuide<T extends GuideEntryLike>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  for (const [i, cur] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev && prev.data.order === cur.data.order) {
      throw new Error(
        `Guide pages "${prev.id}" and "${cur.id}" both have order ${cur.data.order}; give each page its own order.`,
      );
    }
  }
  return sorted;
}

/** The pages before and after `id` in reading order, for the previous and next links. */
export function neighbours<T extends GuideEntryLike>(
  sorted: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const i = sorted.findIndex((e) => e.id === id);
  if (i === -1) return { prev: undefined, next: undefined };
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** Section headings (H2 and H3) for a table of contents; shown only on long pages (`min` sections). */
export function tableOfContents(headings: readonly Heading[], min = 4): Heading[] {
  const toc = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return toc.filter((h) => h.depth === 2).length >= min ? toc : [];
}

/**
 * One message for each `related` id of a guide page that names no checklist item, naming the file and
 * the field, e.g. `content/guide/x.mdx: related: "thank-you" is not an id in content/checklist.yaml`.
 */
export function unknownChecklistRefs(
  entries: readonly { id: string; filePath?: string | undefined; data: { related: readonly string[] } }[],
  checklistIds: readonly string[],
): string[] {
  const known = new Set(checklistIds);
  return entries.flatMap((e) =>
    e.data.related
      .filter((id) => !known.has(id))
      .map(
        (id) =>
          `${e.filePath ?? e.id}: related: "${id}" is not an id in content/checklist.yaml (known: ${[...known].join(', ')})`,
      ),
  );
}
