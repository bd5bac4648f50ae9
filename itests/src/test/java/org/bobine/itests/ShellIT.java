package org.bobine.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Karaf shell commands of scope bobine, through bin/client. */
@ExtendWith(BobineExtension.class)
class ShellIT {

    private final Bobine bobine;

    ShellIT(Bobine bobine) {
        this.bobine = bobine;
    }

    @Test
    void listAndAddUsersAndListVideos() {
        String name = "shell" + Long.toString(System.nanoTime() % 1000000, 36);
        String added = bobine.shell("bobine:user-add --password shell-password-1 " + name + " " + name + "@example.org");
        assertTrue(added.contains("Created user " + name), added);
        String users = bobine.shell("bobine:user-list");
        assertTrue(users.contains("root") && users.contains(name), users);
        assertTrue(Api.anonymous(bobine).login(name, "shell-password-1").length() > 10);
        Users.TestUser u = Users.create(bobine, "shellvid");
        String uuid = u.api().upload(u.channelId(), "Seen from the shell", 1, "s.mp4", Media.video()).json()
            .get("video").get("uuid").asText();
        Published.await(u.api(), uuid);
        String videos = bobine.shell("bobine:video-list");
        assertTrue(videos.contains("Seen from the shell"), videos);
    }
}
