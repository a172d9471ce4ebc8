/** Black or white text, whichever reads better on a background colour (WCAG luminance). */
export function textOn(background: string): string {
  const hex = background.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.4 ? '#1f1f1f' : '#ffffff';
}

/** antd's ColorPicker hands back a Color object once touched; the contract wants `#rrggbb`. */
export function hexOf(colour: unknown, fallback = '#4e79a7'): string {
  if (typeof colour === 'string') return colour;
  const c = colour as { toHexString?: () => string } | null;
  return c?.toHexString ? c.toHexString() : fallback;
}
