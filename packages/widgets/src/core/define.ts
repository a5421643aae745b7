/**
 * Registers a custom element once. A page may load the kit twice (an npm bundle and a CDN
 * script); the second registration is skipped instead of throwing.
 * @returns true when this call defined the tag, false when it was already defined.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  if (customElements.get(tag)) return false;
  customElements.define(tag, ctor);
  return true;
}
