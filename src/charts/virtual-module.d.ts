declare module 'virtual:slide-kit/charts' {
	/** Every chart placed on a page (both languages), from listCharts() in src/charts/pages.ts. */
	const charts: import('./pages.ts').ChartInfo[];
	export default charts;
}
