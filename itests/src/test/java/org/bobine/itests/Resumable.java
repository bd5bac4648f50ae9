package org.bobine.itests;

import java.util.Arrays;
import java.util.Map;

/** PeerTube's resumable upload protocol, as its clients drive it. */
final class Resumable {

    private Resumable() {
    }

    /** Opens a session; returns the path and query of its Location. */
    static String start(Users.TestUser u, String name, int privacy, String filename, long size) {
        Api.Res r = u.api().postWithHeaders("/api/v1/videos/upload-resumable",
            Map.of("X-Upload-Content-Length", String.valueOf(size), "X-Upload-Content-Type", "video/mp4"),
            Api.obj("name", name, "channelId", u.channelId(), "privacy", privacy, "filename", filename));
        if (r.status() != 201) {
            throw new IllegalStateException("Resumable upload refused: " + r);
        }
        String location = r.header("Location");
        return location.substring(location.indexOf("/api/"));
    }

    static Api.Res put(Users.TestUser u, String location, byte[] all, int from, int to) {
        return u.api().put(location, Map.of("Content-Type", "application/octet-stream",
            "Content-Range", "bytes " + from + "-" + (to - 1) + "/" + all.length), Arrays.copyOfRange(all, from, to));
    }

    static Api.Res status(Users.TestUser u, String location, long size) {
        return u.api().put(location, Map.of("Content-Range", "bytes */" + size), new byte[0]);
    }
}
