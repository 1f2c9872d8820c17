import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
const dir = process.argv[2];
writeFileSync(dir + '/t.html', '<html lang="zh-CN"><body>t</body></html>');
const files = sirv(dir, { dev: true });
const server = createServer((q, s) => files(q, s, () => { s.statusCode = 404; s.end(); }));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(origin + '/t.html');
const out = await page.evaluate(async (qs) => {
  const pf = await import('/pagefind.js');
  await pf.options({ language: 'xx' });
  await pf.init();
  const res = {};
  for (const q of qs) {
    const s = await pf.search(q, { sort: {date: 'desc'} });
    res[q] = await Promise.all(s.results.map(async (r) => { const d = await r.data(); return [d.url, r.score, d.word_count]; }));
    res[q+'#f'] = s.filters;
  }
  return res;
}, ['燃气', '燃', '气', '22', '2', '原文', 'zz', 'co', 'covid', '第2 2次', '境', '态']);
console.log(JSON.stringify(out));
await browser.close(); server.close();
