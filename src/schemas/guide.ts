import { z } from 'astro/zod';

/** Lower-case words joined by single hyphens, e.g. `thank-you-sent`. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens, e.g. "thank-you-sent"');

/** A source the page draws on, listed under "Further reading". */
export const sourceSchema = z.strictObject({
  /** Title of the article, guide or page. */
  title: z.string().min(3),
  /** Who published it: a university career centre, a magazine, a blog. */
  publisher: z.string().min(2),
  /** Year or date of publication, when known. */
  date: z.string().optional(),
  /** Web address, when known; only https links are allowed. */
  url: z.url({ protocol: /^https$/ }).optional(),
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
  /** What the page draws on, listed under "Further reading". */
  sources: z.array(sourceSchema).min(1),
});

/** Frontmatter of a guide page after defaults are applied. */
export type GuideData = z.infer<typeof guideSchema>;
