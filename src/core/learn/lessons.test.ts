import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import anhedonia from "../../../content/lessons/anhedonia.md?raw";
import brainAndBody from "../../../content/lessons/brain-and-body.md?raw";
import cognitiveTriad from "../../../content/lessons/cognitive-triad.md?raw";
import commonQuestions from "../../../content/lessons/common-questions.md?raw";
import cycleModel from "../../../content/lessons/cycle-model.md?raw";
import emotionRegulation from "../../../content/lessons/emotion-regulation.md?raw";
import evolutionaryView from "../../../content/lessons/evolutionary-view.md?raw";
import feelingLikeABurden from "../../../content/lessons/feeling-like-a-burden.md?raw";
import livedExperience from "../../../content/lessons/lived-experience.md?raw";
import notLaziness from "../../../content/lessons/not-laziness.md?raw";
import professionalHelp from "../../../content/lessons/professional-help.md?raw";
import reassuranceSeeking from "../../../content/lessons/reassurance-seeking.md?raw";
import recoveryAndPrevention from "../../../content/lessons/recovery-and-prevention.md?raw";
import relationships from "../../../content/lessons/relationships.md?raw";
import rumination from "../../../content/lessons/rumination.md?raw";
import sleepAndStress from "../../../content/lessons/sleep-and-stress.md?raw";
import socialFatigue from "../../../content/lessons/social-fatigue.md?raw";
import startHere from "../../../content/lessons/start-here.md?raw";
import theCycle from "../../../content/lessons/the-cycle.md?raw";
import thinkingTraps from "../../../content/lessons/thinking-traps.md?raw";
import whatHelps from "../../../content/lessons/what-helps.md?raw";
import worthlessness from "../../../content/lessons/worthlessness.md?raw";
import {
  APP_PATHS,
  GUIDE_SECTIONS,
  type Lesson,
  LessonFormatError,
  parseLesson,
} from "./lesson.js";
import { readability } from "./readability.js";

// Every lesson file, read as text at build time. The test below checks that this list and the
// folder agree, so a new lesson cannot slip in unchecked.
const FILES: Record<string, string> = {
  "anhedonia.md": anhedonia,
  "brain-and-body.md": brainAndBody,
  "cognitive-triad.md": cognitiveTriad,
  "common-questions.md": commonQuestions,
  "cycle-model.md": cycleModel,
  "emotion-regulation.md": emotionRegulation,
  "evolutionary-view.md": evolutionaryView,
  "feeling-like-a-burden.md": feelingLikeABurden,
  "lived-experience.md": livedExperience,
  "not-laziness.md": notLaziness,
  "professional-help.md": professionalHelp,
  "reassurance-seeking.md": reassuranceSeeking,
  "recovery-and-prevention.md": recoveryAndPrevention,
  "relationships.md": relationships,
  "rumination.md": rumination,
  "sleep-and-stress.md": sleepAndStress,
  "social-fatigue.md": socialFatigue,
  "start-here.md": startHere,
  "the-cycle.md": theCycle,
  "thinking-traps.md": thinkingTraps,
  "what-helps.md": whatHelps,
  "worthlessness.md": worthlessness,
};

const MAX_GRADE = 7;
const MAX_MINUTES = 3;
const MAX_WORDS = 600;

/**
 * The topics the issue names, each with the lesson that covers it: the guide's core drivers and
 * its body-and-brain parts are too many for one lesson of three minutes.
 */
const TOPICS: Record<string, string> = {
  "why withdrawal happens": "not-laziness",
  worthlessness: "worthlessness",
  "feeling like a burden": "feeling-like-a-burden",
  "social fatigue": "social-fatigue",
  anhedonia: "anhedonia",
  rumination: "rumination",
  "thinking traps": "thinking-traps",
  "the cognitive triad": "cognitive-triad",
  "reassurance seeking": "reassurance-seeking",
  "emotion regulation": "emotion-regulation",
  "sleep, stress and the stress-hormone system": "sleep-and-stress",
  "brain networks": "brain-and-body",
  "the cycle": "the-cycle",
  "the cycle, explorable": "cycle-model",
  "the evolutionary view": "evolutionary-view",
  "relationships and partners": "relationships",
  "voices of lived experience": "lived-experience",
  "what helps": "what-helps",
  "recovery and prevention": "recovery-and-prevention",
  "getting professional help": "professional-help",
  "the common questions": "common-questions",
};

const lessons: Lesson[] = Object.values(FILES).map((text) => parseLesson(text));

