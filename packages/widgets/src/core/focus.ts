/**
 * Whether the focus was lost from `host`'s shadow tree and went nowhere: the page's body (as
 * when the focused control was removed or disabled), or the host itself with nothing focused
 * inside. Focus the user moved to something else is not lost.
 */
export function focusLost(host: Element): boolean {
  const active = document.activeElement;
  return (
    !active || active === document.body || (active === host && !host.shadowRoot?.activeElement)
  );
}
