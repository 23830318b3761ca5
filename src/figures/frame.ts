import { escapeXml } from './xml.ts';
import { figureFontFamily } from './fonts.ts';
import { readPalettes } from './palette.ts';

/** Splits text into lines of at most `max` characters at spaces. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * A figure framed for slides: title on top, the graphic, then the source line and the link, all
 * drawn as SVG text in the light palette on an opaque background. Used for charts and diagrams.
 */
export function framedSvg(options: {
	title: string;
	body: string;
	bodyWidth: number;
	bodyHeight: number;
	footer: string[];
	link?: string | undefined;
}): string {
	const palette = readPalettes().light;
	const pad = 16;
	const width = Math.ceil(Math.max(options.bodyWidth + 2 * pad, 480));
	const titleSize = 17;
	const small = 12;
	const titleLines = wrapText(options.title, Math.floor((width - 2 * pad) / (titleSize * 0.62)));
	const footerLines = options.footer.flatMap((f) => wrapText(f, Math.floor((width - 2 * pad) / (small * 0.6))));
	const top = pad + titleLines.length * (titleSize + 5) + 8;
	const bodyY = top;
	const footY = bodyY + options.bodyHeight + 14;
	const linkLines = options.link ? 1 : 0;
	const height = Math.ceil(footY + (footerLines.length + linkLines) * (small + 5) + pad);
	const text = (lines: string[], y0: number, size: number, step: number, extra = '') =>
		lines
			.map((l, i) => `<text x="${pad}" y="${y0 + i * step}" font-size="${size}"${extra}>${escapeXml(l)}</text>`)
			.join('');
	const bodyX = (width - options.bodyWidth) / 2;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${figureFontFamily}, sans-serif">` +
		`<title>${escapeXml(options.title)}</title>` +
		`<rect width="100%" height="100%" fill="${palette.bg}"/>` +
		`<g fill="${palette.text}">` +
		text(titleLines, pad + titleSize, titleSize, titleSize + 5, ' font-weight="bold"') +
		`</g>` +
		`<g transform="translate(${bodyX},${bodyY})">${options.body}</g>` +
		`<g fill="${palette.text}">` +
		text(footerLines, footY + small, small, small + 5) +
		(options.link
			? text([options.link], footY + small + footerLines.length * (small + 5), small, 0, ' font-weight="bold"')
			: '') +
		`</g></svg>`
	);
}
