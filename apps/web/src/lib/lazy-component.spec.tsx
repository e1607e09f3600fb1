import { Component, Suspense, type ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { lazyComponent } from './lazy-component';

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p>failed</p> : this.props.children;
  }
}

function show(Page: React.ComponentType) {
  render(
    <Boundary>
      <Suspense fallback={<p>loading</p>}>
        <Page />
      </Suspense>
    </Boundary>,
  );
}

const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('lazy component', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the fallback, then the page once its code has arrived', async () => {
    const Page = lazyComponent(async () => ({ Hello: () => <h1>hello</h1> }), (m) => m.Hello);
    show(Page);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'hello' })).toBeInTheDocument();
  });

  it('reloads once when the code is gone after a deploy, and shows the error if that did not help', async () => {
    const reload = jest.fn();
    show(lazyComponent(gone, () => () => null, reload));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(screen.getByText('loading')).toBeInTheDocument();

    // After the reload the flag is still set: a second failure is an error, not another reload.
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    show(lazyComponent(gone, () => () => null, reload));
    expect(await screen.findByText('failed')).toBeInTheDocument();
    expect(reload).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
