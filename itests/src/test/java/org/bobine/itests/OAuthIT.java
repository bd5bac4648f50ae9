package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PeerTube's OAuth flow against the running distribution. */
@ExtendWith(BobineExtension.class)
class OAuthIT {

    private final Bobine bobine;
    private final Api anon;

    OAuthIT(Bobine bobine) {
        this.bobine = bobine;
        this.anon = Api.anonymous(bobine);
    }

    private Map<String, String> client() {
        JsonNode c = anon.get("/api/v1/oauth-clients/local").json();
        return Map.of("client_id", c.get("client_id").asText(), "client_secret", c.get("client_secret").asText());
    }

    @Test
    void goodCredentialsGiveATokenPairInPeerTubesShape() {
        Api.Res r = anon.token("root", Bobine.ROOT_PASSWORD);
        assertEquals(200, r.status(), r.toString());
        JsonNode t = r.json();
        assertEquals("Bearer", t.get("token_type").asText());
        assertEquals(86399, t.get("expires_in").asLong());
        assertEquals(1209599, t.get("refresh_token_expires_in").asLong());
        assertTrue(t.get("access_token").asText().length() >= 32);
        assertEquals("no-store", r.header("Cache-Control"));
        JsonNode me = anon.as(t.get("access_token").asText()).get("/api/v1/users/me").json();
        assertEquals("root", me.get("username").asText());
        assertEquals(0, me.get("role").get("id").asInt());
        assertEquals("root_channel", me.get("videoChannels").get(0).get("name").asText());
    }

    @Test
    void badCredentialsAreA400ProblemWithPeerTubesCode() {
        Api.Res r = anon.token("root", "wrong-password");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals("invalid_grant", r.json().get("code").asText());
        Api.Res unknown = anon.token("nobody-here", "wrong-password");
        assertEquals(400, unknown.status());
        assertEquals("invalid_grant", unknown.json().get("code").asText());
    }

    @Test
    void badClientAndGrantAreRefused() {
        Api.Res r = anon.form("/api/v1/users/token", Map.of("client_id", "x", "client_secret", "y",
            "grant_type", "password", "username", "root", "password", Bobine.ROOT_PASSWORD));
        assertEquals(400, r.status());
        assertEquals("invalid_client", r.json().get("code").asText());
        Map<String, String> c = client();
        Api.Res g = anon.form("/api/v1/users/token", Map.of("client_id", c.get("client_id"),
            "client_secret", c.get("client_secret"), "grant_type", "client_credentials"));
        assertEquals(400, g.status());
        assertEquals("unsupported_grant_type", g.json().get("code").asText());
    }

    @Test
    void refreshGivesANewPairAndRevokesTheOldOne() {
        JsonNode first = anon.token("root", Bobine.ROOT_PASSWORD).json();
        Map<String, String> c = client();
        Api.Res r = anon.form("/api/v1/users/token", Map.of("client_id", c.get("client_id"),
            "client_secret", c.get("client_secret"), "grant_type", "refresh_token",
            "refresh_token", first.get("refresh_token").asText()));
        assertEquals(200, r.status(), r.toString());
        String newAccess = r.json().get("access_token").asText();
        assertNotEquals(first.get("access_token").asText(), newAccess);
        assertEquals(200, anon.as(newAccess).get("/api/v1/users/me").status());
        assertEquals(401, anon.as(first.get("access_token").asText()).get("/api/v1/users/me").status());
        Api.Res again = anon.form("/api/v1/users/token", Map.of("client_id", c.get("client_id"),
            "client_secret", c.get("client_secret"), "grant_type", "refresh_token",
            "refresh_token", first.get("refresh_token").asText()));
        assertEquals(400, again.status());
        assertEquals("invalid_grant", again.json().get("code").asText());
    }

    @Test
    void revokedTokensStopWorking() {
        String token = anon.login("root", Bobine.ROOT_PASSWORD);
        Api api = anon.as(token);
        assertEquals(200, api.get("/api/v1/users/me").status());
        Api.Res r = api.postJson("/api/v1/users/revoke-token", "{}");
        assertEquals(200, r.status(), r.toString());
        Api.Res after = api.get("/api/v1/users/me");
        assertEquals(401, after.status());
        assertEquals("invalid_token", after.json().get("code").asText());
    }

    @Test
    void aBadTokenIsRefusedEvenOnPublicRoutes() {
        Api.Res r = anon.as("not-a-token").get("/api/v1/videos");
        assertEquals(401, r.status());
        assertEquals("invalid_token", r.json().get("code").asText());
        assertEquals(401, anon.get("/api/v1/users/me").status());
    }

    @Test
    void repeatedFailuresForOneUserAreRateLimited() {
        Users.TestUser u = Users.create(bobine, "limited");
        int status = 0;
        for (int i = 0; i < 12 && status != 429; i++) {
            status = anon.token(u.name(), "wrong-" + i).status();
        }
        assertEquals(429, status);
        Api.Res blocked = anon.token(u.name(), u.password());
        assertEquals(429, blocked.status(), "even the right password waits for the window to pass");
        assertTrue(blocked.contentType().startsWith("application/problem+json"));
    }

    @Test
    void anAdministratorCreatesUsersAndRegistrationIsClosedByDefault() {
        Users.TestUser u = Users.create(bobine, "made");
        JsonNode me = u.api().get("/api/v1/users/me").json();
        assertEquals(2, me.get("role").get("id").asInt());
        assertEquals(u.name(), me.get("account").get("name").asText());
        Api.Res forbidden = u.api().postJson("/api/v1/users", Api.obj("username", "sneaky", "password", "password-123",
            "email", "s@example.org", "videoQuota", -1, "videoQuotaDaily", -1, "role", 0));
        assertEquals(403, forbidden.status());
        Api.Res reg = anon.postJson("/api/v1/users/register", Api.obj("username", "visitor", "password", "password-123",
            "email", "v@example.org"));
        assertEquals(403, reg.status());
        assertEquals("signup_disabled", reg.json().get("code").asText());
        assertEquals(false, anon.get("/api/v1/config").json().get("signup").get("allowed").asBoolean());
    }
}
