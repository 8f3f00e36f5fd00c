import { type FormEvent, useState } from "react";
import { addDays, isLocalDate, type LocalDate } from "../../../core/dates/local-date.js";
import { navigate } from "../../app/router.js";
import { checkinPath } from "../../app/routes.js";
import { Field } from "../../components/Field.js";
import { Link } from "../../components/Link.js";

/** Moves between days: one step back or forward, or straight to any past day. */
export function DayNav({ date, today }: { date: LocalDate; today: LocalDate }) {
  const previous = addDays(date, -1);
  const next = addDays(date, 1);
  return (
    <nav className="day-nav" aria-label="Other days">
      <Link href={checkinPath(previous, today)}>Previous day</Link>
      {date < today ? <Link href={checkinPath(next, today)}>Next day</Link> : null}
    </nav>
  );
}

export function DayPicker({ date, today }: { date: LocalDate; today: LocalDate }) {
  const [picked, setPicked] = useState(date);
  const [problem, setProblem] = useState("");
  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isLocalDate(picked)) {
      setProblem("Pick a day from the calendar, or type it like 2025-03-14.");
    } else if (picked > today) {
      setProblem("That day hasn't come yet. Pick today or an earlier day.");
    } else {
      setProblem("");
      navigate(checkinPath(picked, today));
    }
  }
  return (
    <form className="day-picker" noValidate onSubmit={open}>
      <Field id="day-picker-date" label="Check in for another day" error={problem || undefined}>
        {(control) => (
          <input
            {...control}
            type="date"
            max={today}
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="secondary">
        Open that day
      </button>
    </form>
  );
}
