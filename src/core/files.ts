/** Saves a text as a file through the browser's download. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Whether this browser can hand a file of this type to another app (Web Share, level 2). */
export function canShareFile(name: string, type: string): boolean {
  try {
    return (
      typeof navigator.canShare === 'function' &&
      navigator.canShare({ files: [new File([''], name, { type })] })
    );
  } catch {
    return false;
  }
}

/**
 * Shares a text as a file to another app (mail, messages); `'shared'`, `'cancelled'` when the person closed
 * the share sheet, or `'failed'` when the browser refused (then offer the download instead).
 */
export async function shareFile(
  name: string,
  text: string,
  type: string,
  title: string,
): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [new File([text], name, { type })], title });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
