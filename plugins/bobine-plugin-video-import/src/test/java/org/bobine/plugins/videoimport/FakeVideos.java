package org.bobine.plugins.videoimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bobine.sdk.helpers.VideoHelpers;
import org.bobine.sdk.hook.VideoAttributes;
import org.bobine.sdk.hook.VideoInfo;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.plugin.PluginException;

/** VideoHelpers that records what create() was given (the file's bytes are copied: the plugin deletes it). */
final class FakeVideos implements VideoHelpers {

    record Created(Viewer viewer, long channelId, VideoAttributes attributes, Path file, byte[] bytes,
                   String filename, String uuid) {
    }

    final List<Created> created = new CopyOnWriteArrayList<>();
    volatile PluginException refusal;

    @Override
    public VideoInfo create(Viewer viewer, long channelId, VideoAttributes attributes, Path file, String filename) {
        if (refusal != null) {
            throw refusal;
        }
        try {
            String uuid = UUID.randomUUID().toString();
            created.add(new Created(viewer, channelId, attributes, file, Files.readAllBytes(file), filename, uuid));
            return new VideoInfo(created.size(), uuid, attributes.name(), attributes.description(),
                attributes.privacy(), attributes.nsfw(), attributes.tags(), attributes.category(),
                attributes.language(), viewer.username(), "channel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<VideoInfo> get(Viewer viewer, String id) {
        return Optional.empty();
    }

    @Override
    public List<VideoInfo> list(Viewer viewer, int start, int count) {
        return List.of();
    }

    @Override
    public VideoInfo update(Viewer viewer, String id, VideoAttributes attributes) {
        throw new UnsupportedOperationException();
    }
}
