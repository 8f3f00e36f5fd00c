import { GUIDE_SECTIONS, type Lesson, parseLesson } from "../../../core/learn/lesson.js";

// Read at build time into the Learn chunk (about 25 KB gzipped for all of them), which loads
// only when a Learn screen opens. Eager rather than one request per lesson: the list needs every
// title anyway, and a lesson then opens at once, even on a flaky connection.
const files = import.meta.glob<string>("../../../../content/lessons/*.md", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Every lesson, in the guide's order (then by title), as the lesson test checked them. */
export const LESSONS: readonly Lesson[] = Object.values(files)
  .map((text) => parseLesson(text))
  .sort(
    (a, b) =>
      GUIDE_SECTIONS.indexOf(a.guideSection) - GUIDE_SECTIONS.indexOf(b.guideSection) ||
      a.title.localeCompare(b.title),
  );

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
