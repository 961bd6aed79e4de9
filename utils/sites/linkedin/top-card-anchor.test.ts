// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cardAround, linksToProfile } from './top-card-anchor';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('profile');
  doc.body.innerHTML = body;
  return doc;
}

describe('cardAround', () => {
  it('is the smallest ancestor holding a named heading before the anchor', () => {
    const doc = page(`<main><h1>Page</h1><section id="card"><div><h1>Anna Berg</h1></div><div><a id="anchor">Contact info</a></div></section></main>`);
    expect(cardAround(doc.getElementById('anchor')!)?.id).toBe('card');
  });

  it('passes over empty and hidden headings and headings after the anchor', () => {
    const doc = page(
      `<main><section id="outer"><h2>Anna Berg</h2><section id="inner"><h1> </h1><h1><span class="visually-hidden">x</span></h1>` +
        `<a id="anchor">Contact info</a><h1>Later</h1></section></section></main>`,
    );
    expect(cardAround(doc.getElementById('anchor')!)?.id).toBe('outer');
  });

  it('does not take a heading that holds the anchor for the card itself', () => {
    const doc = page(`<main><div id="card"><h1 id="name">Anna Berg <a id="anchor">Contact info</a></h1></div></main>`);
    expect(cardAround(doc.getElementById('anchor')!)?.id).toBe('card');
  });

  it('looks no further than main', () => {
    const doc = page(`<h1>Site header</h1><main><div><a id="anchor">Contact info</a></div></main>`);
    expect(cardAround(doc.getElementById('anchor')!)).toBeUndefined();
  });
});

describe('linksToProfile', () => {
  it('finds the profile however its address is written, and no other profile', () => {
    const doc = page(
      [
        '<a id="relative" href="/in/anna-berg-1a/">Anna</a>',
        '<a id="upper" href="https://de.linkedin.com/in/Anna-Berg-1A">Anna</a>',
        '<a id="encoded" href="/in/anna%2Dberg-1a/">Anna</a>',
        '<a id="overlay" href="/in/anna-berg-1a/overlay/contact-info/">Contact</a>',
        '<a id="sub-page" href="/in/anna-berg-1a/details/experience/">Experience</a>',
        '<a id="other" href="/in/anna-berg-1ab/">Someone else</a>',
      ].join(''),
    );
    expect(linksToProfile(doc, 'anna-berg-1a').map((link) => link.id)).toEqual(['relative', 'upper', 'encoded']);
  });

  it('finds a profile whose slug is not ASCII', () => {
    const doc = page('<a id="encoded" href="/in/%C3%A5sa-lindqvist-9a/">Åsa</a><a id="plain" href="/in/åsa-lindqvist-9a/">Åsa</a>');
    expect(linksToProfile(doc, 'åsa-lindqvist-9a').map((link) => link.id)).toEqual(['encoded', 'plain']);
  });
});
