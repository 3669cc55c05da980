import { patchDraft } from './draft-ops';
import { update } from '../../core/store/followup';

/** Saves a change to a note draft (created from `base` the first time). */
export const updateDraft = (
  key: string,
  patch: Parameters<typeof patchDraft>[2],
  base?: Parameters<typeof patchDraft>[4],
) => update((doc) => patchDraft(doc, key, patch, new Date(), base));
