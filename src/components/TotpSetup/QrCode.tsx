import { correction, generate } from 'lean-qr/nano';
import { useMemo } from 'react';
import { qrPath } from './qrPath.js';

/** Blank modules around the code that scanners need (ISO/IEC 18004 asks for 4). */
const QUIET_ZONE = 4;

export interface QrCodeProps {
  /** The text to encode. */
  value: string;
  /** The accessible name; say where the text alternative is. */
  label: string;
}

/**
 * A QR code as an accessible SVG image: dark on light whatever the page's colours, sharp at
 * any size (size it with CSS on `[data-rcs="totp-qr"]`).
 */
export function QrCode({ value, label }: QrCodeProps) {
  const { size, d } = useMemo(() => {
    // Level M survives a smudged or glary phone screen and still fits an otpauth URI in a small code.
    const matrix = generate(value, { minCorrectionLevel: correction.M });
    return { size: matrix.size, d: qrPath(matrix) };
  }, [value]);
  const extent = size + 2 * QUIET_ZONE;
  return (
    <svg
      role="img"
      aria-label={label}
      data-rcs="totp-qr"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`}
      shapeRendering="crispEdges"
      width={extent * 4}
      height={extent * 4}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={extent} height={extent} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
