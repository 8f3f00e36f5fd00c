import { type ReactNode, useEffect, useState } from "react";
import {
  type ActivityArea,
  activityAreas,
  areaLabels,
  type Effort,
} from "../../../core/plan/activity.schema.js";
import type { ActivityView } from "../../../core/plan/plan-api.schema.js";
import { messageOf } from "../../api/client.js";
import { FormProblem } from "../../components/FormProblem.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { DiscardQuestion } from "../../drafts/DiscardQuestion.js";
import { readDraft, removeDraft } from "../../drafts/draft-store.js";
import { useEditDraft } from "../../drafts/useEditDraft.js";
import { useNewDraft, useOwnNewDraft } from "../../drafts/useNewDraft.js";
import { ActivityForm, readNewActivityDraft, storedDraftSchema } from "./ActivityForm.js";
import { planApi } from "./plan-api.js";
import { actionOn, addedWords, hiddenWords, savedWords, unsavedWords } from "./step-words.js";

const effortShort = {
  tiny: "Tiny",
  small: "Small",
  bigger: "Bigger",
} as const satisfies Record<Effort, string>;

const rowId = (
  activity: Pick<ActivityView, "id">,
  action: "hide" | "show" | "edit" | "switch-question",
) => `activity-${activity.id}-${action}`;

/** Why Edit does nothing yet, read out with it (see `edit.settled`). */
const EDIT_WAIT = "activities-edit-wait";

