package fr.deffinum.api.security;

import fr.deffinum.application.convention.Mailboxes;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A user's address is the one their account declares in configuration ({@code deffinum.users[].email}). */
@Component
class UserMailboxes implements Mailboxes {

    private final UsersProperties users;

    UserMailboxes(UsersProperties users) {
        this.users = users;
    }

    @Override
    public Optional<String> addressOf(String user) {
        return users.users().stream().filter(declared -> declared.name().equals(user))
                .map(UsersProperties.User::email).filter(email -> email != null && !email.isBlank()).findFirst();
    }
}
