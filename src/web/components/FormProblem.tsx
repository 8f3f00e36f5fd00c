/**
 * What stopped a form or a load, in plain words, read out at once (role="alert"). Renders
 * nothing when there is nothing to say, so forms can keep it in place.
 */
export function FormProblem({ message }: { message: string | null | undefined }) {
  return message ? (
    <p role="alert" className="form-error">
      {message}
    </p>
  ) : null;
}
