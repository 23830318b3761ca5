import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * On narrow screens Starlight lets wide Markdown tables scroll sideways (display: block;
 * overflow: auto). A scrolling area must be reachable by keyboard (WCAG 2.1.1; axe rule
 * scrollable-region-focusable), so each table in page content joins the Tab order.
 */
export const keyboardScrollableTables: HastPluginEntry = () =>
	defineHastPlugin({
		name: 'keyboard-scrollable-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
			},
		},
	});
