import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import type { PersonView } from "../../../core/circle/circle-api.schema.js";
import {
  type ContactPreference,
  contactPreferences,
  type PersonInput,
} from "../../../core/circle/person.schema.js";
import type { SuggestedPerson } from "../../../core/circle/suggested-people.js";
import type { OneTapEnergy } from "../../../core/plan/energy.js";
import { messageOf } from "../../api/client.js";
import { ChoiceSelect } from "../../components/ChoiceSelect.js";
import { FormProblem } from "../../components/FormProblem.js";
import { Link } from "../../components/Link.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { EnergyPicker, energyNumber } from "../plan/EnergyPicker.js";
import { planApi } from "../plan/plan-api.js";
import { CopyButton, ShareButton } from "./CopyShare.js";

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
  /** The form to add someone, with the name it starts from ("" for none); null when closed. */
  const [adding, setAdding] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [problem, setProblem] = useState("");

  const load = useCallback(async () => {
    try {
      const answer = await planApi.people(energyNumber(energy));
      setPeople(answer.people);
      setSuggested(answer.suggested);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [energy]);
  useEffect(() => {
    void load();
  }, [load]);

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

      {people !== null && people.length === 0 && adding === null ? (
        <p>Nobody here yet. Add one person you'd like to stay close to.</p>
      ) : null}
      <ul className="card-list" aria-label="People in your circle">
        {people?.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            onChanged={async (said) => {
              setStatus(said);
              await load();
            }}
          />
        ))}
      </ul>

      {suggested.length > 0 && adding === null ? (
        <section aria-labelledby="suggested-heading">
          <h2 id="suggested-heading">People from your check-ins</h2>
          <p className="hint">
            You've noted time with them when you checked in. Add anyone you'd like to stay close to.
          </p>
          <ul className="draft-list">
            {suggested.map((person) => (
              <li key={person.name}>
                <span className="suggested-name">{person.name}</span>{" "}
                <button type="button" className="secondary" onClick={() => setAdding(person.name)}>
                  Add {person.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {adding !== null ? (
        <PersonForm
          key={adding}
          heading="Add someone"
          initial={
            adding === ""
              ? undefined
              : {
                  name: adding,
                  relationship: "",
                  contactPreference: "message",
                  wantedEveryDays: 14,
                }
          }
          onCancel={() => setAdding(null)}
          onSave={async (input) => {
            await planApi.addPerson(input);
            setAdding(null);
            setStatus(`${input.name} is in your circle.`);
            await load();
          }}
        />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding("")}>
          Add someone
        </button>
      )}
    </div>
  );
}

function PersonCard({
  person,
  onChanged,
}: {
  person: PersonView;
  onChanged: (said: string) => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState("");
  if (editing) {
    return (
      <li className="card">
        <PersonForm
          heading={`Change ${person.name}`}
          initial={person}
          onCancel={() => setEditing(false)}
          onSave={async (input) => {
            await planApi.editPerson(person.id, input);
            setEditing(false);
            await onChanged(`Saved changes to ${input.name}.`);
          }}
          onRemove={async () => {
            await planApi.removePerson(person.id);
            await onChanged(`${person.name} is no longer in your circle.`);
          }}
        />
      </li>
    );
  }
  return (
    <li className="card">
      <h2>{person.name}</h2>
      {person.relationship ? <p className="hint">{person.relationship}</p> : null}
      <p>
        {lastSeen(person)}
        {person.overdue ? " It's been a little longer than you'd like, and that's OK." : ""}
      </p>
      <h3>A gentle next step: {person.nextStep.label}</h3>
      <p>{person.nextStep.reason}</p>
      <ul className="draft-list" aria-label={`Message ideas for ${person.name}`}>
        {person.drafts.map((draft) => (
          <li key={draft}>
            <p className="draft">{draft}</p>
            <CopyButton text={draft} />
            <ShareButton text={draft} />
          </li>
        ))}
      </ul>
      <details className="more">
        <summary>Let {person.name} know what's going on</summary>
        <ul className="draft-list">
          {person.signals.map((signal) => (
            <li key={signal}>
              <p className="draft">{signal}</p>
              <CopyButton text={signal} />
              <ShareButton text={signal} />
            </li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        className="link-button"
        aria-label={`Change details for ${person.name}`}
        onClick={() => {
          setProblem("");
          setEditing(true);
        }}
      >
        Change details
      </button>
      <FormProblem message={problem} />
    </li>
  );
}

function PersonForm({
  heading,
  initial,
  onSave,
  onCancel,
  onRemove,
}: {
  heading: string;
  initial?: PersonInput;
  onSave: (input: PersonInput) => Promise<void>;
  onCancel: () => void;
  onRemove?: () => Promise<void>;
}) {
  const [name, setName] = useState(initial?.name ?? "");
  const [relationship, setRelationship] = useState(initial?.relationship ?? "");
  const [preference, setPreference] = useState<ContactPreference>(
    initial?.contactPreference ?? "message",
  );
  const [every, setEvery] = useState(initial?.wantedEveryDays ?? 14);
  const [problem, setProblem] = useState("");
  const [confirming, setConfirming] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  // Opened, the form takes focus at its first field, so a keyboard or screen reader follows.
  useEffect(() => nameField.current?.focus(), []);
  const options = howOften.some((o) => o.days === every)
    ? howOften
    : [...howOften, { days: every, label: `Every ${every} days` }];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === "") {
      setProblem("Please add a name, or a nickname.");
      return;
    }
    try {
      await onSave({ name, relationship, contactPreference: preference, wantedEveryDays: every });
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-label={heading}>
      <h2>{heading}</h2>
      <div className="field">
        <label htmlFor="person-name">Name</label>
        <input
          ref={nameField}
          id="person-name"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="person-relationship">How you know them (optional)</label>
        <input
          id="person-relationship"
          value={relationship}
          maxLength={100}
          onChange={(e) => setRelationship(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="person-preference">How they like to hear from you</label>
        <ChoiceSelect
          id="person-preference"
          choices={contactPreferences}
          labels={preferenceLabels}
          value={preference}
          onChange={setPreference}
        />
      </div>
      <div className="field">
        <label htmlFor="person-every">How often you'd like to be in touch</label>
        <select id="person-every" value={every} onChange={(e) => setEvery(Number(e.target.value))}>
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
          Save
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {onRemove ? (
        confirming ? (
          <p>
            Remove them from your circle? Your check-ins stay as they are.{" "}
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void onRemove().catch((error: unknown) => setProblem(messageOf(error)))
              }
            >
              Yes, remove
            </button>{" "}
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            Remove from my circle
          </button>
        )
      ) : null}
    </form>
  );
}
