import QRCode from 'qrcode';
import { bcp47Dates } from '../../lib/bcp47.ts';
import { formatPlain } from '../../lib/format-number.ts';
import { readNumber } from '../fields.ts';
import type { Lang } from '../../site.config.ts';

/**
 * The scenario card: one estimator's inputs and results on a 16:9 slide (1920 × 1080), with what the
 * estimate leaves out, the date, and a QR code that reopens the same scenario. Made in the browser
 * from what the estimator shows, as SVG, and as PNG through a canvas. Loaded on the first click on
 * a card button, so the QR encoder is not part of any page's initial JavaScript.
 */
export interface CardTexts {
	title: string;
	inputs: string;
	results: string;
	leavesOutLabel: string;
	leavesOut: string;
	/** "Scenario of {date}" */
	scenarioOf: string;
	scan: string;
	failed: string;
	/** the rupiah rate and its date, on Indonesian pages of estimators with money */
	rupiahNote?: string;
}

interface Row {
	label: string;
	value: string;
}

export interface Scenario {
	inputs: Row[];
	results: Row[];
}

const width = 1920;
const height = 1080;
const margin = 96;
const font = "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";
const ink = '#1a1a1a';
const muted = '#4d4d4d';
const accent = '#0b5cad';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What the estimator shows now: each input with its label (numbers grouped: 20,000), each result with its label. */
export function readScenario(root: HTMLElement, lang: Lang): Scenario {
	const shown = (c: HTMLInputElement | HTMLSelectElement) => {
		if (c instanceof HTMLSelectElement) return clean(c.selectedOptions[0]?.textContent);
		const read = readNumber(c.value, lang);
		return read.ok ? formatPlain(read.value, lang, 6) : clean(c.value);
	};
	const inputs = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')].map((c) => ({
		label: clean(root.querySelector(`label[for="${c.id}"]`)?.textContent),
		value: shown(c),
	}));
	const results = [...root.querySelectorAll('[data-results] dl dt')].map((dt) => ({
		label: clean(dt.textContent),
		value: clean(dt.nextElementSibling?.textContent),
	}));
	return { inputs, results };
}

const escapeXml = (text: string) =>
	text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

let measureContext: CanvasRenderingContext2D | null | undefined;
/** Width of a text at a font size, measured with the card's font (estimated without a canvas). */
function textWidth(text: string, size: number, bold = false): number {
	measureContext ??= document.createElement('canvas').getContext('2d');
	if (!measureContext) return text.length * size * 0.55;
	measureContext.font = `${bold ? 'bold ' : ''}${size}px ${font}`;
	return measureContext.measureText(text).width;
}

/** Breaks a text into lines no wider than `max` pixels. */
function wrap(text: string, size: number, max: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size, bold) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

interface TextOptions {
	size: number;
	color?: string;
	bold?: boolean;
	anchor?: 'start' | 'end';
}
const text = (x: number, y: number, content: string, o: TextOptions) =>
	`<text x="${x}" y="${y.toFixed(1)}" font-size="${o.size}"${o.bold ? ' font-weight="700"' : ''} fill="${o.color ?? ink}"${
		o.anchor === 'end' ? ' text-anchor="end"' : ''
	}>${escapeXml(content)}</text>`;

/** The QR code as one SVG path of dark modules, `size` pixels square including its quiet zone. */
function qrPath(url: string, x: number, y: number, size: number): string {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	const quiet = 4;
	const cell = size / (modules.size + 2 * quiet);
	let d = '';
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
		}
	}
	return `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="#ffffff"/><path transform="translate(${x} ${y}) scale(${cell})" fill="#000000" d="${d}"/>`;
}

