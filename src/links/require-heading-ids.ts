import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { docsRelativePath, sourceLocation } from '../lib/content-files.ts';

/**
 * Section ids are what slides and short links point at, so on pages every h2 and h3 must carry an
 * explicit id (`## Heading { #id }`) that survives rewording and translation, and ids must be unique.
 */
export const requireExplicitHeadingIds: HastPluginEntry = ({ fileURL }) => {
	if (!fileURL || !docsRelativePath(fileURL)) return null;
	const seen = new Map<string, number | undefined>();
	return defineHastPlugin({
		name: 'require-explicit-heading-ids',
		options: { position: true },
		element: {
			filter: ['h2', 'h3'],
			visit(node, ctx) {
				const line = node.position?.start.line;
				const where = sourceLocation(fileURL, line);
				const id = node.properties?.id;
				const text = ctx.textContent(node).trim();
				if (typeof id !== 'string' || !id) {
					throw new Error(
						`${where}: heading "${text}" has no explicit id. Add one in English kebab-case, the same in both languages: ## ${text} { #section-id }`,
					);
				}
				if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
					throw new Error(`${where}: section id "${id}" must be English kebab-case (a-z, 0-9 and hyphens).`);
				}
				if (seen.has(id)) {
					const first = seen.get(id);
					throw new Error(
						`${where}: duplicate section id "${id}" (first used${first ? ` on line ${first}` : ''}). Each section id must be unique on its page.`,
					);
				}
				seen.set(id, line);
			},
		},
	});
};
