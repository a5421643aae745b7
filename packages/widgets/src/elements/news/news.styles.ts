import { css } from 'lit';

/** `<as-news>` styles (on top of the shared tokens and snippets). */
export const newsStyles = css`
  .header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_as-space-2);
    padding: var(--_as-space-2) var(--_as-space-3);
    border-bottom: 1px solid var(--_as-border);
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
    max-height: var(--as-news-max-height, none);
  }
  li + li {
    border-top: 1px solid var(--_as-border);
  }
  article {
    padding: var(--_as-space-2) var(--_as-space-3);
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  h3 {
    margin: 0;
    font-size: var(--_as-font-size);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  h3 a {
    color: var(--_as-text);
    text-decoration: none;
  }
  h3 a:hover {
    color: var(--_as-accent);
    text-decoration: underline;
  }
  .meta {
    color: var(--_as-muted);
    font-size: var(--_as-font-size-small);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_as-space-1);
  }
  .preview {
    margin: 0;
    color: var(--_as-muted);
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
      padding-inline: var(--_as-space-2);
    }
  }
`;
