import type { Coding } from "./fhir-resources.js";

/** LOINC, the code system clinical records use for questionnaires, their items and answers. */
export const LOINC = "http://loinc.org";

/**
 * Reconnect's own code system, for what LOINC has no code we could confirm (the three-item UCLA
 * loneliness scale). `.invalid` is reserved (RFC 2606): the address names the system and can
 * never be reached or belong to anyone else. Documented in docs/API.md.
 */
export const RECONNECT_FHIR_BASE = "https://reconnect.invalid/fhir";
export const UCLA3_SYSTEM = `${RECONNECT_FHIR_BASE}/CodeSystem/ucla-3`;

export const UCUM = "http://unitsofmeasure.org";
export const OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

/** "Survey": how US Core's screening assessment profile categorises questionnaire results. */
export const SURVEY: Coding = { system: OBSERVATION_CATEGORY, code: "survey", display: "Survey" };

/** The HL7 security label for data whose identity was replaced by a made-up one. */
export const PSEUDONYMIZED: Coding = {
  system: "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
  code: "PSEUDED",
  display: "pseudonymized",
};

const loinc = (code: string, display: string): Coding => ({ system: LOINC, code, display });
const ucla = (code: string, display: string): Coding => ({ system: UCLA3_SYSTEM, code, display });

/** PHQ-9 in LOINC: panel 44249-1, its nine items in the order they are asked, and the total. */
export const PHQ9_CODES = {
  panel: loinc("44249-1", "PHQ-9 quick depression assessment panel [Reported.PHQ]"),
  items: [
    loinc("44250-9", "Little interest or pleasure in doing things in last 2 weeks"),
    loinc("44255-8", "Feeling down, depressed, or hopeless in last 2 weeks"),
    loinc("44259-0", "Trouble falling or staying asleep, or sleeping too much in last 2 weeks"),
    loinc("44254-1", "Feeling tired or having little energy in last 2 weeks"),
    loinc("44251-7", "Poor appetite or overeating in last 2 weeks"),
    loinc(
      "44258-2",
      "Feeling bad about yourself-or that you are a failure or have let yourself or your family down in last 2 weeks",
    ),
    loinc(
      "44252-5",
      "Trouble concentrating on things, such as reading the newspaper or watching television in last 2 weeks",
    ),
    loinc(
      "44253-3",
      "Moving or speaking so slowly that other people could have noticed. Or the opposite-being so fidgety or restless that you have been moving around a lot more than usual in last 2 weeks",
    ),
    loinc(
      "44260-8",
      "Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks",
    ),
  ],
  /** Answer codes by the answer's value, 0 to 3. */
  answers: [
    loinc("LA6568-5", "Not at all"),
    loinc("LA6569-3", "Several days"),
    loinc("LA6570-1", "More than half the days"),
    loinc("LA6571-9", "Nearly every day"),
  ],
  difficulty: loinc(
    "69722-7",
    "How difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
  ),
  /** Difficulty answer codes by value, 0 to 3 (LOINC's codes are not in the same order). */
  difficultyAnswers: [
    loinc("LA6572-7", "Not difficult at all"),
    loinc("LA6573-5", "Somewhat difficult"),
    loinc("LA6575-0", "Very difficult"),
    loinc("LA6574-3", "Extremely difficult"),
  ],
  total: loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
} as const;

/** UCLA-3 in Reconnect's own code system: the scale, its three items, its answers and total. */
export const UCLA3_CODES = {
  panel: ucla("panel", "Three-Item Loneliness Scale (UCLA-3)"),
  items: [
    ucla("lack-companionship", "How often do you feel that you lack companionship?"),
    ucla("left-out", "How often do you feel left out?"),
    ucla("isolated", "How often do you feel isolated from others?"),
  ],
  /** Answer codes by the answer's value, 1 to 3. */
  answers: [
    ucla("hardly-ever", "Hardly ever"),
    ucla("some-of-the-time", "Some of the time"),
    ucla("often", "Often"),
  ],
  total: ucla("total", "Three-Item Loneliness Scale total score"),
} as const;
