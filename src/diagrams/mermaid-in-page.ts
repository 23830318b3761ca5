/**
 * The half of the Mermaid renderer that runs inside the browser page (src/diagrams/render-mermaid.ts
 * passes `renderInPage` to Playwright's page.evaluate, so it must not use anything from this module's scope).
 */

export interface InPageResult {
	syntaxError?: string;
	/** The wrapping width the labels were laid out with (never narrower than the widest word). */
	wrappingWidth?: number;
	unthemed?: string[];
	svg?: string;
	mermaidBytes?: number;
	title?: string;
	description?: string;
}

export interface MermaidWindow {
	mermaid: {
		initialize(config: unknown): void;
		parse(source: string): Promise<unknown>;
		render(id: string, source: string): Promise<{ svg: string }>;
	};
}

/**
 * Runs inside the page: renders, drops unused markers/filters/gradients and every style rule that
 * matches nothing, checks that every painted colour is a palette sentinel colour (theme.ts), and makes the SVG an
 * image for assistive technology (role="img" named by its <title>/<desc>).
 */
export async function renderInPage({
	domId,
	source,
	sentinels,
	config,
	flowchart,
}: {
	domId: string;
	source: string;
	sentinels: string[];
	/** The base Mermaid configuration (theme.ts) */
	config: Record<string, unknown>;
	/** This layout's flowchart spacing and wrapping width (layouts.ts) */
	flowchart: { wrappingWidth: number; nodeSpacing: number; rankSpacing: number; padding: number };
}): Promise<InPageResult> {
	const { mermaid } = window as unknown as MermaidWindow;
	const host = document.getElementById('host')!;
	host.replaceChildren();
	// Mermaid cuts a word that is wider than the wrapping width ("menguntungk / an"): widen the width
	// to the widest word of the source (measured in the label font), so labels break only at spaces.
	const fontSize = Number.parseFloat(String((config.themeVariables as { fontSize?: string }).fontSize ?? '16'));
	const context = document.createElement('canvas').getContext('2d')!;
	context.font = `${fontSize}px ${String(config.fontFamily)}`;
	const words = source
		.split('\n')
		.filter((line) => !/^\s*(acc(Title|Descr)|flowchart|graph)\b/.test(line))
		.join(' ')
		.replace(/<br\s*\/?>|[[\]{}()"|;]/g, ' ')
		.split(/\s+/)
		.filter((word) => word && !/^[-.=<>ox]+$/.test(word));
	const widestWord = Math.ceil(Math.max(0, ...words.map((word) => context.measureText(word).width)));
	const wrappingWidth = Math.max(flowchart.wrappingWidth, widestWord + 8);
	mermaid.initialize({ ...config, flowchart: { ...(config.flowchart as object), ...flowchart, wrappingWidth } });
	try {
		await mermaid.parse(source);
	} catch (error) {
		document.getElementById(`d${domId}`)?.remove();
		return { syntaxError: error instanceof Error ? error.message : String(error) };
	}
	const { svg } = await mermaid.render(domId, source);
	host.innerHTML = svg;
	const root = host.querySelector('svg')!;

	// Definitions nothing points at (Mermaid emits every marker kind a diagram type might use).
	const markup = root.outerHTML;
	for (const def of Array.from(
		root.querySelectorAll(
			'marker[id], filter[id], linearGradient[id], radialGradient[id], pattern[id], clipPath[id], symbol[id]',
		),
	)) {
		if (!markup.includes(`#${def.id})`) && !markup.includes(`#${def.id}"`)) def.remove();
	}
	for (const defs of Array.from(root.querySelectorAll('defs'))) if (!defs.children.length) defs.remove();
	for (const el of Array.from(root.querySelectorAll('[style=""]'))) el.removeAttribute('style');
	// Geometry to 0.01 px: invisible at any zoom, and path data is a large share of the bytes.
	const geometry = new Set([
		'd',
		'points',
		'transform',
		'x',
		'y',
		'x1',
		'x2',
		'y1',
		'y2',
		'cx',
		'cy',
		'r',
		'rx',
		'ry',
		'width',
		'height',
	]);
	for (const el of Array.from(root.querySelectorAll('*'))) {
		for (const attr of Array.from(el.attributes)) {
			if (geometry.has(attr.name)) {
				attr.value = attr.value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
			}
		}
	}

	// Style rules: keep only the selectors that match an element of this diagram.
	const matches = (selector: string): boolean => {
		const testable = selector.replace(/::?(?:hover|focus(?:-visible|-within)?|active|visited|before|after)\b/g, '');
		try {
			return !!root.querySelector(testable) || root.matches(testable);
		} catch {
			return true;
		}
	};
	for (const style of Array.from(root.querySelectorAll('style'))) {
		const kept: string[] = [];
		const animations = new Set<string>();
		const rules = Array.from(style.sheet?.cssRules ?? []);
		for (const rule of rules) {
			if (!(rule instanceof CSSStyleRule)) continue;
			const selectors = rule.selectorText
				.split(',')
				.map((s) => s.trim())
				.filter(matches);
			if (!selectors.length || !rule.style.length) continue;
			const declarations = rule.style.cssText.replace(/:\s+/g, ':').replace(/;\s*/g, ';');
			kept.push(`${selectors.join(',')}{${declarations}}`);
			if (rule.style.animationName && rule.style.animationName !== 'none') animations.add(rule.style.animationName);
		}
		for (const rule of rules) {
			if (rule instanceof CSSKeyframesRule && animations.has(rule.name)) kept.push(rule.cssText.replace(/\s+/g, ' '));
		}
		style.textContent = kept.join('');
	}

	// Every colour the browser would paint must be a sentinel colour, or the theme switch would miss it.
	const allowed = new Set([...sentinels, 'none', 'transparent', 'rgba(0, 0, 0, 0)']);
	const isThemed = (value: string): boolean => {
		if (allowed.has(value) || value.startsWith('url(')) return true;
		const alpha = /^rgba\((\d+), (\d+), (\d+), [\d.]+\)$/.exec(value);
		return !!alpha && allowed.has(`rgb(${alpha[1]}, ${alpha[2]}, ${alpha[3]})`);
	};
	// Properties that paint, by the elements they paint on (stop-color defaults to black everywhere).
	const painted = (el: Element): string[] => {
		if (!(el instanceof SVGElement)) return ['color', 'background-color', 'border-top-color', 'border-bottom-color'];
		const tag = el.tagName;
		if (tag === 'stop') return ['stop-color'];
		if (tag === 'feFlood' || tag === 'feDropShadow') return ['flood-color'];
		if (tag === 'feDiffuseLighting' || tag === 'feSpecularLighting') return ['lighting-color'];
		return ['fill', 'stroke'];
	};
	const unthemed = new Set<string>();
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (el.closest('title, desc, style')) continue;
		const computed = getComputedStyle(el);
		for (const property of painted(el)) {
			const value = computed.getPropertyValue(property);
			if (value && !isThemed(value)) {
				const what = `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}>`;
				unthemed.add(`${property} ${value} on ${what}`);
			}
		}
	}
	if (unthemed.size) return { unthemed: [...unthemed].slice(0, 5) };

	// Data attributes serve Mermaid's client-side interactivity, which a static SVG does not have.
	const css = Array.from(root.querySelectorAll('style'), (style) => style.textContent).join('');
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		for (const attr of Array.from(el.attributes)) {
			if (attr.name.startsWith('data-') && !css.includes(`[${attr.name}`)) el.removeAttribute(attr.name);
		}
	}

	root.setAttribute('role', 'img');
	root.removeAttribute('aria-roledescription');
	root.removeAttribute('style');
	const box = root.viewBox.baseVal;
	root.setAttribute('width', String(Math.ceil(box.width)));
	root.setAttribute('height', String(Math.ceil(box.height)));
	const serialised = new XMLSerializer().serializeToString(root);
	return {
		svg: serialised,
		wrappingWidth,
		mermaidBytes: new TextEncoder().encode(svg).length,
		title: root.querySelector(':scope > title')?.textContent ?? '',
		description: root.querySelector(':scope > desc')?.textContent ?? '',
	};
}
