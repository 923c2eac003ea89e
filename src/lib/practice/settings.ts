/** Practice settings kept in the browser, separate from progress (a reset keeps them; exports leave them out). */
import { z } from './zod';
import type { DocumentCodec } from './storage';

export const settingsSchema = z.object({
	format: z.literal('pmle-practice-settings'),
	version: z.literal(1),
	/** Show options in a random (per question, stable while on screen) order. */
	shuffleOptions: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const settingsCodec: DocumentCodec<Settings> = {
	format: 'pmle-practice-settings',
	version: 1,
	schema: settingsSchema,
};

export const defaultSettings: Settings = { format: 'pmle-practice-settings', version: 1, shuffleOptions: true };
