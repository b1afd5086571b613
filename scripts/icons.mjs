// Renders public/icons/*.svg into the app's PNG icons, then reduces each to a 32-colour palette
// (a quarter of the bytes, no visible change for these flat shapes; needs Python's Pillow). Run by
// hand when the SVGs change: node scripts/icons.mjs
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const dir = new URL('../public/icons/', import.meta.url);
// [source SVG, output PNG, size in px, background behind the SVG (null keeps it transparent)]
const icons = [
  ['icon.svg', 'icon-192.png', 192, null],
  ['icon.svg', 'icon-512.png', 512, null],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512, null],
  // iOS shows transparency as black and rounds the corners itself, so fill them with the icon's colour.
  ['icon.svg', 'apple-touch-icon.png', 180, '#2f4fb5'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [svgName, pngName, size, background] of icons) {
    const svg = await readFile(new URL(svgName, dir), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><style>
      html, body { margin: 0; background: ${background ?? 'transparent'}; }
      svg { display: block; width: ${size}px; height: ${size}px; }
    </style>${svg}`);
    const path = new URL(pngName, dir).pathname;
    await page.screenshot({ path, clip: { x: 0, y: 0, width: size, height: size }, omitBackground: background === null });
    await page.close();
    console.log(`${pngName} ${size}x${size}`);
  }
} finally {
  await browser.close();
}

const paletted = `
import sys
from PIL import Image
for path in sys.argv[1:]:
    image = Image.open(path)
    method = Image.Quantize.FASTOCTREE if image.mode == 'RGBA' else Image.Quantize.MEDIANCUT
    image.quantize(colors=32, method=method, dither=Image.Dither.NONE).save(path, optimize=True)
`;
try {
  execFileSync(process.env.PYTHON || 'python3', ['-c', paletted, ...icons.map(([, png]) => new URL(png, dir).pathname)], { stdio: 'inherit' });
} catch {
  console.warn('icons: Pillow is missing (pip install pillow), so the PNGs keep full colour and are about four times larger');
}
