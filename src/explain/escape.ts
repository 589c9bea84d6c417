const SPECIAL = /[&<>"']/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for element content or a quoted attribute value. Every string from the input (block text,
 * reasons, titles, custom rule ids) goes through here: the report must be safe for hostile pages.
 */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (c) => ENTITY[c]);
}
