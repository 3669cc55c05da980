import type { Interview } from './model/model';

/** "Role at Company", or what there is of it. */
export function interviewTitle(i: Pick<Interview, 'role' | 'company'>): string {
  const role = i.role.trim();
  const company = i.company.trim();
  if (role && company) return `${role} at ${company}`;
  return company || role || 'Untitled interview';
}
