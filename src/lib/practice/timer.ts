/**
 * Exam clock arithmetic. The stored clock is the time already used; the page
 * adds the time that passes while it is open. Time while no page is open does
 * not count, so "resume" continues with the time that was left, and a wrong
 * system clock cannot make an exam expire or gain time.
 */

export interface ExamClock {
	/** Time allowed, in milliseconds. */
	durationMs: number;
	/** Time used so far, in milliseconds. */
	elapsedMs: number;
}

/** The clock after `deltaMs` more milliseconds of use; negative deltas (clock skew) count as none. */
export function advanceClock(clock: ExamClock, deltaMs: number): ExamClock {
	const step = Number.isFinite(deltaMs) && deltaMs > 0 ? deltaMs : 0;
	return { ...clock, elapsedMs: Math.min(clock.durationMs, clock.elapsedMs + step) };
}

export function remainingMs(clock: ExamClock): number {
	return Math.max(0, clock.durationMs - clock.elapsedMs);
}

export function isTimeUp(clock: ExamClock): boolean {
	return remainingMs(clock) === 0;
}

/**
 * A clock reading as `h:mm:ss` or `m:ss`. Rounds up, so the display reaches
 * 0:00 exactly when time is up, never a second early.
 */
export function formatClock(ms: number): string {
	const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	const ss = String(seconds).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** A duration in words for people and screen readers: "2 hours", "1 hour 5 minutes", "45 seconds". */
export function describeDuration(ms: number): string {
	const totalSeconds = Math.max(0, Math.round(ms / 1000));
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	const part = (n: number, unit: string) => (n === 0 ? [] : [`${n} ${unit}${n === 1 ? '' : 's'}`]);
	const parts = [...part(hours, 'hour'), ...part(minutes, 'minute'), ...part(seconds, 'second')];
	return parts.length > 0 ? parts.join(' ') : '0 seconds';
}

/** Remaining-time milestones worth announcing to screen readers, in milliseconds. */
export const announcedMilestonesMs = [30 * 60_000, 10 * 60_000, 5 * 60_000, 60_000] as const;

/**
 * The milestone crossed between two readings of the remaining time, if any
 * (the smallest, when a background tab skipped several).
 */
export function crossedMilestone(
	previousRemainingMs: number,
	remaining: number,
	milestones: readonly number[] = announcedMilestonesMs
): number | undefined {
	return milestones.filter((m) => previousRemainingMs > m && remaining <= m).sort((a, b) => a - b)[0];
}
