/**
 * A labelled segmented control (one choice of a few: a period, a mode, a filter) built from
 * native radio buttons in a `<fieldset>`, so it is announced as a group with its legend and
 * the arrow keys move the choice. Add `segmentedStyles` to the element's styles.
 */
import { css, html, type TemplateResult } from 'lit';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

export interface SegmentedOptions<T extends string> {
  /** The group's visible legend, e.g. "Period". */
  legend: string;
  /** Radio group name, unique within the element. */
  name: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Hide the legend visually (it stays the group's accessible name). */
  hideLegend?: boolean;
}

/** Renders the control; `part="segmented"` on the fieldset, `part="segment"` on each option (ids `as-seg-<name>-<value>`). */
export function renderSegmented<T extends string>(options: SegmentedOptions<T>): TemplateResult {
  return html`<fieldset class="as-segmented" part="segmented">
    <legend class=${options.hideLegend ? 'as-visually-hidden' : 'as-label'}>
      ${options.legend}
    </legend>
    <div class="segments">
      ${options.options.map(
        (o) =>
          html`<span class="segment" part="segment">
            <input
              type="radio"
              id="as-seg-${options.name}-${o.value}"
              name=${options.name}
              .value=${o.value}
              .checked=${o.value === options.value}
              @change=${() => options.onChange(o.value)}
            /><label for="as-seg-${options.name}-${o.value}">${o.label}</label>
          </span>`,
      )}
    </div>
  </fieldset>`;
}

export const segmentedStyles = css`
  .as-segmented {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .as-segmented legend.as-label {
    padding: 0;
    margin-bottom: 2px;
  }
  .as-segmented .segments {
    display: inline-flex;
    flex-wrap: wrap;
    border: 1px solid var(--_as-border);
    border-radius: var(--_as-radius-small);
    overflow: hidden;
    width: fit-content;
  }
  .as-segmented .segment {
    position: relative;
    display: inline-flex;
  }
  .as-segmented .segment + .segment {
    border-inline-start: 1px solid var(--_as-border);
  }
  .as-segmented input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    pointer-events: none;
  }
  .as-segmented .segment label {
    cursor: pointer;
  }
  .as-segmented .segment label {
    padding: var(--_as-space-1) var(--_as-space-2);
    font-size: var(--_as-font-size-small);
    color: var(--_as-text);
    background: var(--_as-surface);
    min-height: 1.75rem;
    display: inline-flex;
    align-items: center;
  }
  .as-segmented input:checked + label {
    background: var(--_as-accent);
    color: var(--_as-accent-text);
    font-weight: 600;
  }
  .as-segmented input:focus-visible + label {
    outline: 2px solid var(--_as-focus);
    outline-offset: -2px;
  }
`;
