import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checklistItemSchema } from './core/checklist-schema';
import { guideSchema } from './build/guide-schema';
import { situationSchema } from './features/notes/situation-schema';

/** The guide: one MDX file per page in `content/guide/`; the file name is the URL slug. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guide' }),
  // That each `related` id names a real checklist item is checked when the pages are built (guide/[slug].astro).
  schema: guideSchema,
});

/** The interview checklist's items, with stable ids (`content/checklist.yaml`). */
const checklist = defineCollection({
  loader: file('./content/checklist.yaml'),
  schema: checklistItemSchema,
});

/** The situations the note builder writes for, with their templates (`content/situations.yaml`). */
const situations = defineCollection({
  loader: file('./content/situations.yaml'),
  schema: situationSchema,
});

export const collections = { guide, checklist, situations };
