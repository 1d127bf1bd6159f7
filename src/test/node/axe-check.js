// Runs axe-core on HTML files in the system's Chromium (never a downloaded browser) and prints, as JSON, each
// file's violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules. Used by AccessibilityIT.
//   node axe-check.js CHROMIUM FILE.html...
const puppeteer = require('puppeteer-core');
const axePath = require.resolve('axe-core/axe.min.js');

(async () => {
  const [chromium, ...files] = process.argv.slice(2);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  const results = {};
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.goto('file://' + file, { waitUntil: 'load' });
      await page.addScriptTag({ path: axePath });
      results[file] = await page.evaluate(async () => {
        const found = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return found.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) }));
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
})().catch(e => { console.error(e); process.exit(2); });
