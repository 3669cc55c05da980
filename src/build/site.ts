/** Site-wide names and navigation, shared by every page. */
export const SITE = {
  name: 'Follow-Up Kit',
  tagline: 'Follow up after the interview, and stay in the running.',
  description:
    'A free, private guide and toolkit for the follow-up after a job interview: thank-you notes, references, deadlines and what to do next.',
} as const;

/** One entry of the main navigation. */
export interface NavItem {
  /** Visible label. */
  label: string;
  /** Path with a trailing slash. */
  href: string;
}

/** The main navigation, in order. */
export const NAV: readonly NavItem[] = [
  { label: 'Guide', href: '/guide/' },
  { label: 'Checklist', href: '/checklist/' },
  { label: 'Notes', href: '/notes/' },
  { label: 'People', href: '/people/' },
  { label: 'Data', href: '/data/' },
];

/** Whether a nav item is the current section, for `aria-current`. */
export function isCurrent(item: NavItem, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(item.href);
}
