import { strToU8 } from 'fflate';
import { tracks } from '../navigation/index.ts';
import { listCharts } from '../charts/index.ts';
import { boardBriefingFigures, boardBriefingFile, type FigureRef } from '../slide-kit/index.ts';
import { uiString } from '../i18n/index.ts';
import { langs, localeDir, localePrefix } from '../lib/locale.ts';
import { bcp47 } from '../lib/bcp47.ts';
import { basePath, siteTitle, type Lang } from '../site.config.ts';
import { deckFigure, figureContext, type DeckFigure, type FigureContext } from './figures.ts';
import { headlineNumbers } from './takeaways.ts';
import { writeSlides } from './slides.ts';
import { splitDeck, zipDeck } from './parts.ts';

/**
 * Every deck of the site, per language: the board briefing (content/decks/board-briefing.yaml) and
 * one deck per track (its charts and diagrams, and the key numbers its pages list under "Key
 * takeaways"), plus the parts the deck builder assembles in the browser.
 */

export interface DeckListing {
	lang: Lang;
	/** "board-briefing" or the track's folder */
	key: string;
	/** the deck's title (in the file) */
	title: string;
	/** how the slide kit lists it: the board briefing's title, or the track's name */
	label: string;
	/** site path, base path included */
	href: string;
	/** the name the file is saved under: language and content date included */
	fileName: string;
	slides: number;
	bytes: number;
}

export interface BuiltDecks {
	decks: DeckListing[];
	/** dist/-relative path → bytes: the decks and the deck builder's parts */
	files: Map<string, Uint8Array>;
}

/** dist/-relative folder of a language's decks: decks/ or id/decks/ */
export const decksDir = (lang: Lang) => `${localeDir(lang)}decks/`;
/** site path of the deck builder's parts: /decks/parts/ or /id/decks/parts/ */
export const partsPath = (lang: Lang) => `${basePath}${localePrefix(lang)}/decks/parts/`;
/** name of a figure's part (and prefix of its pictures): chart-frontier-training-cost */
export const partName = (figure: FigureRef) => `${figure.kind}-${figure.id}`;

function trackFigures(
	track: string,
	lang: Lang,
	context: FigureContext,
	figures: Map<string, DeckFigure>,
): DeckFigure[] {
	const pages = context.pages
		.filter((p) => p.lang === lang && p.track === track)
		.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path));
	return pages.flatMap((page) => {
		const headline = new Set(headlineNumbers(page).map((n) => n.id));
		return [...figures.values()]
			.filter((f) => f.page === page && (f.kind !== 'number' || headline.has(f.id)))
			.sort((a, b) => a.line - b.line);
	});
}

async function decksIn(lang: Lang, context: FigureContext, created: string): Promise<BuiltDecks> {
	const refs: FigureRef[] = [
		...new Set([
			...context.diagrams.filter((d) => d.lang === lang).map((d) => `diagram:${d.id}`),
			...listCharts()
				.filter((c) => c.lang === lang)
				.map((c) => `chart:${c.id}`),
			...[...context.numberUses[lang].keys()].map((id) => `number:${id}`),
		]),
	].map((key) => ({ kind: key.split(':')[0] as FigureRef['kind'], id: key.slice(key.indexOf(':') + 1) }));
	const figures = new Map<string, DeckFigure>();
	for (const ref of refs) {
		const figure = await deckFigure(ref, lang, context);
		if (figure) figures.set(partName(ref), figure);
	}
	const all = [...figures.values()];
	const author = siteTitle[lang];
	const { shell, parts, media } = splitDeck(
		await writeSlides(all, author, author),
		all.map(partName),
		created,
		bcp47[lang],
	);
	const partOf = new Map(all.map((f, i) => [partName(f), parts[i]!]));

	const board = boardBriefingFigures().map((ref) => {
		const figure = figures.get(partName(ref));
		if (!figure) {
			throw new Error(
				`${boardBriefingFile}: "${ref.id}" is not a ${ref.kind} shown on any ${lang === 'en' ? 'English' : 'Indonesian'} page. Use a chart id from content/charts/, a diagram's fence id or a key number id from content/numbers/ that a page quotes, with the matching kind.`,
			);
		}
		return figure;
	});
	const plans = [
		{
			key: 'board-briefing',
			title: uiString(lang, 'site.decks.boardBriefing'),
			label: uiString(lang, 'site.decks.boardBriefing'),
			figures: board,
		},
		...tracks.map((t) => ({
			key: t.directory,
			title: `${siteTitle[lang]}: ${t.label[lang]}`,
			label: t.label[lang],
			figures: trackFigures(t.directory, lang, context, figures),
		})),
	].filter((plan) => plan.figures.length > 0);

	const files = new Map<string, Uint8Array>();
	const decks = plans.map((plan) => {
		const bytes = zipDeck(
			shell,
			plan.figures.map((f) => partOf.get(partName(f))!),
			media,
			plan.title,
			created,
		);
		const file = `${decksDir(lang)}${plan.key}-${lang}.pptx`;
		files.set(file, bytes);
		return {
			lang,
			key: plan.key,
			title: plan.title,
			label: plan.label,
			href: `${basePath}/${file}`,
			fileName: `${plan.key}_${lang}_${created}.pptx`,
			slides: plan.figures.length,
			bytes: bytes.length,
		};
	});
	// the deck builder's parts: the shared package, one JSON per figure, its pictures
	files.set(`${decksDir(lang)}parts/shell.json`, strToU8(JSON.stringify(shell)));
	for (const [name, part] of partOf) files.set(`${decksDir(lang)}parts/${name}.json`, strToU8(JSON.stringify(part)));
	for (const [name, bytes] of media) files.set(`${decksDir(lang)}parts/media/${name}`, bytes);
	return { decks, files };
}

/** Both languages' decks and parts; `created` (YYYY-MM-DD) dates the files. */
export async function buildDecks(): Promise<BuiltDecks> {
	const context = figureContext();
	const created = context.pages
		.map((p) => p.lastReviewed ?? '')
		.sort()
		.at(-1)!;
	const built: BuiltDecks = { decks: [], files: new Map() };
	for (const lang of langs) {
		const { decks, files } = await decksIn(lang, context, created);
		built.decks.push(...decks);
		for (const [file, bytes] of files) built.files.set(file, bytes);
	}
	return built;
}