function details(activity: ActivityView, withArea: boolean): string {
  return [
    withArea ? areaLabels[activity.area] : "",
    effortShort[activity.effort],
    `about ${activity.minutes} min`,
    activity.social ? "with someone" : "",
    activity.own ? "yours" : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * Your activities: the catalogue and your own, to add to, edit and hide. Closed at first and
 * loaded only when opened, so the main path (pick a step, plan it) stays short and quick.
 */
export function ActivitiesSection({
  onChanged,
  onPlan,
}: {
  onChanged: () => Promise<void>;
  /** Opens the plan form for any listed activity, not only today's ideas. */
  onPlan: (activity: ActivityView) => void;
}) {
  const [activities, setActivities] = useState<ActivityView[] | null>(null);
  // A new activity begun before (and left for help, Back or a reload) is kept on this device for
  // the signed-in person alone; the section opens on it, so the words are where they were left.
  // Each tab has its own (see new-draft.ts): one another open tab is writing is left to it, and
  // one a closed tab left is taken up here.
  const chosen = useNewDraft("activity", readNewActivityDraft);
  // This tab's own words before a reload, known in the first render: the section is drawn open on
  // them at once, at its full height before the page is scrolled back to where the person was,
  // not opened a moment later in view, pushing "Daily anchors" and "Reminders" down.
  const own = useOwnNewDraft("activity", readNewActivityDraft);
  const draft = chosen ?? own ?? null;
  const draftKey = draft?.key ?? null;
  const resumed = draft?.kept !== undefined;
  // A change to an own activity is kept the same way, one draft per activity and per tab, so a
  // change begun on one activity never shows on another, nor replaces another tab's. The section
  // reopens on the change this tab was making before a reload, or one a closed tab left.
  const edit = useEditDraft(
    "activity",
    (key) => readDraft(key, storedDraftSchema)?.id ?? undefined,
  );
  const editKey = edit.draft?.key ?? null;
  const editing = edit.draft?.id ?? null;
  // Only the form the person opened by pressing Edit takes focus; one that comes back on its own
  // leaves focus where the screen put it.
  const [editByHand, setEditByHand] = useState(false);
  // Open on words taken up until the person opens or closes the form themselves; decided in the
  // render the draft is chosen in, so the section never shows a moment closed before it opens.
  const [addingByHand, setAdding] = useState<boolean | null>(null);
  const adding = addingByHand ?? resumed;
  // One form at a time: opening one (Edit, or "Add your own") closes the other. Whether each holds
  // words not saved (the forms say, as they are typed), and what was pressed meanwhile: the
  // activity whose Edit asks first in its row, or "Add your own" asking in its place, so a press
  // meant for another form never lets a person's words go unasked.
  const [editUnsaved, setEditUnsaved] = useState(false);
  const [addUnsaved, setAddUnsaved] = useState(false);
  const [switchTo, setSwitchTo] = useState<string | null>(null);
  const [addAsked, setAddAsked] = useState(false);
  const changeOpen = editUnsaved && editing !== null;
  const newOpen = adding && addUnsaved;
  // A question left unanswered goes with the words it was about: saved, closed, let go or
  // another opened, it must not come back by itself at the next letter typed.
  useEffect(() => {
    if (!changeOpen) setAddAsked(false);
    if (!changeOpen && !newOpen) setSwitchTo(null);
  }, [changeOpen, newOpen]);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  // A button that did its job disappears (Hide becomes Show elsewhere); focus follows the
  // activity to its new place instead of falling back to the top of the page.
  const focusAfter = useFocusAfterRender();

  async function load() {
    try {
      setActivities((await planApi.activities()).activities);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  // A kept change to an activity that is gone or hidden now has nothing to reopen on.
  const orphaned =
    activities !== null &&
    editing !== null &&
    !activities.some((a) => a.id === editing && a.own && !a.hidden);
  useEffect(() => {
    if (!orphaned) return;
    if (editKey !== null) removeDraft(editKey);
    edit.end();
  }, [orphaned, editKey, edit]);

  function replace(updated: ActivityView) {
    setActivities((list) => list?.map((a) => (a.id === updated.id ? updated : a)) ?? [updated]);
  }

  async function setHidden(activity: ActivityView, hidden: boolean) {
    setProblem("");
    try {
      replace(await planApi.setActivityHidden(activity.id, hidden));
      setStatus(hiddenWords(activity, hidden));
      focusAfter(rowId(activity, hidden ? "show" : "hide"));
      await onChanged();
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  /** Opens `activity`'s form, letting the form open now go, with what it kept. */
  function openEdit(activity: ActivityView) {
    if (editKey !== null) removeDraft(editKey);
    closeAdding();
    setEditByHand(true);
    void edit.begin(activity.id);
  }

  /** Closes the new activity's form, letting what was typed in it go, as its Cancel does. */
  function closeAdding() {
    if (!adding) return;
    // Only a draft this tab holds: the words drawn before it is chosen may be another tab's (a
    // duplicated tab starts with the same storage), and are that tab's to let go.
    if (chosen !== null && chosen.key !== null) removeDraft(chosen.key);
    setAdding(false);
  }

  /** Opens the new activity's form, letting the change open now go, with what it kept. */
  function openAdd() {
    if (editing !== null) {
      if (editKey !== null) removeDraft(editKey);
      edit.end();
    }
    setAdding(true);
  }

  const editingActivity = activities?.find((a) => a.id === editing);
  const changeUnsaved = changeOpen && editingActivity !== undefined;
  // Asked only while there is still something to lose: saved or cancelled meanwhile, the question
  // goes and Edit, or "Add your own", is back.
  const asking = changeUnsaved || newOpen ? switchTo : null;
  const askingAdd = changeUnsaved && addAsked ? editingActivity : undefined;

  const shown = activities?.filter((a) => !a.hidden) ?? [];
  const hiddenOnes = activities?.filter((a) => a.hidden) ?? [];

  const row = (activity: ActivityView, withArea: boolean) =>
    editing === activity.id ? (
      <li key={activity.id}>
        <ActivityForm
          key={editKey}
          heading={actionOn("Edit", activity.title)}
          initial={activity}
          draftKey={editKey}
          draftId={activity.id}
          focusOnOpen={editByHand}
          onUnsavedChange={setEditUnsaved}
          onCancel={() => {
            if (editKey !== null) removeDraft(editKey);
            edit.end();
            focusAfter(rowId(activity, "edit"));
          }}
          onSave={async (input) => {
            const saved = await planApi.editActivity(activity.id, input);
            if (editKey !== null) removeDraft(editKey);
            replace(saved);
            edit.end();
            setStatus(savedWords(saved));
            focusAfter(rowId(saved, "edit"));
            await onChanged();
          }}
        />
      </li>
    ) : (
      <li key={activity.id}>
        <div className="activity-text">
          <p>{activity.title}</p>
          <p className="hint">{details(activity, withArea)}</p>
        </div>
        {asking === activity.id ? (
          // The draft notice's question, asked in place of the buttons (it takes focus as it
          // appears); each answer puts focus back where the keyboard can go on from.
          <DiscardQuestion
            id={rowId(activity, "switch-question")}
            unsaved={unsavedWords(changeUnsaved ? editingActivity : undefined, newOpen)}
            plural={changeUnsaved && newOpen}
            onDiscard={() => {
              setSwitchTo(null);
              // On Edit until the form opens, then on its first field.
              focusAfter(rowId(activity, "edit"));
              openEdit(activity);
            }}
            onKeep={() => {
              setSwitchTo(null);
              focusAfter(rowId(activity, "edit"));
            }}
          />
        ) : (
          <div className="activity-actions">
            {activity.hidden ? null : (
              <button
                type="button"
                className="secondary"
                aria-label={actionOn("Plan", activity.title)}
                onClick={() => onPlan(activity)}
              >
                Plan
              </button>
            )}
            {activity.own && !activity.hidden ? (
              <button
                type="button"
                id={rowId(activity, "edit")}
                className="secondary"
                aria-label={actionOn("Edit", activity.title)}
                // Still until the screen knows whether it reopens on a change kept from before:
                // pressed sooner, it opened this one over that one, and the kept words were lost
                // from sight. Still reached by Tab and read out with why; nothing moves meanwhile.
                aria-disabled={edit.settled ? undefined : true}
                aria-describedby={edit.settled ? undefined : EDIT_WAIT}
                onClick={() => {
                  if (!edit.settled) return;
                  setStatus("");
                  if (changeOpen || newOpen) {
                    setAddAsked(false);
                    setSwitchTo(activity.id);
                    return;
                  }
                  openEdit(activity);
                }}
              >
                Edit
              </button>
            ) : null}
            <button
              type="button"
              id={rowId(activity, activity.hidden ? "show" : "hide")}
              className="secondary"
              aria-label={actionOn(activity.hidden ? "Show" : "Hide", activity.title)}
              onClick={() => void setHidden(activity, !activity.hidden)}
            >
              {activity.hidden ? "Show" : "Hide"}
            </button>
          </div>
        )}
      </li>
    );

  return (
    <section aria-labelledby="activities-heading">
      <h2 id="activities-heading">Your activities</h2>
      <p>The ideas Plan picks from. Add your own, change yours, or hide any that don't fit you.</p>
      <details
        className="more"
        // Only the first draw: open or closed is the person's from then on.
        open={resumed || edit.reopened}
        onToggle={(event) => {
          if (event.currentTarget.open && activities === null) void load();
        }}
      >
        <summary>Add, change or hide activities</summary>
        <p role="status" className="hint">
          {status}
        </p>
        <FormProblem message={problem} />
        {edit.settled ? null : (
          <p id={EDIT_WAIT} className="visually-hidden">
            Just a moment: looking for changes you kept before.
          </p>
        )}

        {adding ? (
          <ActivityForm
            key={draftKey}
            heading="Add your own activity"
            draftKey={draftKey}
            // Drawn on this tab's own words before its draft is held: nothing is typed into them
            // until it is, so two tabs never write the same draft.
            inert={chosen === null}
            onUnsavedChange={setAddUnsaved}
            onCancel={() => {
              // Cancel is the person's own choice to leave it: what was typed goes with the form.
              if (draftKey !== null) removeDraft(draftKey);
              setAdding(false);
              focusAfter("activities-add");
            }}
            onSave={async (input) => {
              const added = await planApi.addActivity(input);
              if (draftKey !== null) removeDraft(draftKey);
              setActivities((list) => [...(list ?? []), added]);
              setAdding(false);
              setStatus(addedWords(added));
              focusAfter(rowId(added, "edit"));
              await onChanged();
            }}
          />
        ) : askingAdd !== undefined ? (
          <DiscardQuestion
            id="activities-add-question"
            unsaved={unsavedWords(askingAdd, false)}
            onDiscard={() => {
              setAddAsked(false);
              // The new form focuses its first field as it opens.
              openAdd();
            }}
            onKeep={() => {
              setAddAsked(false);
              focusAfter("activities-add");
            }}
          />
        ) : (
          <button
            type="button"
            id="activities-add"
            className="secondary"
            // Still until this tab's draft is chosen, and the change it reopens on if any, so the
            // form opens on the words it goes on with.
            inert={chosen === null || !edit.settled}
            aria-busy={chosen === null || !edit.settled}
            onClick={() => {
              setStatus("");
              if (changeOpen) {
                setSwitchTo(null);
                setAddAsked(true);
                return;
              }
              openAdd();
            }}
          >
            Add your own
          </button>
        )}

        {activities === null ? <p>Getting your activities…</p> : null}
        {activities === null
          ? null
          : activityAreas.map((area) => (
              <AreaList key={area} area={area}>
                {shown.filter((a) => a.area === area).map((a) => row(a, false))}
              </AreaList>
            ))}

        {activities === null ? null : (
          <>
            <h3 id="activities-hidden">Hidden</h3>
            {hiddenOnes.length === 0 ? (
              <p className="hint">
                Nothing is hidden. Hidden activities are never suggested, and can come back here.
              </p>
            ) : (
              <>
                <p className="hint">These are never suggested. Show one to bring it back.</p>
                <ul className="activity-list" aria-labelledby="activities-hidden">
                  {hiddenOnes.map((a) => row(a, true))}
                </ul>
              </>
            )}
          </>
        )}
      </details>
    </section>
  );
}

function AreaList({ area, children }: { area: ActivityArea; children: ReactNode[] }) {
  const headingId = `activities-area-${area}`;
  return (
    <>
      <h3 id={headingId}>{areaLabels[area]}</h3>
      {children.length === 0 ? (
        <p className="hint">Nothing here right now.</p>
      ) : (
        <ul className="activity-list" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </>
  );
}
