import type { Lang } from '../../site.config.ts';
import { formatPlain } from '../../lib/format-number.ts';
import { validate, toInputText, type MessageTemplates, type NumberField } from '../fields.ts';
import type { CardTexts } from './scenario-card.ts';

/**
 * Makes one estimator live: reads its inputs from the URL query (keys prefixed per estimator, so
 * several share a page), validates each input inline, recomputes on every change, fills the result
 * bar, writes the inputs back to the URL once the reader has changed one, announces the result
 * politely, and offers "copy link to this scenario" and the scenario card (its code, with the QR
 * encoder, loads on the first click). The HTML (labels, worked example, messages) comes from the
 * page; this only fills values in.
 */
export interface Preset {
	values: Record<string, number | string>;
}

export interface EstimatorConfig {
	prefix: string;
	lang: Lang;
	messages: MessageTemplates;
	presets: Record<string, Preset>;
	/** rupiah per US dollar, on Indonesian pages of estimators with money in their results */
	rupiah?: number;
	/** the scenario card's texts in the page's language */
	card: CardTexts;
	[extra: string]: unknown;
}

export type Values = Record<string, number | string>;

export interface EstimatorDefinition<C extends EstimatorConfig> {
	fields: Record<string, NumberField>;
	compute(values: Values, config: C, root: HTMLElement): Record<string, string>;
}

export function mountAll<C extends EstimatorConfig>(name: string, definition: EstimatorDefinition<C>) {
	for (const root of document.querySelectorAll<HTMLElement>(`[data-estimator="${name}"]`)) mount(root, definition);
}

function mount<C extends EstimatorConfig>(root: HTMLElement, definition: EstimatorDefinition<C>) {
	const config = JSON.parse(root.dataset.config ?? '{}') as C;
	const { prefix, lang } = config;
	const fieldsByKey = new Map(Object.values(definition.fields).map((f) => [f.key, f]));
	const controls = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')];
	const control = (key: string) => controls.find((c) => c.dataset.key === key);
	const presetSelect = control('preset') as HTMLSelectElement | undefined;
	const status = root.querySelector<HTMLElement>('[data-status]');
	const results = root.querySelector<HTMLElement>('[data-results]');
	const invalidNote = root.querySelector<HTMLElement>('[data-invalid-note]');
	const bar = root.querySelector<HTMLElement>('[data-bar]');
	const format = (n: number) => formatPlain(n, lang, 6);

	const setValue = (key: string, value: number | string) => {
		const c = control(key);
		if (c) c.value = typeof value === 'number' ? toInputText(value, lang) : value;
	};

	// Restore a scenario from the URL.
	const query = new URLSearchParams(location.search);
	let fromUrl = false;
	for (const c of controls) {
		const value = query.get(`${prefix}.${c.dataset.key}`);
		if (value === null) continue;
		fromUrl = true;
		if (c instanceof HTMLSelectElement) {
			if ([...c.options].some((o) => o.value === value)) c.value = value;
		} else {
			const field = fieldsByKey.get(c.dataset.key!);
			c.value = field && /^-?[\d.e+]+$/i.test(value) ? toInputText(Number(value), lang) : value;
		}
	}
	if (fromUrl && presetSelect && !query.has(`${prefix}.preset`)) presetSelect.value = 'custom';

	const readValues = (): Values | undefined => {
		const values: Values = {};
		let valid = true;
		for (const c of controls) {
			const key = c.dataset.key!;
			const field = fieldsByKey.get(key);
			if (!field) {
				values[key] = c.value;
				continue;
			}
			const parsed = validate(c.value, field, config.messages, lang, format);
			const error = root.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
			if (parsed.ok) {
				values[key] = parsed.value;
				c.removeAttribute('aria-invalid');
				if (error) error.textContent = '';
			} else {
				valid = false;
				c.setAttribute('aria-invalid', 'true');
				if (error) error.textContent = parsed.message;
			}
		}
		return valid ? values : undefined;
	};

	/** The page with this estimator's inputs only, opened at the estimator: what the link and the QR carry. */
	let lastValues: Values | undefined;
	const scenarioUrl = () => {
		const url = new URL(location.pathname, location.href);
		for (const c of controls) {
			const key = `${prefix}.${c.dataset.key}`;
			const value = lastValues ? String(lastValues[c.dataset.key!]) : query.get(key);
			if (value !== null) url.searchParams.set(key, value);
		}
		url.hash = root.id;
		return url.href;
	};

	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	const update = (announce: boolean) => {
		const values = readValues();
		const preset = presetSelect?.value ?? '';
		for (const el of root.querySelectorAll<HTMLElement>('[data-when-preset]')) {
			el.hidden = el.dataset.whenPreset !== preset;
		}
		if (invalidNote) invalidNote.hidden = values !== undefined;
		if (results) results.dataset.stale = values ? 'false' : 'true';
		root.dataset.stale = values ? 'false' : 'true';
		if (!values) return;
		lastValues = values;
		const outputs = definition.compute(values, config, root);
		for (const [key, text] of Object.entries(outputs)) {
			for (const el of root.querySelectorAll<HTMLElement>(`[data-out="${key}"]`)) el.textContent = text;
		}
		const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, k: string) => outputs[k] ?? '');
		if (bar) bar.textContent = fill(bar.dataset.template ?? '');
		if (!announce) return;
		// Once the reader changes something, the URL carries every input of this estimator, so the
		// address bar reproduces the scenario exactly; an untouched page keeps its plain address.
		const url = new URL(location.href);
		for (const c of controls) url.searchParams.set(`${prefix}.${c.dataset.key}`, String(values[c.dataset.key!]));
		history.replaceState(history.state, '', url);
		if (status) {
			clearTimeout(announceTimer);
			const summary = fill(status.dataset.summary ?? '');
			announceTimer = setTimeout(() => (status.textContent = summary), 700);
		}
	};

	// Editing a value a preset sets leaves the preset; the volume of build-or-buy, say, does not.
	const presetKeys = new Set(Object.values(config.presets).flatMap((p) => Object.keys(p.values)));
	root.addEventListener('input', (event) => {
		const target = event.target as HTMLElement;
		if (target === presetSelect) {
			const preset = config.presets[presetSelect.value];
			if (preset) for (const [key, value] of Object.entries(preset.values)) setValue(key, value);
		} else if (presetSelect && presetKeys.has(target.dataset.key ?? '')) {
			presetSelect.value = 'custom';
		}
		update(true);
	});

	const copy = root.querySelector<HTMLButtonElement>('[data-copy-scenario]');
	const copied = root.querySelector<HTMLElement>('[data-copied]');
	if (copy && navigator.clipboard) {
		copy.hidden = false;
		copy.addEventListener('click', async () => {
			await navigator.clipboard.writeText(scenarioUrl());
			if (copied) {
				copied.textContent = '';
				setTimeout(() => (copied.textContent = copied.dataset.message ?? ''), 50);
			}
		});
	}
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-card]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const format = button.dataset.card === 'svg' ? 'svg' : 'png';
			try {
				const { downloadScenarioCard } = await import('./scenario-card.ts');
				await downloadScenarioCard(root, config.card, lang, scenarioUrl(), format);
			} catch (error) {
				console.error(error);
				if (copied) copied.textContent = config.card.failed;
			}
		});
	}
	for (const note of root.querySelectorAll<HTMLElement>('[data-no-js]')) note.hidden = true;
	update(false);
}
