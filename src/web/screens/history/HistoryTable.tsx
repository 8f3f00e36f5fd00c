import type { Checkin } from "../../../core/checkins/checkin.schema.js";
import type { LocalDate } from "../../../core/dates/local-date.js";
import { checkinPath } from "../../app/routes.js";
import { shortDayParts } from "../../components/day-name.js";
import { Link } from "../../components/Link.js";
import { TableScroll } from "../../components/TableScroll.js";

/**
 * Every number behind the chart, newest first. Each day is a link to change it, written short so
 * the table fits a phone.
 */
export function HistoryTable({
  checkins,
  today,
}: {
  checkins: readonly Checkin[];
  today: LocalDate;
}) {
  const newestFirst = [...checkins].reverse();
  return (
    <TableScroll label="Your check-ins, newest first">
      <table>
        <caption>Your check-ins, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Mood</th>
            <th scope="col">Energy</th>
            <th scope="col">Connections</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((checkin) => {
            const { weekday, day } = shortDayParts(checkin.date);
            return (
              <tr key={checkin.date}>
                <th scope="row">
                  <Link href={checkinPath(checkin.date, today)}>
                    <span className="visually-hidden">Edit </span>
                    <span className="weekday">{weekday} </span>
                    {day}
                  </Link>
                </th>
                <td>{checkin.mood}</td>
                <td>{checkin.energy ?? <NotGiven />}</td>
                <td>{checkin.connections.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function NotGiven() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">not given</span>
    </>
  );
}
