/**
 * zod for the schemas that run in the browser (stored progress, settings and
 * exams). `zod/mini` is the tree-shakable build of the same library Astro uses
 * for content schemas: about a quarter of the size on practice pages. Jitless
 * mode matters too: the site's Content Security Policy has no 'unsafe-eval',
 * and by default zod probes `new Function`, which the browser reports as a
 * violation. English messages are loaded so validation problems read well.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ jitless: true, ...en() });

export { z };
