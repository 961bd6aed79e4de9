/** Stands in for linkedom in the Firefox build, whose background parses with the browser's own `DOMParser`. */
export function parseHTML(): never {
  throw new Error('linkedom is not part of the Firefox build.');
}
