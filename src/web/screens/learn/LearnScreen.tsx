import { APP_PATHS, GUIDE_SECTIONS, type Lesson } from "../../../core/learn/lesson.js";
import { sectionTitle } from "../../../core/learn/section-titles.js";
import { Link } from "../../components/Link.js";
import { MessageScreen } from "../../components/MessageScreen.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { CycleExplorer } from "./CycleExplorer.js";
import { LESSONS, lessonById } from "./lessons.js";
import { Markdown } from "./Markdown.js";

// Pages the server renders itself (they work with JavaScript off), so they are opened with a
// full page load rather than by the app's router.
const SERVER_PAGES: ReadonlySet<string> = new Set(["/crisis", "/support"]);

/** A link to a path inside or outside the app, each the right way. */
function AppLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: string;
}) {
  return SERVER_PAGES.has(href) ? (
    <a href={href} className={className}>
      {children}
    </a>
  ) : (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}

export type LearnView = { view: "list" } | { view: "lesson"; id: string } | { view: "cycle" };

export default function LearnScreen(props: LearnView) {
  if (props.view === "cycle") return <CycleScreen />;
  if (props.view === "lesson") {
    const lesson = lessonById(props.id);
    if (!lesson) {
      return (
        <MessageScreen title="We couldn't find that lesson">
          <p>
            It may have moved. <Link href="/learn">See all lessons</Link>
          </p>
        </MessageScreen>
      );
    }
    return <LessonScreen lesson={lesson} />;
  }
  return <LessonList />;
}

function LessonList() {
  const sections = GUIDE_SECTIONS.map((section) => ({
    section,
    lessons: LESSONS.filter((lesson) => lesson.guideSection === section),
  })).filter((group) => group.lessons.length > 0);
  return (
    <div className="screen">
      <ScreenHeading title="Learn">Learn</ScreenHeading>
      <p>
        Short lessons about why depression makes people pull away, and what helps. Each one takes a
        few minutes and ends with one small thing to try.
      </p>
      <p className="lesson-feature">
        <Link href="/learn/cycle">Play with the loop: move sliders and see how it can loosen</Link>
      </p>
      {sections.map(({ section, lessons }) => (
        <section key={section} aria-labelledby={`section-${GUIDE_SECTIONS.indexOf(section)}`}>
          <h2 id={`section-${GUIDE_SECTIONS.indexOf(section)}`}>{sectionTitle(section)}</h2>
          <ul className="lesson-list">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/learn/${lesson.id}`} className="lesson-link">
                  {lesson.title}
                </Link>
                <span className="lesson-minutes">
                  {lesson.minutes} {lesson.minutes === 1 ? "minute" : "minutes"}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="for-others">
        <h2 id="for-others">For the people who care about you</h2>
        <ul className="lesson-list">
          <li>
            <Link href="/share" className="lesson-link">
              Share how you're doing, with a link you control
            </Link>
          </li>
          <li>
            <a href="/support" className="lesson-link">
              A short guide for partners, friends and family
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}

function TryThis({ lesson }: { lesson: Lesson }) {
  const known = (APP_PATHS as readonly string[]).includes(lesson.tryThis.href);
  return (
    <section className="try-this" aria-labelledby="try-this-heading">
      <h2 id="try-this-heading">One thing to try</h2>
      {known ? (
        <p>
          <AppLink href={lesson.tryThis.href} className="button-link">
            {lesson.tryThis.label}
          </AppLink>
        </p>
      ) : null}
    </section>
  );
}

function Sources({ lesson }: { lesson: Lesson }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Where these ideas come from</h2>
      <p className="hint">We wrote this lesson in our own words, based on:</p>
      <ul className="lesson-sources">
        {lesson.sources.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
    </section>
  );
}

function LessonScreen({ lesson }: { lesson: Lesson }) {
  return (
    <article className="screen lesson">
      <ScreenHeading title={lesson.title}>{lesson.title}</ScreenHeading>
      <p className="date-line">
        {lesson.minutes} {lesson.minutes === 1 ? "minute" : "minutes"} ·{" "}
        {sectionTitle(lesson.guideSection)} · <Link href="/learn">All lessons</Link>
      </p>
      {lesson.id === "cycle-model" ? (
        <p className="lesson-feature">
          <Link href="/learn/cycle">Open the loop you can play with</Link>
        </p>
      ) : null}
      <Markdown source={lesson.body} />
      {lesson.id === "the-cycle" || lesson.id === "cycle-model" ? (
        <p className="lesson-feature">
          {/* From the idea of the loop to the person's own: the map drawn from their check-ins. */}
          <Link href="/insights#cycle-heading">See your own map</Link>
        </p>
      ) : null}
      <TryThis lesson={lesson} />
      <Sources lesson={lesson} />
    </article>
  );
}

function CycleScreen() {
  const model = lessonById("cycle-model");
  return (
    <div className="screen cycle">
      <ScreenHeading title="Play with the loop">Play with the loop</ScreenHeading>
      <p className="date-line">
        <Link href="/learn">All lessons</Link>
      </p>
      <p className="cycle-caveat">
        <strong>
          This is a made-up model. It shows the idea of the loop, and predicts nothing about you or
          any one person.
        </strong>
      </p>
      <CycleExplorer />
      {model ? (
        <section aria-labelledby="how-it-works">
          <h2 id="how-it-works">How the model works</h2>
          <Markdown source={model.body} />
          <Sources lesson={model} />
        </section>
      ) : null}
    </div>
  );
}
