/**
 * Autodocs tables from custom-elements.json.
 *
 * Storybook's own reader keys every entry by its bare name, so a CSS part named `headline` replaces
 * the `headline` attribute, and it lists private members and each property twice (as a property and
 * as its attribute). This reader keeps the public API once, each kind in its own group:
 * attributes (naming their property), properties without an attribute, events, slots,
 * CSS custom properties and CSS parts (shown as `::part(name)`), each with its description.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Typed {
  text?: string;
}

interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: Typed;
  default?: string;
  [key: string]: unknown;
}

interface Member extends Item {
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}

interface Attribute extends Item {
  fieldName?: string;
}

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
  [key: string]: unknown;
}

let current: Manifest | undefined;

export function setManifest(manifest: Manifest | undefined): void {
  current = manifest;
}

function declarationOf(tagName: string): Declaration | undefined {
  for (const module of current?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration;
    }
  }
  return undefined;
}

const isPublic = (m: Member) =>
  m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !/^[_#]/.test(m.name);

/** A control for a TypeScript type as the analyzer wrote it. */
function controlFor(type: string | undefined): InputType['control'] {
  const text = (type ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  const literals = text.match(/'[^']*'/g);
  if (literals && text.replace(/'[^']*'|\|/g, '').trim() === '') {
    return { type: 'select', options: literals.map((l) => l.slice(1, -1)) } as InputType['control'];
  }
  if (text === 'boolean') return { type: 'boolean' };
  if (text === 'number') return { type: 'number' };
  if (text === 'string') return { type: 'text' };
  return { type: 'object' };
}

function row(item: Item, category: string, name = item.name, control: InputType['control'] = false): InputType {
  const summary = item.type?.text;
  return {
    name,
    description: item.description ?? item.summary ?? '',
    control,
    table: {
      category,
      type: summary ? { summary } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

export function extractArgTypes(tagName: string): ArgTypes | null {
  const declaration = declarationOf(tagName);
  if (!declaration) return null;
  const argTypes: ArgTypes = {};
  const attributes = declaration.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));

  for (const attribute of attributes) {
    const described =
      attribute.fieldName && attribute.fieldName !== attribute.name && !attribute.fieldName.endsWith('Attribute')
        ? { ...attribute, description: `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`.trim() }
        : attribute;
    const readOnly = attribute.name === 'state';
    argTypes[attribute.name] = row(described, 'attributes', attribute.name, readOnly ? false : controlFor(attribute.type?.text));
  }
  for (const member of (declaration.members ?? []).filter(isPublic)) {
    if (withAttribute.has(member.name) || member.name in argTypes) continue;
    argTypes[member.name] = row(member, 'properties', member.name, member.readonly ? false : { type: 'object' });
  }
  for (const event of declaration.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
  for (const slot of declaration.slots ?? []) {
    const name = slot.name || '(default)';
    argTypes[`slot:${name}`] = row(slot, 'slots', name);
  }
  for (const prop of declaration.cssProperties ?? []) argTypes[prop.name] = row(prop, 'css custom properties');
  for (const part of declaration.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css parts', `::part(${part.name})`);
  return argTypes;
}

export function extractComponentDescription(tagName: string): string | null {
  const declaration = declarationOf(tagName);
  if (!declaration) return null;
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n') || null;
}
