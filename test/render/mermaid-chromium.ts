/**
 * Renders Mermaid the way GitHub's Markdown does: the `mermaid` package in a real (headless)
 * Chromium, driven by playwright-core with the system's /usr/bin/chromium (no browser download).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export interface Rendered {
  svg: string;
  /** Text of every node and edge label in the SVG. */
  labels: string[];
  edges: number;
  png?: Buffer;
}

export async function renderMermaid(code: string, options: { png?: boolean } = {}): Promise<Rendered> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    // As this machine needs them: no sandbox as root, no network chatter from the browser.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.setContent(
      '<!doctype html><html><body style="margin:0;background:white"><div id="out"></div></body></html>',
    );
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    const svg = await page.evaluate(async (text) => {
      const m = (
        globalThis as unknown as {
          mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> };
        }
      ).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: false } });
      const { svg } = await m.render('edgenet', text);
      document.getElementById('out')!.innerHTML = svg;
      return svg;
    }, code);
    // A label is SVG text (one tspan per line or word) or HTML in a foreignObject.
    const labels = await page.evaluate(() => {
      const svgText = [...document.querySelectorAll('#out svg text')].map((t) => {
        const spans = [...t.querySelectorAll('tspan')].filter((s) => s.querySelector('tspan') === null);
        return spans.length ? spans.map((s) => s.textContent ?? '').join(' ') : (t.textContent ?? '');
      });
      const html = [...document.querySelectorAll('#out svg foreignObject')].map((f) => f.textContent ?? '');
      return [...svgText, ...html].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
    });
    const edges = await page.evaluate(
      () => document.querySelectorAll('#out svg .flowchart-link, #out svg path.flowchart-link').length,
    );
    const png = options.png ? await (await page.$('#out svg'))!.screenshot() : undefined;
    return { svg, labels, edges, png };
  } finally {
    await browser.close();
  }
}
