package org.bobine.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Test users, created by root through the API. */
final class Users {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A logged-in user with its first channel. */
    record TestUser(String name, String password, String token, long channelId, String channel, Api api) {
    }

    private Users() {
    }

    static Api root(Bobine b) {
        Api anon = Api.anonymous(b);
        return anon.as(anon.login("root", Bobine.ROOT_PASSWORD));
    }

    static TestUser create(Bobine b, String prefix) {
        return create(b, prefix, -1);
    }

    static TestUser create(Bobine b, String prefix, long quota) {
        String name = prefix + SEQ.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100000, 36);
        String password = "pw-" + name + "-secret";
        Api.Res r = root(b).postJson("/api/v1/users", Api.obj("username", name, "password", password,
            "email", name + "@example.org", "videoQuota", quota, "videoQuotaDaily", -1, "role", 2));
        if (r.status() != 200) {
            throw new IllegalStateException("Cannot create user: " + r);
        }
        Api anon = Api.anonymous(b);
        String token = anon.login(name, password);
        JsonNode me = anon.as(token).get("/api/v1/users/me").json();
        JsonNode channel = me.get("videoChannels").get(0);
        return new TestUser(name, password, token, channel.get("id").asLong(), channel.get("name").asText(), anon.as(token));
    }
}
