/**
 * The shape of the site's IDs, in one browser-safe module (no registry import,
 * so practice scripts can use it too). Exam IDs are positional: section `1`,
 * sub-objective `1.2`, consideration `1.2.3`.
 */

/** Kebab-case, as used by question and product IDs: `bqml-churn-class-weights`. */
export const kebabCase = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The section of a sub-objective or consideration: `1.2.3` → `1`. */
export function sectionIdOf(id: string): string {
	return id.split('.')[0]!;
}

/** The sub-objective of a consideration: `1.2.3` → `1.2`. */
export function objectiveIdOf(considerationId: string): string {
	return considerationId.split('.').slice(0, 2).join('.');
}

/** The fragment of a sub-objective's heading on overview and practice pages: `1.2` → `objective-1-2`. */
export function objectiveAnchor(objectiveId: string): string {
	return `objective-${objectiveId.replace('.', '-')}`;
}

/**
 * The fragment of a product's entry on the glossary page: its registry ID
 * itself (`bigquery-ml`), which never changes, so links to an entry survive renames.
 */
export function productAnchor(productId: string): string {
	return productId;
}
