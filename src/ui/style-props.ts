/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`), also on the first
 * render: `styleMap` then writes a `style` attribute, which a strict CSP (no 'unsafe-inline'
 * in style-src) blocks. Use in an attribute binding: `<td ${styleProps({ background })}>`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class StyleProps extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps must be used as an element binding');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.names = new Set(Object.keys(props));
    return noChange;
  }
}

/** Sets CSS properties (kebab-case names) on the element through the CSSOM. */
export const styleProps = directive(StyleProps);
