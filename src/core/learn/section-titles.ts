import type { GuideSection } from "./lesson.js";

/**
 * What the Learn screen calls each part of the guide. The guide's own headings read like a
 * textbook ("Biological & Neurobiological Factors", "Conclusion"); these speak in the lessons'
 * voice, to someone having a hard time, and still keep the guide's order.
 */
export const sectionTitles = {
  Introduction: "Where to start",
  "Understanding Depression-Driven Withdrawal": "Why you might pull away",
  "Core Psychological Drivers": "What goes on in your thoughts and feelings",
  "Biological & Neurobiological Factors": "What your body and brain may be doing",
  "The Depression Cycle in Social Behavior": "How the loop works",
  "Evolutionary Perspective: Adaptive or Maladaptive?": "Why a mind might do this",
  "Relationship Dynamics & Partner Impact": "You and the people close to you",
  "Real-Lived Experiences": "In other people's words",
  "What Helps: Breaking the Patterns": "What helps",
  "Prevention & Long-Term Recovery": "Staying well",
  FAQs: "Questions people often ask",
  Conclusion: "When you'd like more help",
} as const satisfies Record<GuideSection, string>;

export function sectionTitle(section: GuideSection): string {
  return sectionTitles[section];
}
