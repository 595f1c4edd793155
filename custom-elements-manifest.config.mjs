// Custom elements manifest: `cem analyze` (npm run analyze) writes custom-elements.json at the package
// root, and the plugin below also writes vscode.html-custom-data.json from it.
//
// The base class and helpers under src/internal/ are analyzed too, so inherited attributes, properties
// and events appear on each element; only modules that declare an element or that an element inherits
// from stay in the manifest. Module paths point at the published files (dist/**/*.js), not at src.
import { writeVsCodeCustomData } from './scripts/vscode-custom-data.mjs';

const toDist = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
const moduleKey = (path) => path.replace(/^\//, '').replace(/\.js$/, '.ts');

function rewritePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewritePaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = toDist(v);
    else rewritePaths(v);
  }
}

/** Keeps element modules and the modules their classes inherit from; drops private helper modules. */
function publicModulesOnly() {
  return {
    name: 'news-card:public-modules',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const keep = new Set();
      const declsByModule = new Map(manifest.modules.map((m) => [m.path, m]));
      const visit = (path) => {
        if (keep.has(path) || !declsByModule.has(path)) return;
        keep.add(path);
        for (const d of declsByModule.get(path).declarations ?? []) {
          if (d.superclass?.module) visit(moduleKey(d.superclass.module));
        }
      };
      for (const m of manifest.modules) {
        if (m.declarations?.some((d) => d.customElement)) visit(m.path);
      }
      manifest.modules = manifest.modules.filter((m) => keep.has(m.path));
      // Registration goes through defineElement(), which the analyzer cannot follow: say which public
      // entry (news-card/<tag>.js) registers each tag and exports its class.
      for (const m of [...manifest.modules]) {
        for (const d of m.declarations ?? []) {
          if (!d.customElement || !d.tagName) continue;
          const declaration = { name: d.name, module: m.path };
          manifest.modules.push({
            kind: 'javascript-module',
            path: `src/${d.tagName}.ts`,
            declarations: [],
            exports: [
              { kind: 'js', name: d.name, declaration },
              { kind: 'custom-element-definition', name: d.tagName, declaration },
            ],
          });
        }
      }
      // Private and protected members (`_x`, `#x`) and static fields are implementation details, not API.
      const isPublic = (x) => x.privacy !== 'private' && x.privacy !== 'protected' && !x.static && !/^[_#]/.test(x.name);
      for (const m of manifest.modules) {
        for (const d of m.declarations ?? []) {
          if (d.members) d.members = d.members.filter(isPublic);
        }
      }
    },
  };
}

/**
 * Spells out string-literal type aliases (`Layout` → `'stacked' | 'horizontal' | …`) in attribute and
 * property types, so editors can offer the values and Storybook can build select controls.
 */
function expandTypeAliases() {
  const aliases = new Map([['RequestCredentials', ["'omit'", "'same-origin'", "'include'"]]]);
  const expand = (type) => {
    if (type?.text) type.text = type.text.replace(/\b[A-Z]\w*\b/g, (name) => (aliases.has(name) ? aliases.get(name).join(' | ') : name));
  };
  return {
    name: 'news-card:expand-type-aliases',
    collectPhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const values = node.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? `'${t.literal.text}'` : undefined));
      if (values.every(Boolean)) aliases.set(node.name.text, values);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules) {
        for (const d of m.declarations ?? []) {
          for (const x of [...(d.attributes ?? []), ...(d.members ?? [])]) expand(x.type);
        }
      }
    },
  };
}

function distPaths() {
  return {
    name: 'news-card:dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      rewritePaths(customElementsManifest.modules);
    },
  };
}

function vsCodeCustomData() {
  return {
    name: 'news-card:vscode-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      writeVsCodeCustomData(customElementsManifest, 'vscode.html-custom-data.json');
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicModulesOnly(), expandTypeAliases(), distPaths(), vsCodeCustomData()],
};
