/**
 * The shapes the practice UI works with in the browser. The build turns the
 * question collection into these (see bank.ts); the client never imports the
 * registries, so pages ship data, not the whole blueprint.
 */
import type { BankBlueprint } from './blueprints';

export interface PracticeOption {
	/** The option as inline HTML (escaped Markdown, rendered at build time). */
	html: string;
	correct: boolean;
	/** Why this option is right or wrong, as inline HTML. */
	whyHtml: string;
}

export interface PracticeSource {
	title: string;
	url: string;
}

export interface PracticeQuestion {
	/** Stable question id: deep-link anchor and progress key. */
	id: string;
	/** Section id, such as `1`. */
	section: string;
	/** Sub-objective id, such as `1.1`. */
	objective: string;
	/** Consideration id, such as `1.1.2`. */
	consideration: string;
	/** How many options to choose. */
	select: number;
	/** 1 recall, 2 apply, 3 analyze. */
	difficulty: number;
	/** Scenario and question, as block HTML. */
	stemHtml: string;
	/** Options in authoring order. */
	options: PracticeOption[];
	/** Overall explanation, as block HTML. */
	explanationHtml: string;
	sources: PracticeSource[];
	/** Permanent link to the question on its objective's practice page (with base path). */
	href: string;
}

export interface BankSection {
	id: string;
	title: string;
	/** Blueprint weight in percent, from the registry. */
	weight: number;
	/** Practice page of the section, when it has questions (with base path). */
	practiceHref?: string;
}

export interface BankObjective {
	id: string;
	section: string;
	title: string;
	/** Practice page of the objective, when it has questions (with base path). */
	practiceHref?: string;
	/** The study page that teaches it, when written. */
	study?: { href: string; title: string };
}

/** Everything the mock exam and the review page need, served as `/practice/questions.json`. */
export interface PracticeBank {
	format: 'pmle-practice-bank';
	version: 1;
	/** The sections of the 2024-10 guide, the site's structure. */
	sections: BankSection[];
	objectives: BankObjective[];
	/** The blueprints a mock exam can be weighted by, the default first. */
	blueprints: BankBlueprint[];
	questions: PracticeQuestion[];
}
