import { Component, type ReactNode } from 'react';
import { Banner } from './Banner';

interface Props {
  /** Where to go instead, as a link (the board). */
  homeHref: string;
  /** The page shown: going to another page clears the failure. */
  page: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Keeps a screen that fails from taking the whole app with it: the header, navigation and every other screen go on
 * working, and the person is told in plain words what they can do. The app logs nothing of it: an error's message
 * may name what was being read.
 */
export class SectionErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.page !== this.props.page) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <h1 tabIndex={-1} data-page-title>
          This page could not be shown
        </h1>
        <Banner tone="error" title="Something went wrong while opening this page" live>
          <p>
            Everything already saved is safe. Try again, or go to another page and come back. If it keeps
            happening, close Joined Up and open it again.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
              Try again
            </button>
            <a className="button button--secondary" href={this.props.homeHref}>
              Go to the board
            </a>
          </div>
        </Banner>
      </>
    );
  }
}
