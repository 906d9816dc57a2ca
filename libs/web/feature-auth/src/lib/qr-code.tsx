import { useMemo } from 'react';
import QRCode from 'qrcode';

/** Light modules around the code, as the QR specification asks, so that cameras find its edges. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn here, as one SVG path: the secret it carries never goes to a third party, and
 * the picture stays sharp at any size. Dark on white whatever the theme, as scanners expect.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    const steps: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        if (modules.get(row, column)) steps.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
    return { size: modules.size + 2 * QUIET_ZONE, path: steps.join('') };
  }, [value]);

  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