/** The card as a standalone SVG document. */
export function scenarioCardSvg(texts: CardTexts, lang: Lang, url: string, scenario: Scenario, date: Date): string {
	const parts: string[] = [];
	const qrSize = 264;
	const qrX = width - margin - qrSize;
	const qrY = 40;
	const dateText = new Intl.DateTimeFormat(bcp47Dates[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(
		date,
	);

	// Header: title and date on the left, the QR code and what it does on the right.
	const titleSize = 60;
	const oneLine = textWidth(texts.title, titleSize, true) <= qrX - margin - 40;
	const titleLines = oneLine ? [texts.title] : wrap(texts.title, titleSize, qrX - margin - 480, true);
	titleLines.forEach((line, i) => parts.push(text(margin, 128 + i * 68, line, { size: titleSize, bold: true })));
	const afterTitle = 128 + (titleLines.length - 1) * 68;
	parts.push(text(margin, afterTitle + 52, texts.scenarioOf.replace('{date}', dateText), { size: 32, color: muted }));
	parts.push(qrPath(url, qrX, qrY, qrSize));
	const scanLines = wrap(texts.scan, 24, 420);
	scanLines.forEach((line, i) =>
		parts.push(
			text(qrX - 16, qrY + qrSize - 20 - (scanLines.length - 1 - i) * 30, line, {
				size: 24,
				color: muted,
				anchor: 'end',
			}),
		),
	);

	// Columns: inputs (label, value) on the left, results (label over a large value) on the right.
	const top = 360;
	const footerTop = 872;
	const split = 1120;
	const inputsRight = split - 64;
	parts.push(text(margin, top - 40, texts.inputs, { size: 34, bold: true, color: accent }));
	parts.push(text(split, top - 40, texts.results, { size: 34, bold: true, color: accent }));

	const layoutInputs = (size: number) => {
		const out: string[] = [];
		let y = top;
		for (const row of scenario.inputs) {
			const valueWidth = Math.min(textWidth(row.value, size, true), 420);
			const labels = wrap(row.label, size, inputsRight - margin - valueWidth - 24);
			labels.forEach((line, i) => out.push(text(margin, y + i * size * 1.25, line, { size, color: muted })));
			out.push(text(inputsRight, y, row.value, { size, bold: true, anchor: 'end' }));
			y += labels.length * size * 1.25 + size * 0.45;
		}
		return { out, bottom: y };
	};
	let inputs = layoutInputs(28);
	for (let size = 26; inputs.bottom > footerTop - 8 && size >= 18; size -= 2) inputs = layoutInputs(size);
	parts.push(...inputs.out);

	const resultsWidth = width - margin - split;
	const layoutResults = (size: number) => {
		const out: string[] = [];
		const labelSize = Math.round(size * 0.65);
		let y = top; // the baseline of the next line
		for (const row of scenario.results) {
			for (const line of wrap(row.label, labelSize, resultsWidth)) {
				out.push(text(split, y, line, { size: labelSize, color: muted }));
				y += labelSize * 1.25;
			}
			y += size * 1.05 - labelSize * 1.25;
			for (const line of wrap(row.value, size, resultsWidth, true)) {
				out.push(text(split, y, line, { size, bold: true }));
				y += size * 1.15;
			}
			y += labelSize * 1.25 + size * 0.55 - size * 1.15;
		}
		return { out, bottom: y - labelSize * 1.25 - size * 0.3 };
	};
	let results = layoutResults(42);
	for (let size = 38; results.bottom > footerTop - 8 && size >= 24; size -= 4) results = layoutResults(size);
	parts.push(...results.out);

	// Footer: what the estimate leaves out, the rupiah rate, the address.
	parts.push(`<rect x="${margin}" y="${footerTop}" width="${width - 2 * margin}" height="2" fill="${accent}"/>`);
	let fy = footerTop + 44;
	const leaves = wrap(`${texts.leavesOutLabel}: ${texts.leavesOut}`, 24, width - 2 * margin);
	for (const line of leaves.slice(0, 3)) {
		parts.push(text(margin, fy, line, { size: 24 }));
		fy += 32;
	}
	const address = url.replace(/^https?:\/\//, '').replace(/\?.*$/, '');
	const footnote = [texts.rupiahNote, address].filter(Boolean).join(' · ');
	for (const line of wrap(footnote, 22, width - 2 * margin)) {
		if (fy > height - 24) break;
		parts.push(text(margin, fy, line, { size: 22, color: muted }));
		fy += 30;
	}

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
		`<title>${escapeXml(`${texts.title}: ${texts.scenarioOf.replace('{date}', dateText)}`)}</title>`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		...parts,
		'</svg>',
	].join('\n');
}

function toPng(svg: string): Promise<Blob> {
	return new Promise((resolve, reject) => {
		const image = new Image(width, height);
		image.onload = () => {
			const canvas = document.createElement('canvas');
			canvas.width = width;
			canvas.height = height;
			const context = canvas.getContext('2d');
			if (!context) return reject(new Error('no 2D canvas'));
			context.drawImage(image, 0, 0, width, height);
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
		};
		image.onerror = () => reject(new Error('the card SVG did not load'));
		image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	});
}

/** Makes the card of what `root` shows and downloads it as `<estimator>-scenario.png` or `.svg`. */
export async function downloadScenarioCard(
	root: HTMLElement,
	texts: CardTexts,
	lang: Lang,
	url: string,
	format: 'png' | 'svg',
): Promise<void> {
	const svg = scenarioCardSvg(texts, lang, url, readScenario(root, lang), new Date());
	const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await toPng(svg);
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = `${root.dataset.estimator ?? 'estimator'}-scenario.${format}`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
