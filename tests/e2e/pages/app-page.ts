// The page object for the app's shell: opening links, the navigation, the notice, the heading.
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  readonly heading: Locator;
  readonly nav: Locator;
  readonly currentNav: Locator;
  readonly notice: Locator;
  readonly dismissNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.nav = page.getByRole('navigation', { name: 'Views' });
    this.currentNav = this.nav.locator('a[aria-current="page"]');
    this.notice = page.locator('.link-notice-text');
    this.dismissNotice = page.getByRole('button', { name: 'Dismiss this notice' });
  }

  static base(): string {
    const url = process.env.APP_URL;
    if (!url) throw new Error('APP_URL is not set: the global setup starts the server');
    return url;
  }

  /** Opens the app at a path below the server's root (default: the root) and a query. */
  async open(query = '', path = ''): Promise<void> {
    await this.page.goto(new URL(path + query, AppPage.base()).toString());
    await expect(this.heading).toBeVisible();
  }

  /**
   * Opens `query` with the wasm held back, so the page as served can be looked at before the app
   * starts; returns the function that lets the wasm through.
   */
  async openHeld(query: string): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((done) => (release = done));
    await this.page.route(/_bg\.wasm$/, async (route) => {
      await released;
      await route.continue();
    });
    await this.page.goto(new URL(query, AppPage.base()).toString(), { waitUntil: 'domcontentloaded' });
    return release;
  }

  navLink(name: 'Compare' | 'Ladder' | 'My role' | 'Notes'): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** The query string in the address bar, with its `?`. */
  search(): string {
    return new URL(this.page.url()).search;
  }
}
