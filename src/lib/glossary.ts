/**
 * The products-and-names glossary (/products-and-names/), computed from the
 * product registry and the study pages' `products` frontmatter. Pure, so the
 * page component only renders what this returns and unit tests reach it all.
 */
import { productCategorySchema, type Product, type ProductCategory, type ProductStatus } from '../schemas/registry';
import { productAnchor } from './ids';
import { entryPath, practicePath } from './urls';

/** Docs collection id of the glossary page (`src/content/docs/products-and-names.mdx`). */
export const glossaryEntryId = 'products-and-names';

/** Root-relative path of the glossary page. */
export const glossaryPath = entryPath(glossaryEntryId);

/** Root-relative link to one product's entry, such as `/products-and-names/#vector-search`. */
export function glossaryEntryPath(productId: string): string {
	return `${glossaryPath}#${productAnchor(productId)}`;
}

/** Headings of the category groups, in the order of the registry's category list. */
export const categoryLabels = {
	'ai-platform': 'ML platform: Agent Platform (formerly Vertex AI)',
	'generative-ai': 'Generative AI and agents',
	'ml-api': 'Pre-trained AI APIs',
	data: 'Data storage and processing',
	compute: 'Compute and accelerators',
	devops: 'Orchestration, CI/CD and operations',
	security: 'Security and governance',
	'open-source': 'Open-source frameworks and tools',
} as const satisfies Record<ProductCategory, string>;

/** Fragment of a category's heading. Prefixed, so it can never equal a product ID (a product's anchor). */
export function categoryAnchor(category: ProductCategory): string {
	return `category-${category}`;
}

/**
 * Table-of-contents items for the category headings, which the glossary
 * component renders (Starlight lists only the headings written in Markdown).
 */
export function glossaryToc(products: readonly Pick<Product, 'category'>[]) {
	const present = new Set(products.map((p) => p.category));
	return productCategorySchema.options
		.filter((category) => present.has(category))
		.map((category) => ({ depth: 2, slug: categoryAnchor(category), text: categoryLabels[category], children: [] }));
}

/** What the glossary needs to know about a study page. */
export interface GlossaryPageInfo {
	/** Docs collection id, such as `section-1/bigquery-ml`. */
	id: string;
	title: string;
	objectives: readonly string[];
	products: readonly string[];
}

export interface GlossaryLink {
	/** Root-relative path (no base). */
	path: string;
	label: string;
}

export interface GlossaryEntry {
	id: string;
	/** Fragment of the entry's heading: the product ID. */
	anchor: string;
	name: string;
	summary: string;
	formerNames: readonly { name: string; until: number }[];
	aliases: readonly string[];
	docs: string;
	status?: ProductStatus;
	/** Study pages that list the product in their `products` frontmatter, in site order. */
	studyPages: GlossaryLink[];
	/** Practice pages of those study pages' objectives, in objective order; the label is the objective ID. */
	practice: GlossaryLink[];
}

export interface GlossaryGroup {
	category: ProductCategory;
	anchor: string;
	label: string;
	entries: GlossaryEntry[];
}

const byObjectiveId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The glossary: one group per category that has products (registry order of
 * categories), entries sorted by current name, each with the study pages that
 * list it and the practice pages of those pages' objectives. Questions carry no
 * product field, so practice links go through the study pages' objectives.
 */
export function glossaryGroups(products: readonly Product[], pages: readonly GlossaryPageInfo[]): GlossaryGroup[] {
	const sortedPages = [...pages].sort((a, b) => a.id.localeCompare(b.id));
	const entry = (product: Product): GlossaryEntry => {
		const using = sortedPages.filter((page) => page.products.includes(product.id));
		const objectives = [...new Set(using.flatMap((page) => page.objectives))].sort(byObjectiveId);
		return {
			id: product.id,
			anchor: productAnchor(product.id),
			name: product.name,
			summary: product.summary,
			formerNames: product.formerNames,
			aliases: product.aliases,
			docs: product.docs,
			...(product.status ? { status: product.status } : {}),
			studyPages: using.map((page) => ({ path: entryPath(page.id), label: page.title })),
			practice: objectives.map((id) => ({ path: practicePath(id), label: id })),
		};
	};
	return productCategorySchema.options.flatMap((category) => {
		const entries = products
			.filter((p) => p.category === category)
			.map(entry)
			.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
		return entries.length
			? [{ category, anchor: categoryAnchor(category), label: categoryLabels[category], entries }]
			: [];
	});
}

/**
 * The names the glossary is the best answer for, for its Pagefind `aliases`
 * metadata (the field study pages fill from their products' names, weighted by
 * `ranking.metaWeights`): every former name, and the current name of every
 * product that is deprecated, closed to new customers or shut down. Current
 * names of live products are left out: they and their topics belong to the
 * study pages.
 */
export function legacyNames(products: readonly Pick<Product, 'name' | 'formerNames' | 'status'>[]): string[] {
	const retired = (p: Pick<Product, 'status'>) => p.status !== undefined && p.status.state !== 'preview';
	return [...new Set(products.flatMap((p) => [...p.formerNames.map((f) => f.name), ...(retired(p) ? [p.name] : [])]))];
}

/** `2026-03-16` → `March 16, 2026` (the date as written, whatever the build machine's time zone). */
export function formatDate(isoDate: string): string {
	return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${isoDate}T00:00:00Z`)
	);
}

const stateLabels = {
	preview: 'Preview',
	deprecated: 'Deprecated',
	'end-of-sale': 'Closed to new customers',
	'shut-down': 'Shut down',
} as const satisfies Record<ProductStatus['state'], string>;

/** Short label of a lifecycle state, for a badge: "Deprecated". */
export function statusLabel(status: Pick<ProductStatus, 'state'>): string {
	return stateLabels[status.state];
}

/**
 * The rest of the status sentence after its label (the entry shows the label
 * as a badge, then this), worded so that it stays
 * true after the dates pass: "on March 16, 2026; shutdown date March 16, 2027."
 */
export function statusDetail(status: ProductStatus): string {
	const when = formatDate(status.date);
	const main = {
		preview: `since ${when}`,
		deprecated: `on ${when}`,
		'end-of-sale': `since ${when}; existing customers keep it`,
		'shut-down': `on ${when}`,
	}[status.state];
	const shutdown = status.shutdown ? `; shutdown date ${formatDate(status.shutdown)}` : '';
	const instead = status.replacement ? ` Use instead: ${status.replacement}.` : '';
	return `${main}${shutdown}.${instead}`;
}

/** "Vertex AI, until 2026", as the entry lists a former name. */
export function formerNameText(former: { name: string; until: number }): string {
	return `${former.name}, until ${former.until}`;
}
