import { loader } from '../../core/ui/later';

/** A QR code as one SVG path: its size in modules and the path of its dark modules. */
export interface QrPath {
  size: number;
  d: string;
}

/** Above this many characters a QR code is too dense to scan reliably from a phone. */
export const QR_MAX_CHARS = 1800;

const qrCode = loader(() => import('uqr'));

/**
 * Draws a QR code from the module grid of the uqr library, which loads on first use; undefined when it cannot
 * load (the link or card works without it, and the next one tries again).
 */
export async function qrPath(text: string): Promise<QrPath | undefined> {
  const code = await qrCode().catch(() => undefined);
  if (!code) return undefined;
  const { encode } = code;
  const { data } = encode(text, { border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return { size: data.length, d };
}
