/** Links between the tools, built in one place. */

/** A link into the note builder, ids encoded: they may come from an imported file. */
export function noteHref(interviewId: string, situation?: string, recipientId?: string): string {
  const params = new URLSearchParams({
    interview: interviewId,
    ...(recipientId && { to: recipientId }),
    ...(situation && { situation }),
  });
  return `/notes/#${params}`;
}
