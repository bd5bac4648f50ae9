package org.bobine.upload.impl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.video.api.ingest.NewVideo;
import org.bobine.video.api.ingest.VideoIngest;
import org.bobine.video.api.model.VideoAttributes;
import org.bobine.video.api.model.VideoRef;

/**
 * An in-memory core for the uploads' tests: every user owns channel 1 only, quotas are set by the test, and a
 * published video's file is moved into {@code storage/} as the core moves it (so a test sees what was taken).
 */
final class FakeIngest implements VideoIngest {

    final Path tmp;
    final Path storage;
    long remaining = Long.MAX_VALUE;
    final List<NewVideo> published = new ArrayList<>();

    FakeIngest(Path data) throws IOException {
        this.tmp = Files.createDirectories(data.resolve("tmp"));
        this.storage = Files.createDirectories(data.resolve("storage"));
    }

    @Override
    public String check(Caller caller, VideoAttributes attrs, boolean complete) {
        caller.requireUser();
        validate(attrs, complete);
        if (attrs.channelId != null && attrs.channelId != 1L) {
            throw BobineException.forbidden("Cannot publish to a channel you do not own");
        }
        return "main";
    }

    @Override
    public void validate(VideoAttributes attrs, boolean complete) {
        if (complete && (attrs.name == null || attrs.name.length() < 3)) {
            throw BobineException.badRequest("name must be 3-120 characters");
        }
    }

    @Override
    public long remainingQuota(Caller caller) {
        return remaining;
    }

    @Override
    public List<String> acceptedExtensions() {
        return List.of(".mp4", ".webm");
    }

    @Override
    public Path tempFolder() {
        return tmp;
    }

    @Override
    public VideoRef publish(Caller caller, NewVideo video) {
        try {
            Files.move(video.file(), storage.resolve("video-" + published.size() + video.extension()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        published.add(video);
        return new VideoRef(published.size(), "uuid-" + published.size(), "short-" + published.size());
    }
}
