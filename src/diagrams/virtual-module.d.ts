declare module 'virtual:slide-kit/diagrams' {
	/** Every diagram (both languages), from listDiagrams() in src/diagrams/catalog.ts. */
	const diagrams: {
		id: string;
		lang: 'en' | 'id';
		title: string;
		description: string;
		/** site path of the page, base path included: /cost/inference/, /id/cost/inference/ */
		pageUrl: string;
		/** Starlight slug: "cost/inference", "id/cost/inference" */
		pageSlug: string;
		anchor: string;
		/** site paths of the page-layout SVG and 2× PNG, and of the 1920×1080 slide SVG and PNG */
		downloads: { svg: string; png: string; 'slide-svg': string; 'slide-png': string };
	}[];
	export default diagrams;
}
