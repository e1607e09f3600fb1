import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { act, configure } from '@testing-library/react';
import { notifications } from '@mantine/notifications';

// Pages load their parts as separate chunks (lazy imports); with two test runs sharing two cores the first
// import of a chunk's modules can take longer than the default second. What is waited for is unchanged.
configure({ asyncUtilTimeout: 5_000 });

// React Router needs these; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks the layout APIs Mantine's components call.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
Element.prototype.scrollIntoView = () => undefined;
window.HTMLElement.prototype.scrollTo = () => undefined;

// Notifications live in a global store; start every test without the previous test's messages.
afterEach(() => {
  act(() => notifications.clean());
});
