package io.slotwise.admin.login;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Settings;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.api.InvitationAcceptance;
import io.slotwise.common.fx.Async;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The login screen's state: the remembered server and email, and what went wrong. With an
 * invitation code, the same screen accepts the invitation (with the account's password, or a
 * name and a new password for a new account) and logs in.
 */
public final class LoginModel {

    static String wrong() {
        return text("login.wrong");
    }

    private final Settings settings;
    private final Async async;
    private final Clock clock;
    private final Consumer<AdminSession> loggedIn;
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty invited = new SimpleBooleanProperty(false);
    private final StringProperty invitationCode = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code clock}: this computer's clock; the session aligns it with the server's. */
    public LoginModel(Settings settings, Async async, Clock clock, String defaultServer, Consumer<AdminSession> loggedIn) {
        this.settings = settings;
        this.async = async;
        this.clock = clock;
        this.loggedIn = loggedIn;
        server.set(settings.get("server").orElse(defaultServer));
        email.set(settings.get("email").orElse(""));
    }

    public void login() {
        String url = server.get() == null ? "" : server.get().trim();
        String who = email.get() == null ? "" : email.get().trim();
        if (!url.matches("https?://.+")) {
            message.set(text("login.badServer"));
            return;
        }
        if (invited.get()) {
            join(url);
            return;
        }
        if (who.isEmpty() || password.get().isEmpty()) {
            message.set(text("login.missing"));
            return;
        }
        SlotwiseClient client = SlotwiseClient.builder(url).build();
        String secret = password.get();
        message.set("");
        async.run(() -> client.staff().login(who, secret), (LoginResponse response) -> loggedIn(url, client, response), problem -> {
            client.close();
            message.set(problem.code().filter(c -> c == ErrorCode.UNAUTHENTICATED).isPresent() ? wrong() : problem.message());
        });
    }

    /** Accepts the invitation and logs in as the account that joined. */
    private void join(String url) {
        String code = invitationCode.get() == null ? "" : invitationCode.get().trim();
        if (code.isEmpty() || password.get().isEmpty()) {
            message.set(text("login.missingJoining"));
            return;
        }
        SlotwiseClient client = SlotwiseClient.builder(url).build();
        InvitationAcceptance acceptance = new InvitationAcceptance(code,
                displayName.get() == null || displayName.get().isBlank() ? null : displayName.get().trim(), password.get());
        message.set("");
        async.run(() -> client.staff().acceptInvitation(acceptance), (LoginResponse response) -> {
            invitationCode.set("");
            invited.set(false);
            loggedIn(url, client, response);
        }, problem -> {
            client.close();
            message.set(problem.code().filter(c -> c == ErrorCode.UNAUTHENTICATED).isPresent()
                    ? text("login.wrongJoining")
                    : problem.fields().containsKey("password") || problem.fields().containsKey("displayName")
                            ? text("login.newAccount")
                            : problem.message());
        });
    }

    private void loggedIn(String url, SlotwiseClient client, LoginResponse response) {
        String who = response.user().email();
        password.set("");
        settings.put("server", url);
        settings.put("email", who);
        email.set(who);
        if (response.memberships().isEmpty()) {
            client.close();
            message.set(text("login.noOrganization"));
            return;
        }
        UUID lastVenue = settings.get("venue").map(LoginModel::uuidOrNull).orElse(null);
        loggedIn.accept(new AdminSession(client, response, async, clock, lastVenue));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The member is joining with an invitation code rather than logging in. */
    public BooleanProperty invitedProperty() {
        return invited;
    }

    public StringProperty invitationCodeProperty() {
        return invitationCode;
    }

    /** Their name, for a new account only. */
    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Async async() {
        return async;
    }
}
