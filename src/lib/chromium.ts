import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';

const usualLocations = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Path of a system Chromium, or undefined. CHROMIUM_PATH, when set, is the only place looked at
 * (so `CHROMIUM_PATH=none` means "no browser"); otherwise the usual Debian/Ubuntu locations.
 * Playwright's own browser downloads are not used.
 */
export function findChromium(): string | undefined {
	const configured = process.env.CHROMIUM_PATH;
	if (configured) return existsSync(configured) ? configured : undefined;
	return usualLocations.find((p) => existsSync(p));
}

/** Headless launch settings shared by the diagram renderer and the browser tests. */
export function chromiumLaunchOptions(executablePath: string): LaunchOptions {
	return {
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
	};
}

/**
 * Launches the system Chromium headless, for the diagram renderer, the browser tests, the benchmark
 * and screenshots. Throws, saying how to install one, when there is none.
 */
export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) {
		throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
	}
	const { chromium } = await import('playwright-core');
	return chromium.launch(chromiumLaunchOptions(executablePath));
}
