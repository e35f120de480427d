package fr.deffinum.application.convention;

import java.util.Optional;

/** Where a user's mail goes: the address their account declares, if any. */
public interface Mailboxes {

    Optional<String> addressOf(String user);
}
