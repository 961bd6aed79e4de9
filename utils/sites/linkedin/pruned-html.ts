/** How much of an element a pruned copy keeps: all of it, or the element and its attributes only. */
export type Keep = 'whole' | 'shallow';

/**
 * The markup of `doc` with only the given elements, in their places: each kept element with its attributes (and its
 * subtree when kept whole), inside its ancestors with their attributes, in document order. Everything else is
 * left out. A reader that looks only at kept elements, their subtrees and their ancestors, by selectors without
 * sibling combinators, finds the same elements in the copy as in the page.
 */
export function prunedHtml(doc: Document, kept: ReadonlyMap<Element, Keep>): string {
  // Each ancestor on a path to a kept element, with the kept children below it.
  const paths = new Map<Element, Element[]>();
  for (const element of kept.keys()) {
    let child = element;
    for (let parent = element.parentElement; parent; child = parent, parent = parent.parentElement) {
      if (kept.get(parent) === 'whole') break;
      const children = paths.get(parent);
      if (children) {
        children.push(child);
        break;
      }
      paths.set(parent, [child]);
    }
  }
  const root = doc.documentElement;
  return root ? `<!DOCTYPE html>${serialise(root, kept, paths)}` : '';
}

function serialise(element: Element, kept: ReadonlyMap<Element, Keep>, paths: ReadonlyMap<Element, Element[]>): string {
  // A copy to read elsewhere, never put into a page: the markup is the data.
  // eslint-disable-next-line no-restricted-properties
  if (kept.get(element) === 'whole') return element.outerHTML;
  const [start, end] = tags(element);
  const children = paths.get(element);
  if (!children) return start + end;
  let inner = '';
  for (const child of inDocumentOrder(element, children)) inner += serialise(child, kept, paths);
  return start + inner + end;
}

/** `children` as they come in `parent`, once each; usually one or two, so no sorting of the whole list. */
function inDocumentOrder(parent: Element, children: Element[]): Element[] {
  if (children.length < 2) return children;
  const wanted = new Set(children);
  return [...parent.children].filter((child) => wanted.has(child));
}

/** The element's own start and end tags, attributes escaped as the browser serialises them. */
function tags(element: Element): [string, string] {
  const markup = element.cloneNode(false) as Element;
  // eslint-disable-next-line no-restricted-properties
  const html = markup.outerHTML;
  const end = `</${element.localName}>`;
  return html.endsWith(end) ? [html.slice(0, -end.length), end] : [html, ''];
}
