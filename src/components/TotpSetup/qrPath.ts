/** A square grid of QR modules, as QR encoders return it. */
export interface QrMatrix {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/**
 * An SVG path `d` covering every dark module, one rectangle per horizontal run, in module
 * units (draw it in a `viewBox` of the matrix size plus the quiet zone).
 */
export function qrPath(matrix: QrMatrix): string {
  let d = '';
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.get(x, y)) {
        x++;
        continue;
      }
      const from = x;
      while (x < matrix.size && matrix.get(x, y)) x++;
      d += `M${from} ${y}h${x - from}v1h${from - x}z`;
    }
  }
  return d;
}
