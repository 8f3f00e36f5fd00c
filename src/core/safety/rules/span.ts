/** A stretch of the original text, in UTF-16 code units, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}
