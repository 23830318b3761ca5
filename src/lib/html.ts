/** Escapes text for use in HTML text and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A visible ✕ that closes the popover `popoverId` (HTML popover API, no JavaScript). */
export function popoverCloseButtonHtml(popoverId: string, label: string): string {
	return `<button type="button" class="popover-close" popovertarget="${popoverId}" popovertargetaction="hide" aria-label="${escapeHtml(label)}">✕</button>`;
}
