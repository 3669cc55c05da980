import type { ChecklistItem } from '../../core/checklist-schema';

/** Checklist items that share a scope, under a heading a reader understands. */
export interface ChecklistGroup {
  scope: ChecklistItem['scope'];
  title: string;
  items: ChecklistItem[];
}

/** Headings for each scope, in the order a candidate meets them. */
export const SCOPE_TITLES: Readonly<Record<ChecklistItem['scope'], string>> = {
  interviewer: 'For each interviewer',
  person: 'For each person you met',
  interview: 'For the interview',
  reference: 'For each reference',
};

/** Groups items by scope in the order of `SCOPE_TITLES`, keeping file order within a group; empty groups are left out. */
export function groupByScope(items: readonly ChecklistItem[]): ChecklistGroup[] {
  return (Object.keys(SCOPE_TITLES) as ChecklistItem['scope'][])
    .map((scope) => ({ scope, title: SCOPE_TITLES[scope], items: items.filter((i) => i.scope === scope) }))
    .filter((g) => g.items.length > 0);
}
