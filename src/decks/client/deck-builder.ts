import { assembleDeck, type DeckShell, type SlidePart } from './assemble.ts';

/**
 * The slide kit's deck builder: the figures the reader ticks (`input[name="deck-figure"]`, value
 * "<kind>:<id>") become one .pptx, put together in the browser from parts the build wrote to
 * /decks/parts/ (or /id/decks/parts/). The zip library loads only on the first click.
 */

const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

const root = document.querySelector<HTMLElement>('[data-deck-builder]');
const ticks = () => [...document.querySelectorAll<HTMLInputElement>('input[name="deck-figure"]')];

if (root && ticks().length > 0) {
	root.hidden = false;
	const button = root.querySelector('button')!;
	const status = root.querySelector<HTMLElement>('[role="status"]')!;
	const count = root.querySelector<HTMLElement>('[data-deck-count]')!;
	const say = (template: string, n = 0) => template.replace('{{number}}', String(n));
	const ticked = () => [
		...new Set(
			ticks()
				.filter((t) => t.checked)
				.map((t) => t.value),
		),
	];
	const showCount = () => {
		count.textContent = say(root.dataset.count!, ticked().length);
	};
	document.addEventListener('change', (event) => {
		if ((event.target as Element | null)?.matches?.('input[name="deck-figure"]')) showCount();
	});
	showCount();

	const getJson = async <T>(url: string): Promise<T> => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		return (await response.json()) as T;
	};
	const getBytes = async (url: string): Promise<Uint8Array> => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		return new Uint8Array(await response.arrayBuffer());
	};

	button.addEventListener('click', async () => {
		const figures = ticked();
		if (figures.length === 0) {
			status.textContent = root.dataset.none!;
			return;
		}
		const base = root.dataset.parts!;
		button.disabled = true;
		status.textContent = root.dataset.working!;
		try {
			const [shell, parts, { strToU8, zipSync }] = await Promise.all([
				getJson<DeckShell>(`${base}shell.json`),
				Promise.all(figures.map((value) => getJson<SlidePart>(`${base}${value.replace(':', '-')}.json`))),
				import('./zip.ts'),
			]);
			const names = parts.flatMap((part) => part.media);
			const pictures = await Promise.all(names.map((name) => getBytes(`${base}media/${name}`)));
			const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
			for (const [path, text] of assembleDeck(shell, parts, root.dataset.title!)) entries[path] = strToU8(text);
			names.forEach((name, i) => {
				entries[`ppt/media/${name}`] = [pictures[i]!, { level: 0 }];
			});
			const url = URL.createObjectURL(new Blob([zipSync(entries, { level: 6 })], { type: pptxType }));
			const link = document.createElement('a');
			link.href = url;
			link.download = root.dataset.file!;
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(url), 60_000);
			status.textContent = say(root.dataset.done!, parts.length);
		} catch (error) {
			console.error(error);
			status.textContent = root.dataset.failed!;
		} finally {
			button.disabled = false;
		}
	});
}
