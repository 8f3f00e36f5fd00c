import { showsAnything } from "../../../core/text/visible.js";

/**
 * What the circle form says of a name before saving it, or undefined when it can be saved. A name
 * of only invisible characters (a zero-width space, a braille blank) is as empty as no name:
 * checked here by the same rule the server keeps, it gets the form's own words beside the field
 * rather than the server's "Please check name."
 */
export function personNameProblem(name: string): string | undefined {
  return showsAnything(name) ? undefined : "Please add a name, or a nickname.";
}
