import { css } from 'lit';

/** `<as-news>` styles (on top of the shared tokens and snippets). */
export const newsStyles = css`
  :host {
    --as-news-max-height: none;
  }
  .header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--as-space-2);
    padding: var(--as-space-2) var(--as-space-3);
    border-bottom: 1px solid var(--as-border);
  }
  .header h2 {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow: auto;
    max-height: var(--as-news-max-height);
  }
  li + li {
    border-top: 1px solid var(--as-border);
  }
  article {
    padding: var(--as-space-2) var(--as-space-3);
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  h3 {
    margin: 0;
    font-size: var(--as-font-size);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  h3 a {
    color: var(--as-text);
    text-decoration: none;
  }
  h3 a:hover {
    color: var(--as-accent);
    text-decoration: underline;
  }
  .meta {
    color: var(--as-muted);
    font-size: var(--as-font-size-small);
    display: flex;
    flex-wrap: wrap;
    gap: var(--as-space-1);
  }
  .preview {
    margin: 0;
    color: var(--as-muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  @container (max-width: 359px) {
    .preview {
      display: none;
    }
    article,
    .header {
      padding-inline: var(--as-space-2);
    }
  }
`;
