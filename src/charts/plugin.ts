import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { docsRelativePath, langOfPage, sourceLocation } from '../lib/content-files.ts';
import { readJsxAttributes } from '../lib/mdx-attributes.ts';
import { loadCharts } from './data.ts';
import { chartFigureHtml } from './markup.ts';

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

/**
 * Replaces `<Chart id="…" />` in a page with the chart's figure (src/charts/markup.ts), rendered at
 * build time from content/charts/. No import is needed; an unknown id or a bad chart fails the build
 * with the file and line.
 */
export const chartBlocks: MdastPluginEntry = ({ fileURL, source }) => {
	const docsPath = docsRelativePath(fileURL);
	if (!fileURL || !docsPath || !/<Chart\b/.test(source)) return null;
	const lang = langOfPage(docsPath);
	const handle = (node: JsxElement) => {
		if (node.name !== 'Chart') return;
		const where = sourceLocation(fileURL, node.position?.start.line);
		const { values, unsupported } = readJsxAttributes(node);
		if (unsupported.length)
			throw new Error(`${where}: <Chart> takes plain attributes only; remove ${unsupported.join(', ')}.`);
		const extra = Object.keys(values).filter((k) => k !== 'id');
		if (extra.length)
			throw new Error(
				`${where}: <Chart> takes only an id (the chart lives in content/charts/); remove ${extra.join(', ')}.`,
			);
		const id = values['id'];
		if (typeof id !== 'string' || !id) throw new Error(`${where}: <Chart> needs an id: <Chart id="…" />.`);
		const charts = loadCharts();
		const chart = charts.get(id);
		if (!chart) {
			throw new Error(
				`${where}: unknown chart id "${id}". Charts in content/charts/: ${[...charts.keys()].join(', ') || 'none'}.`,
			);
		}
		return { type: 'html' as const, value: chartFigureHtml(chart, lang) };
	};
	return defineMdastPlugin({
		name: 'chart-blocks',
		options: { position: true },
		mdxJsxFlowElement: handle,
		mdxJsxTextElement: handle,
	});
};
