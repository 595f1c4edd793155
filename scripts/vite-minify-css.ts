/**
 * A Vite plugin that minifies the CSS inside Lit's css`…` tagged templates at build time, so the
 * shipped modules do not carry the stylesheets' indentation and line breaks. vite.config.ts adds it
 * to the two production builds (`--mode lib` and `--mode bundle`); Storybook, tests and the dev server
 * keep the templates as written.
 *
 * How:
 * 1. Find the templates with a real parser: the plugin runs before Vite's own TypeScript transform
 *    (`enforce: 'pre'`) and parses each of our source modules (src/**, never node_modules) with the
 *    oxc parser that Vite ships (`parseSync`, TypeScript syntax included). A template counts when its
 *    tag is an identifier bound by `import { css } from 'lit'` (or from lit-element or
 *    @lit/reactive-element, renamed or not).
 * 2. Take each static chunk's cooked text, the string Lit itself receives (a chunk with an invalid
 *    escape has none, and its template is left as written).
 * 3. Replace each `${…}` with a placeholder that is valid CSS where it stands:
 *    - where a whole statement goes (after `{`, `}`, `;` or the start, and before `}`, an at-rule or
 *      the end), an unknown at-rule `@lit-css-expr-N;`: Lit's `${unsafeCSS(rules)}` sits there;
 *    - anywhere else (a value, a selector, a property name), an identifier `__lit_css_expr_N__`:
 *      the minifier keeps the whitespace that separates it from a neighbouring token.
 * 4. Minify with esbuild's CSS minifier. No target (esbuild's default, esnext): nothing is lowered
 *    or prefixed, the source is already written for the browsers we support. charset utf8 keeps
 *    non-ASCII text as it is. esbuild still rewrites some things into equivalents: `::before` to
 *    `:before`, `0.5` to `.5`, quotes, some colours. It keeps the spaces in custom property values
 *    (`--a: var(--b, 1px)`); the plugin then drops those that separate nothing: the one after the
 *    colon (not part of the value: CSS Syntax trims it) and those next to a comma, a slash, an opening
 *    parenthesis's inside or a closing one's (`--a:var(--b,1px)`). A value with a string, a url, a
 *    block or a placeholder is left as esbuild wrote it.
 * 5. Put the expressions back, as their source text, and escape the static chunks for a template.
 *    A css`` template nested inside another's `${…}` travels with the outer one, unminified.
 *
 * Safety: each template is minified on its own, so rules never move between templates. A template is
 * left unchanged, with a warning in the build log, when esbuild reports any warning or error, or
 * when the placeholders do not all come back exactly once and in their original order (which keeps
 * the expressions' evaluation order and the cascade as written).
 *
 * No source map is produced for the edit: the production builds do not emit source maps.
 */
import { transform } from 'esbuild';
import { parseSync, Visitor, type ESTree, type Plugin } from 'vite';

/** One css`…` template: its source range (backticks included), cooked static chunks, expression source. */
interface CssTemplate {
  start: number;
  end: number;
  line: number;
  chunks: string[];
  expressions: string[];
}

/** Modules whose `css` export is Lit's tag. */
const LIT_MODULE = /^(lit|lit-element|@lit\/reactive-element)(\/.*)?$/;

const STATEMENT_PLACEHOLDER = (i: number) => `@lit-css-expr-${i};`;
const VALUE_PLACEHOLDER = (i: number) => `__lit_css_expr_${i}__`;
const ANY_PLACEHOLDER = /@lit-css-expr-(\d+);|__lit_css_expr_(\d+)__/g;
const PLACEHOLDER_STEM = /lit-css-expr-|lit_css_expr_/;

/** A custom property declaration in minified CSS: the `{` or `;` before it, its name, its value. */
const CUSTOM_PROPERTY = /([{;])(--[\w-]+):([^;{}"']*)(?=[;}])/g;

/** Minified CSS with the spaces that separate nothing taken out of custom property values (see 4. above). */
export function compactCustomProperties(css: string): string {
  return css.replace(CUSTOM_PROPERTY, (declaration, before: string, name: string, value: string) => {
    if (PLACEHOLDER_STEM.test(value) || /url\(/i.test(value)) return declaration;
    const compact = value.trim().replace(/\s*([,/])\s*|(\()\s+|\s+(\))/g, '$1$2$3');
    return compact === '' ? declaration : `${before}${name}:${compact}`;
  });
}

const LANG = { ts: 'ts', mts: 'ts', cts: 'ts', tsx: 'tsx', jsx: 'jsx' } as const;

/** Local names bound to Lit's `css` tag by the module's imports. */
function litCssNames(program: ESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !LIT_MODULE.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (imported === 'css') names.add(specifier.local.name);
    }
  }
  return names;
}

/** The inverse of cooking: text that can stand between backticks and cook back to `text`. */
function escapeForTemplate(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/**
 * Every css`…` template of the module, in source order, and the lines of those that cannot be cooked.
 * Undefined when the module does not parse (Vite's own transform then reports the error).
 */
function findCssTemplates(code: string, fileName: string): { templates: CssTemplate[]; uncooked: number[] } | undefined {
  const extension = /\.([cm]?[jt]sx?)$/.exec(fileName)?.[1] ?? 'js';
  const { program, errors } = parseSync(fileName, code, { lang: LANG[extension as keyof typeof LANG] ?? 'js', sourceType: 'module' });
  if (errors.length > 0) return undefined;
  const tags = litCssNames(program);
  const templates: CssTemplate[] = [];
  const uncooked: number[] = [];
  if (tags.size === 0) return { templates, uncooked };

  const lineAt = (offset: number) => code.slice(0, offset).split('\n').length;
  new Visitor({
    TaggedTemplateExpression(node: ESTree.TaggedTemplateExpression) {
      if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name) || node.typeArguments) return;
      const { start, end, quasis, expressions } = node.quasi;
      // The replaced range is the literal, backticks included; guard against a parser that counts otherwise.
      if (code[start] !== '`' || code[end - 1] !== '`') return;
      const chunks = quasis.map((q) => q.value.cooked);
      if (chunks.some((c) => c === null)) uncooked.push(lineAt(start));
      else templates.push({ start, end, line: lineAt(start), chunks: chunks as string[], expressions: expressions.map((e) => code.slice(e.start, e.end)) });
    },
  }).visit(program);
  // A template inside another's `${…}` is part of the outer one's expression text: leave it to that.
  const outermost = templates.filter((t) => !templates.some((o) => o.start < t.start && t.end <= o.end));
  return { templates: outermost, uncooked };
}

/** CSS text with comments blanked, trimmed: what decides which placeholder fits. */
const significant = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, ' ').trim();

