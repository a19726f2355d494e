/** A short, polite status line ("Press Post again to publish"), shown above everything, never modal. */
import { Component, createRef } from 'preact';

interface Props {
  text: string;
  onDone: () => void;
  /** How long the notice stays, in milliseconds. */
  duration?: number;
}

export class Notice extends Component<Props> {
  private el = createRef<HTMLDivElement>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  componentDidMount() {
    // As a popover it joins the top layer, so a site's own modal dialog cannot cover it.
    const node = this.el.current;
    if (node && typeof node.showPopover === 'function') node.showPopover();
    this.timer = setTimeout(this.props.onDone, this.props.duration ?? 8000);
  }

  componentWillUnmount() {
    clearTimeout(this.timer);
  }

  render() {
    return (
      <div ref={this.el} class="pp-notice" popover="manual" role="status" aria-live="polite" data-testid="pp-notice">
        {this.props.text}
      </div>
    );
  }
}
