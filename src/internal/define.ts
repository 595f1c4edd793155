/**
 * Registers `ctor` as `tag` unless the tag is taken. Loading two copies of the library
 * (say, the CDN bundle and an npm build) must never throw: the first definition wins,
 * and a warning names the conflict when another class owns the tag.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return; // Server rendering without a DOM shim: nothing to register.
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`<${tag}> is already defined by another class; keeping the first definition.`);
    }
    return;
  }
  registry.define(tag, ctor);
}
