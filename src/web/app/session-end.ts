/**
 * Why a session ended at the person's own asking on "Your data": the screen it gives way to (set
 * up again, or sign in) says what happened, so the last thing they did is not met with silence.
 */
export type EndedHere = "erased" | "signed-out-everywhere";
