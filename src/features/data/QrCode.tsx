import type { JSX } from 'solid-js';
import type { QrPath } from './qr';

/** A QR code drawn as SVG, dark on white in both colour schemes so phones can scan it. */
export function QrCode(props: { code: QrPath; label: string }): JSX.Element {
  return (
    <svg class="qr" viewBox={`0 0 ${props.code.size} ${props.code.size}`} role="img" aria-label={props.label}>
      <rect width="100%" height="100%" fill="#fff" />
      <path d={props.code.d} fill="#000" />
    </svg>
  );
}
