import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

type JsxElement = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

/**
 * Reads a JSX element's attributes as plain values: `id="x"` → "x", `unit={false}` → false,
 * `n={3}` → 3. Spread attributes and other expressions are reported as unsupported.
 */
export function readJsxAttributes(node: JsxElement): {
	values: Record<string, string | boolean | number>;
	unsupported: string[];
} {
	const values: Record<string, string | boolean | number> = {};
	const unsupported: string[] = [];
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute') {
			unsupported.push('{...spread}');
			continue;
		}
		const { name, value } = attr;
		if (value === null || value === undefined) values[name] = true;
		else if (typeof value === 'string') values[name] = value;
		else {
			const expression = value.value.trim();
			if (expression === 'true' || expression === 'false') values[name] = expression === 'true';
			else if (/^-?\d+(\.\d+)?$/.test(expression)) values[name] = Number(expression);
			else if (/^(["'`]).*\1$/.test(expression)) values[name] = expression.slice(1, -1);
			else unsupported.push(`${name}={${expression}}`);
		}
	}
	return { values, unsupported };
}
