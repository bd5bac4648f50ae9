package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Channels CRUD and accounts, over HTTP. */
@ExtendWith(BobineExtension.class)
class ChannelsIT {

    private final Bobine bobine;

    ChannelsIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @Test
    void createReadUpdateDelete() {
        Users.TestUser u = Users.create(bobine, "chan");
        String handle = u.name() + "_music";
        Api.Res created = u.api().postJson("/api/v1/video-channels", Api.obj("name", handle, "displayName", "Music",
            "description", "Songs I like", "support", "Buy me a coffee"));
        assertEquals(200, created.status(), created.toString());
        long id = created.json().get("videoChannel").get("id").asLong();

        JsonNode c = Api.anonymous(bobine).get("/api/v1/video-channels/" + handle).json();
        assertEquals(id, c.get("id").asLong());
        assertEquals("Music", c.get("displayName").asText());
        assertEquals("Buy me a coffee", c.get("support").asText());
        assertEquals(u.name(), c.get("ownerAccount").get("name").asText());
        assertTrue(c.get("url").asText().endsWith("/video-channels/" + handle));

        Api.Res updated = u.api().putJson("/api/v1/video-channels/" + handle, Api.obj("displayName", "Music & more"));
        assertEquals(204, updated.status(), updated.toString());
        assertEquals("Music & more", Api.anonymous(bobine).get("/api/v1/video-channels/" + handle).json()
            .get("displayName").asText());

        JsonNode mine = Api.anonymous(bobine).get("/api/v1/accounts/" + u.name() + "/video-channels").json();
        assertEquals(2, mine.get("total").asInt());

        JsonNode all = Api.anonymous(bobine).get("/api/v1/video-channels?count=100&sort=-createdAt").json();
        assertTrue(all.get("total").asInt() >= 2);

        assertEquals(204, u.api().delete("/api/v1/video-channels/" + handle).status());
        Api.Res gone = Api.anonymous(bobine).get("/api/v1/video-channels/" + handle);
        assertEquals(404, gone.status());
        assertTrue(gone.contentType().startsWith("application/problem+json"));
    }

    @Test
    void onlyTheOwnerChangesAChannel() {
        Users.TestUser owner = Users.create(bobine, "owner");
        Users.TestUser other = Users.create(bobine, "other");
        assertEquals(403, other.api().putJson("/api/v1/video-channels/" + owner.channel(),
            Api.obj("displayName", "Mine now")).status());
        assertEquals(403, other.api().delete("/api/v1/video-channels/" + owner.channel()).status());
        assertEquals(401, Api.anonymous(bobine).putJson("/api/v1/video-channels/" + owner.channel(),
            Api.obj("displayName", "Mine now")).status());
        assertEquals(401, Api.anonymous(bobine).postJson("/api/v1/video-channels",
            Api.obj("name", "anon_channel", "displayName", "Anon")).status());
    }

    @Test
    void handlesAreUniqueAcrossAccountsAndChannels() {
        Users.TestUser u = Users.create(bobine, "uniq");
        Api.Res sameAsChannel = u.api().postJson("/api/v1/video-channels", Api.obj("name", u.channel(), "displayName", "x"));
        assertEquals(409, sameAsChannel.status());
        Api.Res sameAsAccount = u.api().postJson("/api/v1/video-channels", Api.obj("name", "root", "displayName", "x"));
        assertEquals(409, sameAsAccount.status());
        Api.Res invalid = u.api().postJson("/api/v1/video-channels", Api.obj("name", "Not Valid!", "displayName", "x"));
        assertEquals(400, invalid.status());
    }

    @Test
    void theLastChannelOfAnAccountStays() {
        Users.TestUser u = Users.create(bobine, "last");
        Api.Res r = u.api().delete("/api/v1/video-channels/" + u.channel());
        assertEquals(409, r.status(), r.toString());
        assertEquals(200, Api.anonymous(bobine).get("/api/v1/video-channels/" + u.channel()).status());
    }

    @Test
    void accountsAreReadable() {
        JsonNode root = Api.anonymous(bobine).get("/api/v1/accounts/root").json();
        assertEquals("root", root.get("name").asText());
        assertEquals(404, Api.anonymous(bobine).get("/api/v1/accounts/nobody-at-all").status());
    }
}
