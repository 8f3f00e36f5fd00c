import { Component, type ReactNode } from "react";
import { MessageScreen } from "../components/MessageScreen.js";
import { loadNewRelease } from "./release.js";

interface Props {
  /** The address shown: going elsewhere gives the next screen its own chance to open. */
  path: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  path: string;
}

/**
 * A screen that cannot be drawn, most often because its file is gone: the page was opened before
 * an update, and the update replaced the screens' files. Instead of a blank page the person reads
 * what happened and can reload; the header, with "Get help now", stays where it was.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { failed: false, path: this.props.path };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  // Reset by hand rather than by a new key, which would remount the screen on every change of
  // address (a saved thought record moves from /thoughts/new to its own address and stays).
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.path === state.path ? null : { failed: false, path: props.path };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageScreen title="This screen couldn't open">
        <p>
          Reconnect may have been updated since this page opened, or the connection dropped while
          the screen was loading. Reloading usually brings it back.
        </p>
        <button type="button" className="primary" onClick={() => void loadNewRelease()}>
          Reload Reconnect
        </button>
      </MessageScreen>
    );
  }
}
