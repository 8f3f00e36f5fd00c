import type { EndedHere } from "../../app/session-end.js";
import { ScreenHeading } from "../../components/ScreenHeading.js";
import { AccessLogSection } from "./AccessLogSection.js";
import { ChangePasswordSection } from "./ChangePasswordSection.js";
import { EraseAccountSection } from "./EraseAccountSection.js";
import { HealthRecordSection } from "./HealthRecordSection.js";
import { ReportSection } from "./ReportSection.js";
import { SignOutEverywhereSection } from "./SignOutEverywhereSection.js";
import { SpreadsheetSection } from "./SpreadsheetSection.js";
import { TakeYourDataSection } from "./TakeYourDataSection.js";

interface YourDataScreenProps {
  /** This browser's session is gone (signed out everywhere, or the account erased). */
  onSessionEnded: (why: EndedHere) => void;
}

/** "You and your data": the account's care, and the person's way to take their data and leave. */
export default function YourDataScreen({ onSessionEnded }: YourDataScreenProps) {
  return (
    <div className="screen stack">
      <ScreenHeading title="You and your data">You and your data</ScreenHeading>
      <p>
        Everything you write in Reconnect is yours. Here you can keep your account safe, take a copy
        of it all with you, or erase it.
      </p>
      <TakeYourDataSection />
      <SpreadsheetSection />
      <HealthRecordSection />
      <ReportSection />
      <ChangePasswordSection />
      <SignOutEverywhereSection onSignedOut={() => onSessionEnded("signed-out-everywhere")} />
      <AccessLogSection />
      <EraseAccountSection onErased={() => onSessionEnded("erased")} />
    </div>
  );
}
