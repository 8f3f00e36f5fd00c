import {
  type FormEvent,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { z } from "zod";
import type { PersonView } from "../../../core/circle/circle-api.schema.js";
import {
  type ContactPreference,
  contactPreferences,
  PERSON_NAME_MAX,
  type PersonInput,
  RELATIONSHIP_MAX,
  WANTED_EVERY_DAYS_MAX,
} from "../../../core/circle/person.schema.js";
import type { SuggestedPerson } from "../../../core/circle/suggested-people.js";
import type { OneTapEnergy } from "../../../core/plan/energy.js";
import { isolated } from "../../../core/text/isolated.js";
import { messageOf } from "../../api/client.js";
import { ChoiceSelect } from "../../components/ChoiceSelect.js";
import { CrisisWatch } from "../../components/crisis/CrisisWatch.js";
import { prepareCrisisCheck } from "../../components/crisis/crisis-check.js";
import { Field } from "../../components/Field.js";
import { FormProblem } from "../../components/FormProblem.js";
import { Link } from "../../components/Link.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { useFocusAfterRender } from "../../components/useFocusAfterRender.js";
import { useOneAtATime } from "../../components/useOneAtATime.js";
import { DraftNotice } from "../../drafts/DraftNotice.js";
import { DraftOwner, useDraftKey } from "../../drafts/DraftOwner.js";
import { readDraft, removeDraft } from "../../drafts/draft-store.js";
import { forgetDraftsOfDeleted } from "../../drafts/forget-deleted.js";
import { useKeptFields } from "../../drafts/useKeptFields.js";
import { useNewDraft } from "../../drafts/useNewDraft.js";
import { EnergyPicker, energyNumber } from "../plan/EnergyPicker.js";
import { planApi } from "../plan/plan-api.js";
import { CopyButton, ShareButton } from "./CopyShare.js";
import { personNameProblem } from "./person-name.js";

/** How long what comes below the list waits for it before it is drawn anyway. */
const LIST_WAIT_MS = 3_000;

const preferenceLabels = {
  message: "Messages",
  "voice-note": "Voice notes",
  call: "Calls",
  video: "Video calls",
  "in-person": "In person",
  any: "Any way is fine",
} as const satisfies Record<ContactPreference, string>;

const howOften = [
  { days: 3, label: "Every few days" },
  { days: 7, label: "About once a week" },
  { days: 14, label: "Every two weeks" },
  { days: 30, label: "About once a month" },
  { days: 90, label: "Every few months" },
] as const;

/** The add button, where focus goes back to when the form closes or a card goes away. */
const ADD_BUTTON_ID = "circle-add-someone";
const headingId = (person: { id: string }) => `circle-person-${person.id}`;
const changeId = (person: { id: string }) => `circle-change-${person.id}`;

/**
 * "Add someone" or "Change details" as typed and kept on the device until saved: the fields as
 * they stand on screen, and for a new person the name the form opened with ("Add Alex"), so
 * discarding goes back to it.
 */
const personDraftSchema = z.object({
  from: z.string().max(100),
  fields: z.object({
    name: z.string().max(PERSON_NAME_MAX),
    relationship: z.string().max(RELATIONSHIP_MAX),
    contactPreference: z.enum(contactPreferences),
    wantedEveryDays: z.number().int().min(1).max(WANTED_EVERY_DAYS_MAX),
  }),
});
type PersonDraft = z.infer<typeof personDraftSchema>;

/**
 * The screen name people's drafts are kept under: a change to someone under their id, someone
 * being added under a name of their own for each tab (see new-draft.ts).
 */
const PERSON_DRAFT = "person";

const EMPTY_PERSON: PersonInput = {
  name: "",
  relationship: "",
  contactPreference: "message",
  wantedEveryDays: 14,
};

function samePerson(a: PersonInput, b: PersonInput): boolean {
  return (Object.keys(EMPTY_PERSON) as (keyof PersonInput)[]).every(
    (field) => a[field] === b[field],
  );
}

/** Someone being added kept under `key`, if they say anything the empty form does not. */
function readNewPerson(key: string): PersonDraft | undefined {
  const kept = readDraft(key, personDraftSchema);
  return kept !== undefined && !samePerson(kept.fields, { ...EMPTY_PERSON, name: kept.from })
    ? kept
    : undefined;
}

function lastSeen(person: PersonView): string {
  if (person.daysSince === null) return "No connection noted yet.";
  if (person.daysSince === 0) return "You connected today.";
  if (person.daysSince === 1) return "You last connected yesterday.";
  return `You last connected ${person.daysSince} days ago.`;
}

/** Circle: the people who matter, when you last connected, and one gentle step toward each. */
export default function CircleScreen() {
  const [energy, setEnergy] = useState<OneTapEnergy | null>(null);
  const [people, setPeople] = useState<PersonView[] | null>(null);
  const [suggested, setSuggested] = useState<SuggestedPerson[]>([]);
  // Someone being added, begun before (and left for help, Back or a reload), is kept on this
  // device for the signed-in person alone; the screen opens on the form, as it was left. Each tab
  // has its own (see new-draft.ts): one another open tab is writing is left to it, and one a
  // closed tab left is taken up here.
  const chosen = useNewDraft(PERSON_DRAFT, readNewPerson);
  const newKey = chosen?.key ?? null;
  const owner = useContext(DraftOwner);
  /**
   * The form to add someone, with the name it starts from ("" for none); null when closed. Open on
   * words taken up until the person opens or closes it themselves; decided in the render the draft
   * is chosen in, so the form never shows a moment closed before it opens.
   */
  const [addingByHand, setAdding] = useState<string | null | undefined>(undefined);
  const adding = addingByHand === undefined ? (chosen?.kept?.from ?? null) : addingByHand;
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");
  // Cancel, Save and Remove each take away the button just pressed, so focus is put somewhere
  // that still makes sense: a keyboard would otherwise land on the page body, back at the top.
  const focusAfter = useFocusAfterRender();

  const load = useCallback(async () => {
    try {
      const answer = await planApi.people(energyNumber(energy));
      setPeople(answer.people);
      setSuggested(answer.suggested);
      // Someone removed on another device left their change kept here, where no card opens it.
      // Someone being added is no saved person's: forgetDraftsOfDeleted keeps their drafts.
      if (owner !== null)
        void forgetDraftsOfDeleted(
          owner,
          [PERSON_DRAFT],
          answer.people.map((p) => p.id),
        );
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [energy, owner]);
  useEffect(() => {
    void load();
  }, [load]);
  // What comes below the list waits for the list (or word that it could not come) and for this
  // tab's draft: drawn before them, "Add someone" was pushed down by eight people arriving above
  // it, and a form opened on kept words was pushed off the screen.
  // A list slow to come, or never answered, must not keep "Add someone" or a person's kept words
  // from them: after a moment they are drawn anyway, where a shift is the lesser harm.
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedLong(true), LIST_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  const below = chosen !== null && (people !== null || problem !== "" || waitedLong);

  return (
    <div className="screen">
      <ScreenHeading title="Circle">Your circle</ScreenHeading>
      <p>
        The people who matter to you, and one small way back to each. Reconnect never sends
        anything: you copy or share the words yourself.
      </p>
      <p>
        <Link href="/share">Share how you're doing</Link>: a card for someone who cares, showing
        only what you choose.
      </p>
      <EnergyPicker name="circle-energy" value={energy} onChange={setEnergy} />
      <FormProblem message={problem} />
      <p role="status" className="hint">
        {status}
      </p>

      {below && people !== null && people.length === 0 && adding === null ? (
        <p>Nobody here yet. Add one person you'd like to stay close to.</p>
      ) : null}
      <ul className="card-list" aria-label="People in your circle">
        {people?.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            focusAfter={focusAfter}
            onChanged={async (said) => {
              setStatus(said);
              await load();
            }}
            onQuiet={() => setStatus("")}
          />
        ))}
      </ul>

      {below && suggested.length > 0 && adding === null ? (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">People from your check-ins</h2>
          <p className="hint">
            You've noted time with them when you checked in. Add anyone you'd like to stay close to.
          </p>
          <ul className="draft-list">
            {suggested.map((person) => (
              <li key={person.name}>
                <span className="suggested-name">
                  <bdi>{person.name}</bdi>
                </span>{" "}
                <button type="button" className="secondary" onClick={() => setAdding(person.name)}>
                  Add <bdi>{person.name}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!below ? null : adding !== null ? (
        <PersonForm
          key={`${newKey}:${adding}`}
          heading="Add someone"
          initial={{ ...EMPTY_PERSON, name: adding }}
          from={adding}
          draftKey={newKey}
          onCancel={() => {
            // Cancel is the person's own choice to leave it: what was typed goes with the form.
            if (newKey !== null) removeDraft(newKey);
            setAdding(null);
            focusAfter(ADD_BUTTON_ID);
          }}
          onSave={async (input) => {
            const added = await planApi.addPerson(input);
            if (newKey !== null) removeDraft(newKey);
            setAdding(null);
            setStatus(`${isolated(input.name)} is in your circle.`);
            await load();
            focusAfter(headingId(added), ADD_BUTTON_ID);
          }}
        />
      ) : (
        <button id={ADD_BUTTON_ID} type="button" className="primary" onClick={() => setAdding("")}>
          Add someone
        </button>
      )}
    </div>
  );
}

function PersonCard({
  person,
  focusAfter,
  onChanged,
  onQuiet,
}: {
  person: PersonView;
  focusAfter: (...ids: string[]) => void;
  onChanged: (said: string) => Promise<void>;
  /** Empties the status line: what it said is no longer what is happening. */
  onQuiet: () => void;
}) {
  // A change begun before is kept under this person, and the card opens on it again. One that
  // matches them as saved now (changed the same way elsewhere) says nothing new: it goes quietly.
  const draftKey = useDraftKey(PERSON_DRAFT, person.id);
  const [editing, setEditing] = useState(() => {
    const stored = draftKey === null ? undefined : readDraft(draftKey, personDraftSchema);
    if (stored === undefined || draftKey === null) return false;
    if (!samePerson(stored.fields, person)) return true;
    removeDraft(draftKey);
    return false;
  });
  if (editing) {
    return (
      <li className="card">
        <PersonForm
          heading={`Change ${isolated(person.name)}`}
          initial={person}
          from=""
          draftKey={draftKey}
          onCancel={() => {
            if (draftKey !== null) removeDraft(draftKey);
            setEditing(false);
            focusAfter(changeId(person));
          }}
          onSave={async (input) => {
            await planApi.editPerson(person.id, input);
            if (draftKey !== null) removeDraft(draftKey);
            setEditing(false);
            await onChanged(`Saved changes to ${isolated(input.name)}.`);
            focusAfter(changeId(person), ADD_BUTTON_ID);
          }}
          onRemove={async () => {
            await planApi.removePerson(person.id);
            if (draftKey !== null) removeDraft(draftKey);
            await onChanged(`${isolated(person.name)} is no longer in your circle.`);
            focusAfter(ADD_BUTTON_ID);
          }}
          onAsking={onQuiet}
        />
      </li>
    );
  }
  return (
    <li className="card">
      <h2 id={headingId(person)} tabIndex={-1}>
        <bdi>{person.name}</bdi>
      </h2>
      {person.relationship ? <p className="hint">{person.relationship}</p> : null}
      <p>
        {lastSeen(person)}
        {person.overdue ? " It's been a little longer than you'd like, and that's OK." : ""}
      </p>
      <h3>A gentle next step: {person.nextStep.label}</h3>
      <p>{person.nextStep.reason}</p>
      <MessageIdeas person={person} />
      <details className="more">
        <summary>
          Let <bdi>{person.name}</bdi> know what's going on
        </summary>
        <ul className="draft-list">
          {person.signals.map((signal) => (
            <li key={signal}>
              <p className="draft">{signal}</p>
              <CopyButton text={signal} person={person.name} />
              <ShareButton text={signal} person={person.name} />
            </li>
          ))}
        </ul>
      </details>
      <button
        id={changeId(person)}
        type="button"
        className="link-button"
        aria-label={`Change details for ${person.name}`}
        onClick={() => setEditing(true)}
      >
        Change details
      </button>
    </li>
  );
}

/**
 * One idea is enough to start from; the others wait one tap away. With five shown for each of
 * eight people, the circle at large text ran past twenty thousand pixels, and a tired person
 * scrolled through forty messages to reach the next name.
 */
function MessageIdeas({ person }: { person: PersonView }) {
  const [first, ...others] = person.drafts;
  if (first === undefined) return null;
  return (
    <>
      <ul className="draft-list" aria-label={`Message ideas for ${person.name}`}>
        <MessageIdea text={first} person={person.name} />
      </ul>
      {others.length > 0 ? (
        <details className="more">
          <summary>
            More message ideas for <bdi>{person.name}</bdi>
          </summary>
          <ul className="draft-list" aria-label={`More message ideas for ${person.name}`}>
            {others.map((draft) => (
              <MessageIdea key={draft} text={draft} person={person.name} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function MessageIdea({ text, person }: { text: string; person: string }) {
  return (
    <li>
      <p className="draft">{text}</p>
      <CopyButton text={text} person={person} />
      <ShareButton text={text} person={person} />
    </li>
  );
}

function PersonForm({
  heading,
  initial,
  from,
  draftKey,
  onSave,
  onCancel,
  onRemove,
  onAsking,
}: {
  heading: string;
  /** How the form opens: empty, a suggested name, or the person as saved. */
  initial: PersonInput;
  /** For a new person, the name the form opened with, kept with the draft. */
  from: string;
  /** Where the words are kept on this device as they are typed; null keeps none. */
  draftKey: string | null;
  onSave: (input: PersonInput) => Promise<void>;
  onCancel: () => void;
  onRemove?: () => Promise<void>;
  /**
   * "Remove them from your circle?" is being asked: the status line still said the last thing
   * done ("Saved changes to Lee."), read beside a question about removing Lee.
   */
  onAsking?: () => void;
}) {
  // A form begun before starts where it was left, and says so.
  const { fields, change, restored, discard } = useKeptFields<PersonInput>({
    key: draftKey,
    start: {
      name: initial.name,
      relationship: initial.relationship,
      contactPreference: initial.contactPreference,
      wantedEveryDays: initial.wantedEveryDays,
    },
    kept: (key) => readDraft(key, personDraftSchema)?.fields,
    same: samePerson,
    stored: (fields) => ({ from, fields }) satisfies PersonDraft,
  });
  const { name, relationship, contactPreference: preference, wantedEveryDays: every } = fields;
  const [problem, setProblem] = useState("");
  const [confirming, setConfirming] = useState(false);
  // A second tap on "Yes, remove" while the first is on its way would find them gone already.
  const removing = useOneAtATime();
  // On a slow connection a second tap on Save would add the same person twice.
  const saving = useOneAtATime();
  // Add and change forms can be open at once, so each has its own ids for its labels.
  const id = useId();
  const ids = {
    name: `${id}-name`,
    relationship: `${id}-relationship`,
    preference: `${id}-preference`,
    every: `${id}-every`,
    question: `${id}-remove-question`,
    keep: `${id}-keep`,
    remove: `${id}-remove`,
  };
  const focusAfter = useFocusAfterRender();
  const nameField = useRef<HTMLInputElement>(null);
  // Opened, the form takes focus at its first field, so a keyboard or screen reader follows. A
  // form that comes back on its own with a draft (the screen loading again) leaves focus where
  // the screen put it. Before the paint (a layout effect): with Preact an ordinary effect waits
  // a frame, and a key pressed in that frame (Tab, or Enter on "Remove from my circle") was
  // undone when focus jumped back to the name, or pressed Save on it instead.
  const reopened = useRef(restored);
  useLayoutEffect(() => {
    if (!reopened.current) nameField.current?.focus();
  }, []);

  function discardDraft() {
    // Back to how the form opened: empty, the suggested name, or the person as saved.
    discard();
    setProblem("");
  }
  const options = howOften.some((o) => o.days === every)
    ? howOften
    : [...howOften, { days: every, label: `Every ${every} days` }];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.running()) return;
    const nameProblem = personNameProblem(name);
    if (nameProblem !== undefined) {
      setProblem(nameProblem);
      return;
    }
    await saving.run(async () => {
      try {
        await onSave({ name, relationship, contactPreference: preference, wantedEveryDays: every });
      } catch (error) {
        setProblem(messageOf(error));
      }
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-label={heading}>
      <h2>{heading}</h2>
      {restored ? (
        <DraftNotice
          detail={
            onRemove
              ? "It is different from what you saved. Press Save to keep it, or discard it to go back to what you saved."
              : "They aren't in your circle yet: press Save when you're ready."
          }
          onDiscard={discardDraft}
        />
      ) : null}
      <Field
        id={ids.name}
        label="Name"
        limit={{ value: name, max: PERSON_NAME_MAX, holder: "a name" }}
      >
        {(control) => (
          <input
            ref={nameField}
            {...control}
            value={name}
            onChange={(e) => change({ name: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={ids.relationship}
        label="How you know them (optional)"
        limit={{ value: relationship, max: RELATIONSHIP_MAX, holder: "this box" }}
      >
        {(control) => (
          <input
            {...control}
            value={relationship}
            onChange={(e) => change({ relationship: e.target.value })}
            // Fetch the crisis check as soon as the person starts on the words.
            onFocus={prepareCrisisCheck}
          />
        )}
      </Field>
      {/* Right under the words: how someone is known can say more than a name ever does. */}
      <CrisisWatch text={relationship} />
      <div className="field">
        <label htmlFor={ids.preference}>How they like to hear from you</label>
        <ChoiceSelect
          id={ids.preference}
          choices={contactPreferences}
          labels={preferenceLabels}
          value={preference}
          onChange={(value) => change({ contactPreference: value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.every}>How often you'd like to be in touch</label>
        <select
          id={ids.every}
          value={every}
          onChange={(e) => change({ wantedEveryDays: Number(e.target.value) })}
        >
          {options.map((o) => (
            <option key={o.days} value={o.days}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <FormProblem message={problem} />
      <div className="step-actions">
        <button type="submit" className="primary">
          {saving.busy ? "Saving…" : "Save"}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {onRemove ? (
        confirming ? (
          // The question takes the place of the button that asked it, so focus moves to the
          // answer that keeps them: pressing Enter twice by mistake removes no one.
          <div>
            <p id={ids.question}>Remove them from your circle? Your check-ins stay as they are.</p>
            <button
              type="button"
              className="secondary"
              aria-describedby={ids.question}
              onClick={() =>
                void removing.run(() =>
                  onRemove().catch((error: unknown) => setProblem(messageOf(error))),
                )
              }
            >
              {removing.busy ? "Removing…" : "Yes, remove"}
            </button>{" "}
            <button
              id={ids.keep}
              type="button"
              aria-describedby={ids.question}
              className="link-button"
              onClick={() => {
                setConfirming(false);
                focusAfter(ids.remove);
              }}
            >
              Keep them
            </button>
          </div>
        ) : (
          <button
            id={ids.remove}
            type="button"
            className="link-button"
            onClick={() => {
              setConfirming(true);
              onAsking?.();
              focusAfter(ids.keep);
            }}
          >
            Remove from my circle
          </button>
        )
      ) : null}
    </form>
  );
}
