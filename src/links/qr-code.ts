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
