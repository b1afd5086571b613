// Counts the DOM work an action causes: a MutationObserver on the whole page records every node
// added or removed, every attribute written and every text changed, from just before the action
// until two frames after its visible result. Deterministic: no timing is read.
import type { Page } from '@playwright/test';

/** What one action did to the DOM. */
export type DomWork = {
  /** Mutation records of every kind. */
  records: number;
  /** Nodes inserted (each inserted subtree counts once, by its root), by kind: `tr`, `#text`… */
  added: string[];
  /** Nodes taken out, counted the same way. */
  removed: string[];
  /** Attributes written, as `element#id.attribute` (or the tag when there is no id). */
  attributes: string[];
  /** Attribute writes that left the value as it was: work for nothing. */
  unchangedAttributes: string[];
  /** Text nodes whose text was written. */
  texts: number;
};

/** Starts recording; `stopDomWork` ends it. */
async function startDomWork(page: Page): Promise<void> {
  await page.evaluate(() => {
    const name = (node: Node) =>
      node instanceof Element ? node.localName + (node.id ? `#${node.id}` : '') : node.nodeName.toLowerCase();
    const work = { records: 0, added: [] as string[], removed: [] as string[], attributes: [] as string[], unchangedAttributes: [] as string[], texts: 0 };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        work.records += 1;
        if (record.type === 'childList') {
          record.addedNodes.forEach((node) => work.added.push(name(node)));
          record.removedNodes.forEach((node) => work.removed.push(name(node)));
        } else if (record.type === 'attributes') {
          const element = record.target as Element;
          const written = `${name(element)}.${record.attributeName}`;
          work.attributes.push(written);
          // Only certain when nothing else wrote it since: the value now equals the old one.
          if (record.oldValue === element.getAttribute(record.attributeName!)) work.unchangedAttributes.push(written);
        } else {
          work.texts += 1;
        }
      }
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
    Object.defineProperty(window, '__domWork', { value: { observer, work }, configurable: true });
  });
}

async function stopDomWork(page: Page): Promise<DomWork> {
  return page.evaluate(
    () =>
      new Promise<DomWork>((resolve) => {
        // Two frames: effects that run after the render and focus moves have landed.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const { observer, work } = (window as unknown as { __domWork: { observer: MutationObserver; work: DomWork } }).__domWork;
            observer.disconnect();
            delete (window as unknown as { __domWork?: unknown }).__domWork;
            resolve(work);
          }),
        );
      }),
  );
}

/** The DOM work of `act`, counted until `done` has seen its result and two frames have passed. */
export async function domWorkOf(page: Page, act: () => Promise<void>, done: () => Promise<unknown>): Promise<DomWork> {
  await startDomWork(page);
  await act();
  await done();
  return stopDomWork(page);
}

/** Element nodes only, from a list of added or removed node names. */
export const elements = (nodes: string[]): string[] => nodes.filter((node) => !node.startsWith('#'));

/**
 * Text and comment nodes added and removed: the place holders the renderer keeps where a part
 * may appear (an explanation row, a note mark), and texts replaced whole.
 */
export const markers = (work: DomWork): number =>
  [...work.added, ...work.removed].filter((node) => node.startsWith('#')).length;
