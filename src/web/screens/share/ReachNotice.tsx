/**
 * Said before a link is made, when links made here open on no other phone: the person learns it
 * now, not after sending a link that fails on the other side.
 *
 * `held` draws it unseen and unread, only to hold its room while the server has not yet said
 * whether links reach others (see ShareScreen): without its id, so nothing is described by it.
 */
export function ReachNotice({ held = false }: { held?: boolean }) {
  if (held) {
    return (
      <div className="share-reach held-room" aria-hidden="true" inert>
        <ReachWords />
      </div>
    );
  }
  return (
    <div className="share-reach" id="share-reach">
      <ReachWords />
    </div>
  );
}

function ReachWords() {
  return (
    <>
      <p>
        <strong>Links made here open only on this computer.</strong> Reconnect is set up to be
        reached from this computer alone, so a link won't open on anyone else's phone.
      </p>
      <p>
        You can still make your card and press <strong>Copy as a message</strong> to send its words
        in any messenger. Whoever looks after this Reconnect can give it a public address
        (PUBLIC_URL) so links open anywhere.
      </p>
    </>
  );
}
