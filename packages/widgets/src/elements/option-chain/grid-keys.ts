/**
 * Arrow keys across a table's buttons (one tab stop for all of them): Left and Right move
 * within the row, Up and Down to the button in the same place of the row above or below,
 * Home and End to the row's first and last. Returns whether the key moved focus.
 */
export function moveGridFocus(event: KeyboardEvent, from: HTMLElement, selector: string): boolean {
  const row = from.closest('tr');
  const body = row?.parentElement;
  if (!row || !body) return false;
  const inRow = (r: Element) => [...r.querySelectorAll<HTMLElement>(selector)];
  const buttons = inRow(row);
  const index = buttons.indexOf(from);
  // In a right-to-left table, Left moves forward (to the next button in document order).
  const rightward = getComputedStyle(row).direction === 'rtl' ? -1 : 1;
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowRight':
      next = buttons[index + rightward];
      break;
    case 'ArrowLeft':
      next = buttons[index - rightward];
      break;
    case 'Home':
      next = buttons[0];
      break;
    case 'End':
      next = buttons.at(-1);
      break;
    case 'ArrowUp':
    case 'ArrowDown': {
      const rows = [...body.children];
      const target = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
      next = target ? inRow(target)[index] : undefined;
      break;
    }
    default:
      return false;
  }
  if (!next) return false;
  next.focus();
  return true;
}
