/**
 * Copying a snippet: to the clipboard when the browser allows it, else the snippet's text is
 * selected so the user copies it with the keyboard.
 */

/** What happened: `copied` to the clipboard, or the text of `fallback` is `selected`. */
export type CopyOutcome = 'copied' | 'selected';

export async function copyText(text: string, fallback: HTMLElement): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    document.getSelection()?.selectAllChildren(fallback);
    fallback.focus();
    return 'selected';
  }
}
