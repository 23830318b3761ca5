import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/** Path of a system Chromium, or undefined. Playwright's own browser downloads are not used. */
export function findChromium(): string | undefined {
	return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * Launches the system Chromium headless. Without one, browser tests fail under CI and are
 * skipped locally with a message saying how to install it.
 */
export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
	}
	return chromium.launch({
		executablePath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

/** For `test(name, { skip: browserSkipReason() }, …)`: never skips under CI. */
export function browserSkipReason(): string | false {
	if (findChromium() || process.env.CI) return false;
	return 'no system Chromium (apt-get install chromium, or set CHROMIUM_PATH)';
}
