import { htmlToHast } from 'satteri';
import type { Element, Root, RootContent } from 'hast';

/**
 * Built pages read with an HTML parser (Sätteri's, the one that already parses our Markdown), not
 * with patterns: attributes come unescaped however they are quoted, and script bodies, style bodies
 * and comments never pass for markup. Used by the link check, the CSP hashes and the page weights.
 */
export function parseHtmlDocument(html: string): Root {
	return htmlToHast(html) as unknown as Root;
}

/** Every element below `node`, in document order (a <template>'s content included). */
export function elementsOf(node: Root | Element): Element[] {
	const found: Element[] = [];
	const visit = (children: RootContent[]) => {
		for (const child of children) {
			if (child.type !== 'element') continue;
			found.push(child);
			visit(child.children);
		}
	};
	visit(node.children);
	return found;
}

/**
 * An attribute's value by its hast property name (`href`, `httpEquiv`, `srcSet`, `xLinkHref`), or
 * undefined when the element lacks it. Token lists (class, rel) read as one space-separated string.
 */
export function attributeOf(element: Element, property: string): string | undefined {
	const value = element.properties[property];
	if (value === undefined || value === null || value === false) return undefined;
	if (value === true) return '';
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** True when a token-list attribute (`rel`, `class`) holds `token`, ASCII case-insensitively. */
export function hasToken(element: Element, property: string, token: string): boolean {
	const value = attributeOf(element, property);
	return value !== undefined && value.toLowerCase().split(/\s+/).includes(token.toLowerCase());
}

/** The text inside an element as written: a script's or a style's body. */
export function textOf(element: Element): string {
	return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
