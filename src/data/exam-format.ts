/**
 * The real exam's length and size, in numbers (official certification page,
 * https://cloud.google.com/learn/certification/machine-learning-engineer). The
 * mock exam derives its defaults from these and src/data/exam.ts words them for
 * readers. This module has no imports, so practice scripts in the browser can
 * use it without pulling in the validated registry.
 */
export const examFormat = { minutes: 120, minQuestions: 50, maxQuestions: 60 } as const;
