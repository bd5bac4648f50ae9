package org.bobine.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** Waits for transcoding the way PeerTube's clients do: polling the video until it is published. */
final class Published {

    private Published() {
    }

    /**
     * @param api  a client that may see the video
     * @param uuid the video
     * @return the published video
     */
    static JsonNode await(Api api, String uuid) {
        // A guard so a stuck queue fails the test instead of the build; not a performance check.
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode v = null;
        while (System.nanoTime() < deadline) {
            v = api.get("/api/v1/videos/" + uuid).json();
            int state = v.get("state").get("id").asInt();
            if (state == 1) {
                return v;
            }
            if (state == 7) {
                throw new AssertionError("Transcoding failed: " + v);
            }
            Bobine.sleep(300);
        }
        throw new AssertionError("Not published in time: " + v);
    }

    /**
     * Waits until the job queue has nothing waiting or running, so counts and files stand still.
     *
     * @param bobine the instance
     */
    static void awaitIdle(Bobine bobine) {
        Api root = Users.root(bobine);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (root.get("/api/v1/jobs/waiting?count=0").json().get("total").asInt() == 0
                && root.get("/api/v1/jobs/active?count=0").json().get("total").asInt() == 0) {
                return;
            }
            Bobine.sleep(300);
        }
        throw new AssertionError("The job queue did not empty in time");
    }
}
