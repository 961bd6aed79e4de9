// Measures the keyboard focus indicator of whatever has focus: its rings (outline, box-shadow) and their
// contrast with what is behind the element (WCAG 1.4.11 asks for 3:1).

/** Runs in the page: facts about the focused element's indicator. `root` lets a test look inside a shadow root. */
export function focusIndicator(hostSelector) {
  const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
  const element = root?.activeElement;
  if (!element || element === document.body) return { element: 'body' };
  // Focus on a part the browser draws itself (a date field's calendar button): it is not the element's to style.
  if (!element.matches(':focus')) return { element: 'browser-drawn part', best: Infinity };
  const parse = (color) => {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color ?? '');
    return match ? { rgb: [match[1], match[2], match[3]].map(Number), alpha: match[4] === undefined ? 1 : Number(match[4]) } : undefined;
  };
  const luminance = ([r, g, b]) =>
    [r, g, b].map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }).reduce((sum, value, index) => sum + value * [0.2126, 0.7152, 0.0722][index], 0);
  const contrast = (a, b) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
  };
  // What the page shows behind the element: the first ancestor with an opaque background (white if none).
  let behind = [255, 255, 255];
  for (let node = element.parentElement ?? element.getRootNode().host; node; node = node.parentElement ?? node.getRootNode().host) {
    const background = parse(getComputedStyle(node).backgroundColor);
    if (background && background.alpha === 1) {
      behind = background.rgb;
      break;
    }
  }
  const style = getComputedStyle(element);
  const rings = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(parse(style.outlineColor));
  for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
    const spread = /\)\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/.exec(shadow);
    if (spread && Number(spread[4]) >= 2) rings.push(parse(shadow));
  }
  const contrasts = rings.filter(Boolean).map((ring) => Math.round(contrast(ring.rgb, behind) * 100) / 100);
  const label = `${element.localName}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  return { element: label, best: contrasts.length ? Math.max(...contrasts) : 0 };
}
