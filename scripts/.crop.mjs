import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [src, out, y, h, w = 1280] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
const data = readFileSync(src).toString('base64');
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${data}" style="display:block;margin-top:-${y}px">`);
await p.screenshot({ path: out });
await b.close();
