/**
 * The most characters a short text may hold where the server's schema names no constant of its
 * own. Written out here, not read from the schemas, so a screen does not build a schema just to
 * draw a box; text-limits.test.ts holds each one to its schema's limit, so a box never takes,
 * nor its words count, differently from what the server keeps.
 */

/** A person's name in the circle (personFields.name). */
export const PERSON_NAME_MAX = 100;
/** How you know someone (personFields.relationship). */
export const RELATIONSHIP_MAX = 100;
/** An activity's words (activityFields.title); the next step's plan is saved as one. */
export const ACTIVITY_TITLE_MAX = 120;
/** An activity's tiny first step (activityFields.firstStep). */
export const FIRST_STEP_MAX = 200;
/** A name typed for a connection on a day (connectionSchema's name). */
export const CONNECTION_NAME_MAX = 100;
