import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

// React warns unless told it runs under act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders an element into a fresh container in the (jsdom) document. */
export function renderInDom(element: ReactElement): {
  container: HTMLElement;
  rerender: (next: ReactElement) => void;
  unmount: () => void;
} {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return {
    container,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Types `value` into an input, textarea or select the way React notices, then fires `event`. */
export function typeInto(
  element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
  event: 'input' | 'change' = element instanceof HTMLSelectElement ? 'change' : 'input',
): void {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

/** Moves focus away from an element (React's onBlur). */
export function blur(element: HTMLElement): void {
  act(() => {
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export function click(element: HTMLElement): void {
  act(() => element.click());
}

/** The element matching `selector` in `root`; throws (failing the test) when there is none. */
export function query<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
