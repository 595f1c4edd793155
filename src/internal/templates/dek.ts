import { html, nothing } from 'lit';

/** The dek (standfirst): `article.description`, as text. */
export function dekTemplate(description: string | undefined) {
  return description ? html`<p part="dek" class="dek" dir="auto">${description}</p>` : nothing;
}
