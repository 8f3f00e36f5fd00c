import type { Checkin } from "../../core/checkins/checkin.schema.js";
import { mayHaveQueued } from "./queue-marker.js";

/**
 * The check-in this device keeps for `date`, waiting to be sent for `accountId`, as a check-in,
 * with the version of the day it was typed over (`base`); undefined when there is none (or the device's storage cannot be read: the screen then opens as
 * it would online). The queue's code loads only when something was ever queued here.
 */
export async function queuedDay(
  accountId: string,
  date: string,
): Promise<{ checkin: Checkin; base: string | null } | undefined> {
  if (!mayHaveQueued()) return undefined;
  try {
    const [{ readQueue }, { asCheckin }] = await Promise.all([
      import("./queue-store.js"),
      import("./queue-rules.js"),
    ]);
    const { items } = await readQueue();
    const item = items.find(
      (queued) =>
        queued.accountId === accountId && queued.date === date && queued.state === "waiting",
    );
    return item === undefined ? undefined : { checkin: asCheckin(item), base: item.base };
  } catch {
    return undefined;
  }
}
