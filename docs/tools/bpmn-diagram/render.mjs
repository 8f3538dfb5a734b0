// Renders a BPMN file (with its BPMNDI section) to a PNG image.
//
//   node render.mjs <file.bpmn> <out.png> [widthPx]
//
// Uses the bpmn-js viewer from node_modules inside Debian's headless Chromium
// (/usr/bin/chromium, driven by playwright-core). Nothing is loaded from the
// network: the page is built with setContent and the script/CSS come from disk.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const [, , bpmnFile, outFile, widthArg] = process.argv;
if (!bpmnFile || !outFile) {
  console.error('usage: node render.mjs <file.bpmn> <out.png> [widthPx]');
  process.exit(2);
}
const WIDTH = Number(widthArg || 2400); // PNG width in pixels
const PADDING = 30;                      // diagram units around the drawing

const require = createRequire(import.meta.url);
const bpmnJsDir = path.dirname(require.resolve('bpmn-js/package.json'));
const asset = (p) => path.join(bpmnJsDir, 'dist', p);

const xml = fs.readFileSync(bpmnFile, 'utf8');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
});

try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 1000 } });

  // Refuse any request that would leave the page (no CDN, no network).
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url === 'about:blank') return route.continue();
    console.error('blocked request:', url);
    return route.abort();
  });

  await page.setContent(`<!DOCTYPE html>
<html><head><meta charset="utf-8">
<style>
  html, body { margin: 0; padding: 0; background: #fff; }
  #canvas { width: ${WIDTH}px; height: 1000px; background: #fff; }
  .djs-container { background: #fff !important; }
</style></head>
<body><div id="canvas"></div></body></html>`);

  await page.addStyleTag({ path: asset('assets/diagram-js.css') });
  await page.addStyleTag({ path: asset('assets/bpmn-js.css') });
  await page.addScriptTag({ path: asset('bpmn-viewer.production.min.js') });

  const size = await page.evaluate(async ({ xml, width, padding }) => {
    const viewer = new window.BpmnJS({ container: '#canvas' });
    const { warnings } = await viewer.importXML(xml);
    const canvas = viewer.get('canvas');

    // Bounding box of everything drawn (shapes, edges and labels).
    const box = canvas.getActiveLayer().getBBox();
    const vb = {
      x: box.x - padding,
      y: box.y - padding,
      width: box.width + 2 * padding,
      height: box.height + 2 * padding
    };
    const height = Math.ceil(width * vb.height / vb.width);

    const container = document.getElementById('canvas');
    container.style.height = height + 'px';
    canvas.resized();
    canvas.viewbox(vb); // zoom to fit the whole diagram into the container

    return { height, warnings: warnings.map((w) => w.message), scale: canvas.zoom() };
  }, { xml, width: WIDTH, padding: PADDING });

  for (const w of size.warnings) console.error('bpmn-js warning:', w);

  await page.setViewportSize({ width: WIDTH, height: size.height });
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  await page.locator('#canvas').screenshot({ path: outFile, omitBackground: false });
  console.log(`wrote ${outFile} (${WIDTH}x${size.height} px, scale ${size.scale.toFixed(2)})`);
  if (size.warnings.length) process.exitCode = 1;
} finally {
  await browser.close();
}
