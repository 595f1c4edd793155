// Turns a custom elements manifest into VS Code's HTML custom data, so the editor completes
// the tags and their attributes and shows their documentation on hover.
//
// Enable it in a project that installed the package (.vscode/settings.json):
//   { "html.customData": ["./node_modules/news-card/vscode.html-custom-data.json"] }
//
// Used as a plugin by custom-elements-manifest.config.mjs; also runnable on its own:
//   node scripts/vscode-custom-data.mjs [custom-elements.json] [vscode.html-custom-data.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import process from 'node:process';

/** `'a' | 'b' | "c"` → ['a', 'b', 'c']; anything that is not a union of string literals → []. */
function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  const literals = parts.map((p) => /^(['"])(.*)\1$/.exec(p)?.[2]);
  return literals.length > 0 && literals.every((l) => l !== undefined) ? literals : [];
}

const line = (name, text) => `- \`${name}\`${text ? `: ${text.replace(/\s+/g, ' ').trim()}` : ''}`;

function section(title, items, name = (i) => i.name) {
  if (!items?.length) return [];
  return ['', `**${title}**`, ...items.map((i) => line(name(i), i.description ?? i.summary))];
}

/** @param {import('custom-elements-manifest/schema').Package} manifest */
export function toVsCodeCustomData(manifest) {
  const tags = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const description = [
        decl.summary ?? '',
        decl.description ?? '',
        ...section('Events', decl.events),
        ...section('Slots', decl.slots, (s) => s.name || '(default)'),
        ...section('CSS parts', decl.cssParts),
        ...section('CSS custom properties', decl.cssProperties),
      ]
        .join('\n')
        .trim();
      tags.push({
        name: decl.tagName,
        description: { kind: 'markdown', value: description },
        attributes: (decl.attributes ?? []).map((attr) => {
          // heading-level is typed `number`; its documented range is 1–6.
          const values = attr.name === 'heading-level' ? ['1', '2', '3', '4', '5', '6'] : literalValues(attr.type?.text);
          const isBoolean = attr.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean';
          return {
            name: attr.name,
            ...(attr.description ? { description: attr.description } : {}),
            ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
            ...(isBoolean ? { valueSet: 'v' } : {}),
          };
        }),
      });
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return { version: 1.1, tags };
}

export function writeVsCodeCustomData(manifest, outFile = 'vscode.html-custom-data.json') {
  writeFileSync(outFile, `${JSON.stringify(toVsCodeCustomData(manifest), null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input = 'custom-elements.json', output = 'vscode.html-custom-data.json'] = process.argv.slice(2);
  writeVsCodeCustomData(JSON.parse(readFileSync(input, 'utf8')), output);
  console.log(`Wrote ${output}`);
}