describe("the lesson files", () => {
  it("are all listed here, and only files that exist", () => {
    const folder = new URL("../../../content/lessons/", import.meta.url);
    const onDisk = readdirSync(folder).filter((name) => name.endsWith(".md"));
    expect(Object.keys(FILES).sort()).toEqual(onDisk.sort());
  });

  it.each(Object.entries(FILES))(
    "%s has complete front matter, named after its file",
    (file, text) => {
      const lesson = parseLesson(text);
      expect(`${lesson.id}.md`).toBe(file);
      expect(lesson.title.trim()).not.toBe("");
      expect(lesson.tryThis.label.trim()).not.toBe("");
      expect(lesson.sources.length).toBeGreaterThan(0);
      expect(lesson.body).toMatch(/^\s*# \S/);
    },
  );

  it("have unique ids and titles", () => {
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    expect(new Set(lessons.map((l) => l.title)).size).toBe(lessons.length);
  });
});

describe("coverage of the guide", () => {
  it("has a lesson for every section of the guide", () => {
    const served = new Set(lessons.map((l) => l.guideSection));
    expect(GUIDE_SECTIONS.filter((section) => !served.has(section))).toEqual([]);
  });

  it.each(Object.entries(TOPICS))("covers %s", (_topic, id) => {
    expect(lessons.map((l) => l.id)).toContain(id);
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))("the lesson %s", (_id, lesson) => {
  const measured = readability(FILES[`${lesson.id}.md`] ?? "");

  it(`reads at about a 12-year-old's level (Flesch–Kincaid grade ≤ ${MAX_GRADE})`, () => {
    expect(measured.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it(`takes ${MAX_MINUTES} minutes or less, and says so honestly`, () => {
    expect(measured.words).toBeLessThanOrEqual(MAX_WORDS);
    expect(lesson.minutes).toBeLessThanOrEqual(MAX_MINUTES);
    expect(lesson.minutes).toBe(measured.minutes);
  });

  it("ends with one thing to try that opens a real screen", () => {
    expect(APP_PATHS).toContain(lesson.tryThis.href);
    expect(lesson.body).toMatch(/\n## Try this\n[^#]+$/);
  });

  it('speaks kindly: no "should" at the reader', () => {
    expect(lesson.body).not.toMatch(/\byou should\b|\bshould you\b/i);
  });

  it("cites its sources as references, not quotations", () => {
    for (const source of lesson.sources) {
      expect(source).not.toMatch(/["“”]/);
    }
  });
});

describe("the lived-experience lesson", () => {
  it("labels its voices as composites, not real quotes", () => {
    const lesson = lessons.find((l) => l.id === "lived-experience");
    expect(lesson?.body).toMatch(/\*\*composites\*\*/);
    expect(lesson?.body).toMatch(/not quotes from real people/);
    expect(lesson?.body).toMatch(/## Composite voices/);
  });
});

describe("the cycle model lesson", () => {
  it("says plainly that it predicts nothing about any one person", () => {
    const lesson = lessons.find((l) => l.id === "cycle-model");
    expect(lesson?.body).toMatch(/cannot predict anything about you or anyone else/);
    expect(lesson?.body).toMatch(/## The equations/);
  });
});

describe("lessons that touch on suicide", () => {
  it("point to crisis help", () => {
    for (const lesson of lessons) {
      if (/suicide|ending your life|better off without/i.test(lesson.body)) {
        expect(lesson.body, lesson.id).toMatch(/Get help now|crisis line/);
      }
    }
  });
});

describe("parseLesson", () => {
  const valid = [
    "---",
    "id: a-lesson",
    'title: "Quoted: with a colon"',
    "minutes: 2",
    "guideSection: FAQs",
    "tryThis:",
    "  label: Check in",
    "  href: /",
    "sources:",
    "  - Beck's cognitive model",
    "  - 'Quoted source'",
    "---",
    "# Body",
  ].join("\n");

  it("reads strings, numbers, maps and lists", () => {
    expect(parseLesson(valid)).toEqual({
      id: "a-lesson",
      title: "Quoted: with a colon",
      minutes: 2,
      guideSection: "FAQs",
      tryThis: { label: "Check in", href: "/" },
      sources: ["Beck's cognitive model", "Quoted source"],
      body: "# Body",
    });
  });

  it.each([
    ["no front matter", "# Just a body"],
    ["an unclosed front matter", valid.replace(/\n---\n# Body$/, "")],
    ["a missing field", valid.replace("minutes: 2\n", "")],
    ["an unknown field", valid.replace("minutes: 2", "minutes: 2\nauthor: me")],
    ["a path that is not a screen", valid.replace("href: /", "href: /nowhere")],
    ["a section the guide does not have", valid.replace("FAQs", "Appendix")],
    ["a duplicated key", valid.replace("minutes: 2", "minutes: 2\nminutes: 3")],
    ["a line that is not a key", valid.replace("minutes: 2", "just words")],
    ["a list mixed into a map", valid.replace("  href: /", "  href: /\n  - item")],
  ])("refuses %s", (_what, text) => {
    expect(() => parseLesson(text)).toThrow(LessonFormatError);
  });
});
