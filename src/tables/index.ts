import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element, ElementContent } from 'hast';

/**
 * Tables that work on a phone. Starlight lets wide tables scroll sideways; a scrolling area must be
 * reachable by keyboard (WCAG 2.1.1), so every table joins the Tab order, and CSS shades the edge
 * that has more to show. Tables too wide for a phone at any wrapping (three or more columns and
 * long rows) are marked `stack-narrow`: below 50rem each row becomes a card whose cells carry their
 * column's header as a label (`data-label`), so no column is hidden off-screen.
 */
const stackAboveCharacters = 60;

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	// Citation tips and glossary definitions are not part of what a cell shows.
	if (node.properties?.popover !== undefined) return '';
	return node.children.map(textOf).join('');
}

const elementChildren = (node: Element, tagName: string) =>
	node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);

function rowsOf(table: Element): Element[] {
	return [...elementChildren(table, 'thead'), ...elementChildren(table, 'tbody'), table].flatMap((group) =>
		elementChildren(group, 'tr'),
	);
}

export const responsiveTables: HastPluginEntry = () =>
	defineHastPlugin({
		name: 'responsive-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
				const rows = rowsOf(node);
				const header = rows[0]?.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'th');
				if (!header || header.length < 3) return;
				const widest = header.map((_, col) =>
					Math.max(
						...rows.map((row) => {
							const cell = row.children.filter((c): c is Element => c.type === 'element')[col];
							return cell ? textOf(cell).trim().length : 0;
						}),
					),
				);
				if (widest.reduce((a, b) => a + b, 0) <= stackAboveCharacters) return;
				const labels = header.map((th) => textOf(th).trim());
				ctx.setProperty(node, 'className', [...((node.properties?.className as string[]) ?? []), 'stack-narrow']);
				for (const row of rows.slice(1)) {
					row.children
						.filter((c): c is Element => c.type === 'element' && c.tagName === 'td')
						.forEach((td, col) => {
							if (labels[col]) ctx.setProperty(td, 'dataLabel', labels[col]);
						});
				}
			},
		},
	});
