// A Node script that renders the seed through news-card/ssr and writes a static page.
// Run from the consumer project, so that 'news-card/ssr' resolves to the installed tarball.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderNewsCard, renderNewsCardStream } from 'news-card/ssr';

const [seedFile, outFile] = process.argv.slice(2);
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));

const card = renderNewsCard(seed, { headingLevel: 2, locale: 'en-GB', timeStyle: 'relative' });
const broken = renderNewsCard('{ not json', { id: 'broken' });

let streamed = '';
for await (const chunk of renderNewsCardStream(seed, { headingLevel: 2, locale: 'en-GB', timeStyle: 'relative' })) {
  streamed += chunk;
}
if (streamed !== card) throw new Error('renderNewsCardStream and renderNewsCard disagree');

writeFileSync(
  outFile,
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>news-card: server rendered</title></head>
<body>
${card}
${broken}
</body>
</html>
`,
);
console.log(`rendered ${card.length + broken.length} characters`);
