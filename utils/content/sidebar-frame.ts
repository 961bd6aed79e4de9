import { browser } from 'wxt/browser';
import { saveSidebarCollapsed } from '../display/sidebar-stored-state';
import type { SidebarLabels, SidebarSetup } from '../messaging/requests/core';

const HOST_TAG = 'rapport-sidebar';
const WIDTH = 340;

const STYLE = `
:host { all: initial; }
.frame { position: fixed; right: 0; bottom: 0; width: ${WIDTH}px; border: 0; z-index: 2147483646;
  box-shadow: -2px 0 12px rgb(0 0 0 / 0.18); background: Canvas; color-scheme: light dark; }
.toggle { position: fixed; z-index: 2147483647; right: ${WIDTH}px; top: 60%; width: 24px; height: 88px;
  border: 1px solid #5b6b7c; border-right: 0; border-radius: 8px 0 0 8px; background: #1f4e79; color: #fff;
  font: 600 12px/1 system-ui, sans-serif; cursor: pointer; padding: 0; writing-mode: vertical-rl; }
/* Two rings, white inside black (21:1 to each other): one of them stands out on any page, light or dark. */
.toggle:focus-visible { outline: 3px solid #000; outline-offset: 3px; box-shadow: 0 0 0 3px #fff; }
:host([data-collapsed]) .frame { display: none; }
:host([data-collapsed]) .toggle { right: 0; }
`;

/** The sidebar: an extension page in a frame the host page cannot read, plus a slim tab to fold it away. */
export class SidebarFrame {
  private host: HTMLElement | undefined;
  private frame: HTMLIFrameElement | undefined;
  private toggle: HTMLButtonElement | undefined;
  private labels: SidebarLabels | undefined;
  /** Once the user folds or unfolds the frame on this page, that wins over the setup's stored state. */
  private collapsed: boolean | undefined;
  /** Counts calls to show and hide, so a show still waiting gives way to whatever came after it. */
  private requests = 0;

  constructor(
    private readonly doc: Document,
    private readonly headerHeight: number,
    private readonly setup: Promise<SidebarSetup>,
  ) {}

  async show(): Promise<void> {
    if (this.host?.isConnected) return;
    const request = ++this.requests;
    const { labels, collapsed: storedCollapsed } = await this.setup;
    this.labels = labels;
    // A later show or hide decides; a frame already there stays.
    if (request !== this.requests || this.host?.isConnected) return;
    // A frame left by an earlier instance of the script (one that could not clean up). The browser finds an element
    // by its tag without script touching every child of the body: on a real page that loop cost a millisecond.
    for (const stale of [...this.doc.getElementsByTagName(HOST_TAG)]) stale.remove();
    const host = this.doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = STYLE;
    const toggle = this.doc.createElement('button');
    toggle.className = 'toggle';
    toggle.type = 'button';
    toggle.textContent = labels.tab;
    toggle.addEventListener('click', () => void this.setCollapsed(!host.hasAttribute('data-collapsed')));
    root.append(style, toggle);
    Object.assign(this, { host, toggle, frame: undefined });
    this.render(this.collapsed ?? storedCollapsed);
    (this.doc.body ?? this.doc.documentElement).append(host);
  }

  /**
   * A folded sidebar gets its frame when first unfolded: creating a child frame costs the host page 5 to 10 ms of
   * main-thread time, which a user who keeps Rapport folded should not pay on every page.
   */
  private addFrame(root: ShadowRoot, labels: SidebarLabels): HTMLIFrameElement {
    const frame = this.doc.createElement('iframe');
    frame.className = 'frame';
    frame.title = labels.title;
    // A cross-origin frame may only write to the clipboard when its parent allows it (the copy fallback).
    frame.allow = 'clipboard-write';
    frame.style.top = `${this.headerHeight}px`;
    frame.style.height = `calc(100vh - ${this.headerHeight}px)`;
    frame.src = browser.runtime.getURL('/sidebar.html');
    root.insertBefore(frame, this.toggle ?? null);
    return frame;
  }

  hide(): void {
    this.requests += 1;
    this.host?.remove();
    this.host = undefined;
  }

  private async setCollapsed(collapsed: boolean): Promise<void> {
    this.collapsed = collapsed;
    this.render(collapsed);
    await saveSidebarCollapsed(collapsed);
  }

  private render(collapsed: boolean): void {
    if (!this.host || !this.toggle) return;
    if (!collapsed && !this.frame && this.host.shadowRoot && this.labels) this.frame = this.addFrame(this.host.shadowRoot, this.labels);
    this.host.toggleAttribute('data-collapsed', collapsed);
    this.toggle.setAttribute('aria-expanded', String(!collapsed));
    const label = collapsed ? this.labels?.show : this.labels?.hide;
    this.toggle.setAttribute('aria-label', label ?? '');
    this.toggle.title = label ?? '';
  }
}
