import QRCode from 'qrcode';
import { basePath, type Lang } from '../site.config.ts';
import { localePrefix } from '../lib/locale.ts';

/** A QR code for a URL as a standalone SVG (black on white, 4-module quiet zone, error correction M). */
export function qrCodeSvg(url: string): Promise<string> {
	return QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' },
	});
}

/** Site path of a short link's QR code: /qr/<key>.svg (English) or /id/qr/<key>.svg. */
export function qrCodeHref(key: string, lang: Lang): string {
	return `${basePath}${localePrefix(lang)}/qr/${key}.svg`;
}

/** The same QR code as a PNG (16 px per module, about 650 px square), for slide tools that do not take SVG. */
export function qrCodePng(url: string): Promise<Buffer> {
	return QRCode.toBuffer(url, {
		type: 'png',
		errorCorrectionLevel: 'M',
		margin: 4,
		scale: 16,
		color: { dark: '#000000', light: '#ffffff' },
	});
}

/** Site path of the PNG: /qr/<key>.png (English) or /id/qr/<key>.png. */
export function qrCodePngHref(key: string, lang: Lang): string {
	return `${basePath}${localePrefix(lang)}/qr/${key}.png`;
}
