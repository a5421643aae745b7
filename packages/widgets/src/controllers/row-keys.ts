/**
 * Keyboard for selectable table rows (`<tr tabindex>`): ArrowUp/ArrowDown/Home/End move focus
 * between the focusable rows of the same shadow root, Enter or Space activates the row. Keys
 * pressed on a control inside the row (a button) are left to that control.
 *
 * @example
 * html`<tr tabindex="0" @keydown=${(e: KeyboardEvent) => onRowKeyDown(e, () => this.select(row))}>`
 */
export function onRowKeyDown(event: KeyboardEvent, activate: () => void): void {
  if (event.target !== event.currentTarget) return;
  const row = event.currentTarget as HTMLElement;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate();
    return;
  }
  const root = row.getRootNode() as ParentNode;
  const rows = [...root.querySelectorAll<HTMLElement>('tbody tr[tabindex]')];
  const index = rows.indexOf(row);
  const target: Record<string, HTMLElement | undefined> = {
    ArrowDown: rows[index + 1],
    ArrowUp: rows[index - 1],
    Home: rows[0],
    End: rows.at(-1),
  };
  const next = target[event.key];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