/** The CSS to minify: chunks joined by placeholders that are valid where each `${…}` stands. */
function withPlaceholders(chunks: string[]): { css: string; placeholders: string[] } {
  let css = chunks[0];
  const placeholders: string[] = [];
  for (let i = 1; i < chunks.length; i++) {
    const before = significant(css);
    const after = significant(chunks[i]);
    const statement = /(^|[{};])$/.test(before) && /^($|[}@])/.test(after);
    const placeholder = statement ? STATEMENT_PLACEHOLDER(i - 1) : VALUE_PLACEHOLDER(i - 1);
    placeholders.push(placeholder);
    css += placeholder + chunks[i];
  }
  return { css, placeholders };
}

/**
 * Splits minified CSS back into static chunks at the placeholders, or returns undefined unless every
 * placeholder is there exactly once, unchanged and in order.
 */
function splitAtPlaceholders(css: string, placeholders: string[]): string[] | undefined {
  const found = [...css.matchAll(ANY_PLACEHOLDER)];
  if (found.length !== placeholders.length || found.some((m, i) => m[0] !== placeholders[i])) return undefined;
  const chunks: string[] = [];
  let from = 0;
  for (const match of found) {
    chunks.push(css.slice(from, match.index));
    from = match.index + match[0].length;
  }
  chunks.push(css.slice(from));
  return chunks;
}

/** The template's new source (backticks included), or the reason it stays as written. */
async function minifyTemplate({ chunks, expressions }: CssTemplate): Promise<{ source: string } | { problem: string }> {
  if (chunks.some((c) => PLACEHOLDER_STEM.test(c))) return { problem: 'it already contains placeholder-like text' };
  const { css, placeholders } = withPlaceholders(chunks);
  let minified: string;
  try {
    const result = await transform(css, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
    if (result.warnings.length > 0) return { problem: `esbuild: ${result.warnings[0].text}` };
    minified = compactCustomProperties(result.code.trimEnd());
  } catch (error) {
    const errors = (error as { errors?: { text: string }[] }).errors;
    return { problem: `esbuild: ${errors?.[0]?.text ?? String(error)}` };
  }
  const minifiedChunks = splitAtPlaceholders(minified, placeholders);
  if (!minifiedChunks) return { problem: 'an interpolation did not survive minification unchanged' };
  const source = minifiedChunks.map((chunk, i) => escapeForTemplate(chunk) + (i < expressions.length ? `\${${expressions[i]}}` : '')).join('');
  return { source: `\`${source}\`` };
}

/**
 * Minifies every Lit css`…` template in one module's source. Returns the new source (undefined when
 * nothing changed) and a warning for each template left as written.
 */
export async function minifyCssTemplates(code: string, fileName: string): Promise<{ code?: string; warnings: string[] }> {
  const found = findCssTemplates(code, fileName);
  if (!found) return { warnings: [] };
  const { templates, uncooked } = found;
  const leftAsWritten = (line: number, why: string) => `${fileName}:${line}: css\`\` template left as written: ${why}`;
  const warnings = uncooked.map((line) => leftAsWritten(line, 'it holds an invalid escape'));
  const results = await Promise.all(templates.map(minifyTemplate));
  results.forEach((result, i) => 'problem' in result && warnings.push(leftAsWritten(templates[i].line, result.problem)));
  let output = code;
  // From the last template to the first, so that earlier offsets stay valid.
  for (let i = templates.length - 1; i >= 0; i--) {
    const result = results[i];
    if ('source' in result) output = output.slice(0, templates[i].start) + result.source + output.slice(templates[i].end);
  }
  return { code: output === code ? undefined : output, warnings };
}

/** The Vite plugin: minifies css`…` templates in the modules under `<root>/src/`. */
export function minifyLitCss(): Plugin {
  let sourceDir = '';
  return {
    name: 'news-card:minify-lit-css',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      sourceDir = `${config.root.replace(/\\/g, '/').replace(/\/$/, '')}/src/`;
    },
    transform: {
      filter: { id: /\.[cm]?[jt]sx?(\?.*)?$/, code: 'css`' },
      async handler(code, id) {
        const file = id.replace(/\?.*$/, '').replace(/\\/g, '/');
        if (!file.startsWith(sourceDir) || file.slice(sourceDir.length).includes('node_modules/')) return null;
        const result = await minifyCssTemplates(code, file.slice(sourceDir.length - 4));
        for (const warning of result.warnings) this.warn(warning);
        return result.code === undefined ? null : { code: result.code, map: null };
      },
    },
  };
}
