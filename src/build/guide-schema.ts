import { z } from 'astro/zod';

/** Lower-case words joined by single hyphens, e.g. `thank-you-sent`. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. "thank-you-sent"');

/** A page listed under "Further reading": a real title with the address where a reader can open it. */
export const sourceSchema = z
  .strictObject({
    /** The page's own title (its heading), not a description of it. */
    title: z.string().min(3),
    /** Who published it: a university career center, a magazine, a blog. */
    publisher: z.string().min(2),
    /** Year or date of publication, when known. */
    date: z.string().optional(),
    /** Web address of the page, https only. Required: an entry without one fails with a message naming it. */
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .check((ctx) => {
    if (ctx.value.url === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        path: ['url'],
        message: `"Further reading" entry "${ctx.value.title}" has no address: add its https url, or leave the entry out`,
      });
    }
  });

/** Web addresses compared the way a reader would: no scheme, no "www.", no trailing slash, any case. */
const sameAddress = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '');

/** The "Further reading" list of a page: at least one entry, and each title and each address once. */
export const sourcesSchema = z
  .array(sourceSchema)
  .min(1)
  .check((ctx) => {
    const titles = new Map<string, number>();
    const addresses = new Map<string, number>();
    ctx.value.forEach((source, i) => {
      const title = source.title.trim().toLowerCase();
      const address = sameAddress(source.url ?? '');
      const earlier = titles.get(title) ?? (address ? addresses.get(address) : undefined);
      if (earlier !== undefined) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: [i],
          message: `"Further reading" entry "${source.title}" repeats entry ${earlier + 1} ("${ctx.value[earlier]?.title ?? ''}"): list each source once`,
        });
      }
      if (!titles.has(title)) titles.set(title, i);
      if (address && !addresses.has(address)) addresses.set(address, i);
    });
  });

/**
 * Frontmatter of a guide page (`content/guide/*.mdx`).
 * Unknown fields are rejected so a typo fails the build instead of being ignored.
 */
export const guideSchema = z.strictObject({
  /** Page title, shown as the H1 and in the browser tab. */
  title: z.string().min(5).max(70),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(50).max(160),
  /** Position in the guide's reading order, starting at 1; unique across pages. */
  order: z.number().int().positive(),
  /** Which of the article's five rules the page teaches; absent for pages about the practice as a whole. */
  rule: z.number().int().min(1).max(5).optional(),
  /** The one thing to remember, in a single line. */
  takeaway: z.string().min(10).max(160),
  /** Everyday words people type that should find this page (fed to search). */
  keywords: z.array(z.string().min(2)).min(3),
  /** Ids of the checklist items (content/checklist.yaml) this page teaches. */
  related: z.array(slugId).default([]),
  /** What the page draws on, listed under "Further reading": real titles with their addresses, each once. */
  sources: sourcesSchema,
});

/** Frontmatter of a guide page after defaults are applied. */
export type GuideData = z.infer<typeof guideSchema>;
