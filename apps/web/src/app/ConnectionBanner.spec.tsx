import { EventEmitter } from 'node:events';
import { act, screen } from '@testing-library/react';
import { renderApp } from '../../test/render';
import { setLanguage } from '../lib/i18n';
import { BACK_NOTICE_MS, FIRST_CONNECT_PATIENCE_MS, OFFLINE_GRACE_MS, trackConnection, type ConnectionSource } from '../lib/connection';
import { ConnectionBanner } from './ConnectionBanner';

const offlineText = 'Je bent even offline. We proberen opnieuw te verbinden…';
const backText = 'Je bent weer verbonden.';

/** Stands in for a socket.io socket and its Manager: only the events the store listens to. */
function fakeSocket() {
  const socket = Object.assign(new EventEmitter(), { io: new EventEmitter() });
  const untrack = trackConnection(socket as unknown as ConnectionSource);
  const emit = (event: string, ...args: unknown[]) => act(() => void socket.emit(event, ...args));
  const retry = () => act(() => void socket.io.emit('reconnect_attempt', 1));
  return { emit, retry, untrack };
}

const wait = (ms: number) => act(() => jest.advanceTimersByTime(ms));
const region = () => screen.getByRole('status');

function renderBanner() {
  return renderApp([{ path: '/', element: <ConnectionBanner /> }], '/');
}

describe('connection banner', () => {
  let untrackSocket: () => void = () => undefined;
  /** A tracked fake socket and the banner on screen; the socket is untracked after each test. */
  const start = () => {
    const socket = fakeSocket();
    untrackSocket = socket.untrack;
    renderBanner();
    return socket;
  };
  beforeEach(async () => {
    jest.useFakeTimers();
    await setLanguage('nl');
  });
  afterEach(() => {
    act(() => untrackSocket());
    jest.useRealTimers();
  });

  it('keeps an empty live region in the page, so later messages are announced', () => {
    start();
    expect(region()).toHaveAttribute('aria-live', 'polite');
    expect(region()).toBeEmptyDOMElement();
  });

  it('says nothing while the first connection is still being made, even when it fails for a while', () => {
    const { emit, retry } = start();
    emit('disconnect', 'transport error');
    retry();
    wait(FIRST_CONNECT_PATIENCE_MS - 100);
    expect(region()).toBeEmptyDOMElement();
    emit('connect');
    wait(10_000);
    expect(region()).toBeEmptyDOMElement();
  });

  it('says it is offline when the first connection keeps failing, and when it finally works', () => {
    const { emit, retry } = start();
    emit('disconnect', 'transport error');
    retry();
    wait(FIRST_CONNECT_PATIENCE_MS);
    expect(region()).toHaveTextContent(offlineText);
    retry();
    wait(5_000);
    expect(region()).toHaveTextContent(offlineText);
    emit('connect');
    expect(region()).toHaveTextContent(backText);
  });

  it('shows nothing for a blip shorter than two seconds', () => {
    const { emit } = start();
    emit('connect');
    emit('disconnect', 'transport close');
    wait(OFFLINE_GRACE_MS - 100);
    expect(region()).toBeEmptyDOMElement();
    emit('connect');
    wait(10_000);
    expect(region()).toBeEmptyDOMElement();
  });

  it('announces an outage after two seconds and a short "connected again" when it is back', () => {
    const { emit, retry } = start();
    emit('connect');
    emit('disconnect', 'ping timeout');
    wait(OFFLINE_GRACE_MS);
    expect(region()).toHaveTextContent(offlineText);

    // Retries while offline change nothing on screen.
    retry();
    wait(5_000);
    expect(region()).toHaveTextContent(offlineText);

    emit('connect');
    expect(region()).toHaveTextContent(backText);
    expect(screen.queryByText(offlineText)).not.toBeInTheDocument();
    wait(BACK_NOTICE_MS);
    expect(region()).toBeEmptyDOMElement();
  });

  it('treats failed automatic retries after a deliberate reconnect as an outage', () => {
    const { emit, retry } = start();
    emit('connect');
    emit('disconnect', 'io client disconnect');
    wait(OFFLINE_GRACE_MS);
    expect(region()).toBeEmptyDOMElement();
    retry();
    wait(OFFLINE_GRACE_MS);
    expect(region()).toHaveTextContent(offlineText);
  });

  it('does not promise a retry when the server closed the connection on purpose', () => {
    const { emit } = start();
    emit('connect');
    emit('disconnect', 'io server disconnect');
    wait(10_000);
    expect(region()).toBeEmptyDOMElement();
  });

  it('clears the message at sign-out, when the socket is closed and no longer tracked', () => {
    const { emit, untrack } = start();
    emit('connect');
    emit('disconnect', 'transport close');
    wait(OFFLINE_GRACE_MS);
    expect(region()).toHaveTextContent(offlineText);
    act(() => untrack());
    expect(region()).toBeEmptyDOMElement();
  });

  it('speaks English when the interface is English', async () => {
    await act(() => setLanguage('en'));
    const { emit } = start();
    emit('connect');
    emit('disconnect', 'transport close');
    wait(OFFLINE_GRACE_MS);
    expect(region()).toHaveTextContent('You are offline for a moment. We are trying to reconnect…');
    emit('connect');
    expect(region()).toHaveTextContent('You are connected again.');
  });
});
