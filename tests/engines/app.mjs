// What the cross-engine journeys do to the app, over WebDriver: open a link at a width (framed
// where WebKitGTK's window cannot be that narrow), reload, wait for what a person would see,
// find controls by the names on screen, type, paste from the real clipboard, and collect the
// errors the page reported. Selenium's own waits are per element; these wait for whole states.
import { By, Key } from 'selenium-webdriver';

/** Quotes text for an XPath expression, whatever quotes it holds. */
export function xpathText(text) {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text.split('"').map((part) => `"${part}"`).join(`, '"', `)})`;
}

export class App {
  /**
   * @param {{ driver: import('selenium-webdriver').WebDriver }} session
   * @param {{ url: string, errors: string[] }} server
   * @param {{ engine: string, width: number, height: number }} size
   */
  constructor(session, server, { engine, width, height }) {
    this.session = session;
    this.driver = session.driver;
    this.server = server;
    this.engine = engine;
    this.width = width;
    this.height = height;
    this.framed = false;
  }

  /**
   * Sizes the window so that the page is `width` CSS pixels wide; where the window cannot be that
   * narrow (WebKitGTK's stops at 447 px, headless Firefox's at 450), the app is framed at that
   * width instead: its layout, media queries and scrolling are a 375-px page's.
   */
  async fit() {
    const window = this.driver.manage().window();
    await this.driver.get(`${this.server.url}__frame.html`);
    await window.setRect({ x: 0, y: 0, width: this.width, height: this.height });
    const [inner, innerHeight, outer, outerHeight] = await this.js('return [innerWidth, innerHeight, outerWidth, outerHeight]');
    await window.setRect({ width: this.width + (outer - inner), height: this.height + (outerHeight - innerHeight) });
    const now = await this.js('return innerWidth');
    this.framed = now > this.width;
    return now;
  }

  /** Runs `body` (a function body) in the page with `args`, and returns what it returns. */
  js(body, ...args) {
    return this.driver.executeScript(body, ...args);
  }

  /** Polls `check` until it gives something truthy, and returns it; fails with `what` and the last value. */
  async until(check, what, timeout = 10_000) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await check();
        if (last) return last;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end) throw new Error(`${this.engine} at ${this.width} px: waited ${timeout} ms for ${what}; last: ${String(last)}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Opens the app at `query` (and `path` below the root) and waits until it is up. */
  async open(query = '', path = '') {
    const url = new URL(path + query, this.server.url).toString();
    await this.goto(url);
    await this.up();
  }

  /** Loads `url` as the page (inside the frame when framed). */
  async goto(url) {
    if (!this.framed) {
      await this.driver.get(url);
      return;
    }
    await this.driver.switchTo().defaultContent();
    await this.driver.get(`${this.server.url}__frame.html?width=${this.width}&src=${encodeURIComponent(url)}`);
    const frame = await this.driver.findElement(By.id('app'));
    await this.driver.switchTo().frame(frame);
    // The frame takes the keyboard's focus, as the page would.
    await this.js('window.focus()');
  }

  /** Goes to `query` from within the page (as a link would), without the server of the frame. */
  async navigate(query) {
    await this.js('window.__before_reload = true; location.assign(arguments[0])', query);
    await this.until(() => this.js('return !window.__before_reload'), `the page at ${query}`);
    await this.up();
  }

  /** Waits until the app has mounted: its heading is drawn and the boot shell is gone. */
  async up() {
    await this.until(
      () => this.js("return document.readyState === 'complete' && !document.getElementById('boot-shell') && !!document.querySelector('h1')"),
      'the app to start',
      20_000,
    );
  }

  /** Reloads the page and waits for the app. */
  async reload() {
    await this.js('window.__before_reload = true; location.reload()');
    await this.until(() => this.js('return !window.__before_reload'), 'the page to load again');
    await this.up();
  }

  /** The page's query string, with its `?`. */
  search() {
    return this.js('return location.search');
  }

  /** The text of the first element matching `css`, as shown (null when there is none). */
  text(css) {
    return this.js('const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : null', css);
  }

  /** Waits until the first element matching `css` shows text matching `pattern`. */
  async seeText(css, pattern) {
    return this.until(async () => {
      const text = await this.text(css);
      return text !== null && (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) && text;
    }, `${css} to show ${pattern}`);
  }

  /** Waits for the element matching `css` and returns it. */
  find(css) {
    return this.until(async () => (await this.driver.findElements(By.css(css)))[0], css);
  }

  /** Waits for the element matching the XPath `path` and returns it. */
  findPath(path, what = path) {
    return this.until(async () => (await this.driver.findElements(By.xpath(path)))[0], what);
  }

  /**
   * The button (or link) a person knows by `name`: its label, or its text without what is
   * hidden from screen readers (a mark such as " ✓").
   */
  control(name, tag = 'button') {
    return this.until(
      () =>
        this.js(
          `const named = (e) => {
             if (e.getAttribute('aria-label')) return e.getAttribute('aria-label');
             const copy = e.cloneNode(true);
             copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
             return copy.textContent.replace(/\\s+/g, ' ').trim();
           };
           return [...document.querySelectorAll(arguments[0])].find((e) => named(e) === arguments[1]) || null;`,
          tag,
          name,
        ),
      `a ${tag} named “${name}”`,
    );
  }

  /** The form field labelled `label` (by <label for> or aria-label). */
  field(label) {
    const quoted = xpathText(label);
    return this.findPath(`//*[@aria-label=${quoted}] | //*[@id=//label[normalize-space(.)=${quoted}]/@for]`, `a field labelled “${label}”`);
  }

  /** Clicks `element` (or the control named so) once it is in the middle of the screen. */
  async click(element) {
    const target = typeof element === 'string' ? await this.control(element) : element;
    await this.js("arguments[0].scrollIntoView({ block: 'center' })", target);
    await target.click();
    return target;
  }

  /**
   * Chooses a radio button by clicking its label. WebKitWebDriver's click on a label in a
   * scrolled frame leaves the answer unchosen (seen with the assessment's answers below the first
   * screen), so there the label is clicked from within the page.
   */
  async choose(label) {
    if (!(this.framed && this.engine === 'webkit')) return this.click(label);
    await this.js("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].click()", label);
    return label;
  }

  /** Presses keys (selenium's Key names) on whatever has focus. */
  async press(...keys) {
    const actions = this.driver.actions();
    for (const key of keys) actions.sendKeys(key);
    await actions.perform();
  }

  /** What has focus, described by its text or label (for messages and checks). */
  focused() {
    return this.js(
      "const e = document.activeElement; return e ? (e.getAttribute('aria-label') || e.innerText || e.id || e.tagName).trim() : ''",
    );
  }

  /** What the system clipboard holds, read the way a person would: pasted into a text box. */
  async clipboard() {
    await this.js(
      "const box = document.createElement('textarea'); box.id = '__paste'; document.body.append(box); box.focus();",
    );
    await this.driver.actions().keyDown(Key.CONTROL).sendKeys('v').keyUp(Key.CONTROL).perform();
    return this.js("const box = document.getElementById('__paste'); const text = box.value; box.remove(); return text");
  }

  /** The errors pages reported since the last call (see watch.js). */
  errors() {
    return this.server.errors.splice(0);
  }

  /** Saves a screenshot of the window as a PNG at `path`. */
  async screenshot(path) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }
}
