import { loadNewRelease, useNewerRelease } from "../app/release.js";

/**
 * Shown while this page is older than the release the server hands out: what happened, and one
 * button to load the new one. The next move to another screen loads it anyway.
 */
export function ReleaseNotice() {
  const newer = useNewerRelease();
  if (!newer) return null;
  return (
    <div className="release-notice" role="status">
      <p>Reconnect has been updated since this page opened. Reload it to use the new version.</p>
      <button type="button" className="secondary" onClick={() => void loadNewRelease()}>
        Reload Reconnect
      </button>
    </div>
  );
}
