/**
 * Drawing a mock exam: questions are spread over sections in proportion to the
 * blueprint weights (passed in from the registry, never written here), using only
 * the questions that exist. A section with too few questions gives all it has,
 * and its unfilled share goes to the others in proportion to their weights.
 */
import { shuffled } from './random';

export interface SectionSupply {
	id: string;
	/** Blueprint weight, any positive scale (percent in practice). */
	weight: number;
	/** How many questions the section has. */
	available: number;
}

/**
 * How many questions to draw from each section: at most `requested` in total and
 * never more than a section has. Proportional shares are rounded with the
 * largest-remainder method; ties go to the heavier section, then the earlier one.
 */
export function planSectionCounts(supply: readonly SectionSupply[], requested: number): Map<string, number> {
	const counts = new Map<string, number>(supply.map((s) => [s.id, 0]));
	const totalAvailable = supply.reduce((sum, s) => sum + Math.max(0, s.available), 0);
	let remaining = Math.max(0, Math.min(Math.floor(requested), totalAvailable));
	let open = supply.filter((s) => s.available > 0 && s.weight > 0);

	while (remaining > 0 && open.length > 0) {
		const totalWeight = open.reduce((sum, s) => sum + s.weight, 0);
		const room = (s: SectionSupply) => s.available - counts.get(s.id)!;
		const quota = (s: SectionSupply) => (remaining * s.weight) / totalWeight;

		// Water-filling: a section whose share exceeds its supply gives everything,
		// and the rest is shared again among the others.
		const full = open.filter((s) => quota(s) >= room(s));
		if (full.length > 0) {
			for (const s of full) {
				remaining -= room(s);
				counts.set(s.id, s.available);
			}
			open = open.filter((s) => !full.includes(s));
			continue;
		}

		const floors = open.map((s) => ({
			section: s,
			floor: Math.floor(quota(s)),
			rest: quota(s) - Math.floor(quota(s)),
		}));
		let leftover = remaining - floors.reduce((sum, f) => sum + f.floor, 0);
		const byRemainder = [...floors].sort(
			(a, b) =>
				b.rest - a.rest || b.section.weight - a.section.weight || open.indexOf(a.section) - open.indexOf(b.section)
		);
		for (const entry of byRemainder) {
			const extra = leftover > 0 ? 1 : 0;
			leftover -= extra;
			counts.set(entry.section.id, counts.get(entry.section.id)! + entry.floor + extra);
		}
		remaining = 0;
	}
	return counts;
}

export interface SectionPool {
	id: string;
	weight: number;
	questionIds: readonly string[];
}

export interface ExamDraw {
	/** The drawn question ids, in exam order (shuffled across sections). */
	questionIds: string[];
	/** Questions drawn per section id. */
	perSection: Map<string, number>;
	/** True when fewer questions exist than were requested. */
	short: boolean;
}

/** Draws `requested` questions across the pools by weight, in random order. */
export function drawExam(pools: readonly SectionPool[], requested: number, random: () => number): ExamDraw {
	const plan = planSectionCounts(
		pools.map((p) => ({ id: p.id, weight: p.weight, available: p.questionIds.length })),
		requested
	);
	const drawn = pools.flatMap((pool) => shuffled(pool.questionIds, random).slice(0, plan.get(pool.id) ?? 0));
	return { questionIds: shuffled(drawn, random), perSection: plan, short: drawn.length < requested };
}
