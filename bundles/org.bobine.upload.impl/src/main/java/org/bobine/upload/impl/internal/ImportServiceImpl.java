package org.bobine.upload.impl.internal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bobine.core.api.BobineException;
import org.bobine.core.api.Caller;
import org.bobine.core.api.HookService;
import org.bobine.core.api.model.Constant;
import org.bobine.core.api.model.ResultList;
import org.bobine.sdk.hook.AcceptResult;
import org.bobine.sdk.hook.Hooks;
import org.bobine.sdk.hook.ImportAttempt;
import org.bobine.sdk.hook.Viewer;
import org.bobine.sdk.imports.ImportInfo;
import org.bobine.sdk.imports.ImportRequest;
import org.bobine.sdk.imports.VideoImporter;
import org.bobine.sdk.plugin.PluginException;
import org.bobine.video.api.ImportService;
import org.bobine.video.api.VideoConstants;
import org.bobine.video.api.VideoService;
import org.bobine.video.api.ingest.VideoIngest;
import org.bobine.video.api.model.VideoAttributes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PeerTube's imports by URL, checked here and done by the importer plugin. */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);
    private static final Map<Integer, String> STATES = Map.of(ImportInfo.PENDING, "Pending", ImportInfo.SUCCESS, "Success",
        ImportInfo.FAILED, "Failed", ImportInfo.REJECTED, "Rejected", ImportInfo.CANCELLED, "Cancelled",
        ImportInfo.PROCESSING, "Processing");

    private final VideoIngest ingest;
    private final HookService hooks;
    private final Importers importers;
    private final VideoService videos;

    /**
     * @param ingest    checks the attributes and the channel
     * @param hooks     the pre-import hooks
     * @param importers the importer
     * @param videos    the imported videos, for the answer
     */
    @Activate
    public ImportServiceImpl(@Reference VideoIngest ingest, @Reference HookService hooks, @Reference Importers importers,
                             @Reference VideoService videos) {
        this.ingest = ingest;
        this.hooks = hooks;
        this.importers = importers;
        this.videos = videos;
    }

    static Viewer viewer(Caller c) {
        return new Viewer(c.username(), c.role().label().toLowerCase(Locale.ROOT));
    }

    private VideoImporter importer() {
        VideoImporter i = importers.importer();
        if (i == null) {
            throw new BobineException(403, null, "Importing videos by URL is not enabled on this instance "
                + "(the video-import plugin is not running)");
        }
        return i;
    }

    @Override
    public Map<String, Object> start(Caller caller, String targetUrl, VideoAttributes attrs) {
        caller.requireUser();
        if (targetUrl == null || targetUrl.isBlank()) {
            throw BobineException.badRequest("targetUrl is required (magnet and torrent imports are not supported)");
        }
        if (targetUrl.length() > 2000) {
            throw BobineException.badRequest("targetUrl: at most 2000 characters");
        }
        if (attrs == null || attrs.channelId == null) {
            throw BobineException.badRequest("channelId is required");
        }
        if (attrs.privacy != null && attrs.privacy == VideoConstants.PASSWORD_PROTECTED) {
            throw BobineException.badRequest("privacy: imported videos cannot be password-protected; change it once imported");
        }
        ingest.check(caller, attrs, false);
        AcceptResult accept = hooks.filter(Hooks.FILTER_PRE_IMPORT_URL_ACCEPT, new ImportAttempt(caller.username(), targetUrl),
            AcceptResult.ACCEPT);
        if (!accept.accepted()) {
            throw BobineException.forbidden(accept.errorMessage() == null ? "Import refused by a plugin" : accept.errorMessage());
        }
        VideoImporter importer = importer();
        Viewer viewer = viewer(caller);
        ImportRequest request = new ImportRequest(targetUrl.trim(), attrs.channelId, new org.bobine.sdk.hook.VideoAttributes(
            attrs.name, attrs.description, attrs.tags, Boolean.TRUE.equals(attrs.nsfw), attrs.category, attrs.language,
            attrs.privacy == null ? VideoConstants.PUBLIC : attrs.privacy));
        try {
            ImportInfo info = hooks.bounded(() -> importer.start(viewer, request));
            LOG.info("User {} imports {} (import {})", caller.username(), targetUrl, info.id());
            return json(caller, info);
        } catch (PluginException e) {
            throw new BobineException(e.status(), e.code(), e.getMessage());
        } catch (Exception e) {
            LOG.warn("The importer failed to start an import of {}", targetUrl, e);
            throw new BobineException(503, null, "The import could not be started; try again later");
        }
    }

    @Override
    public ResultList<Map<String, Object>> mine(Caller caller, int start, int count) {
        caller.requireUser();
        if (start < 0) {
            throw BobineException.badRequest("start must be 0 or more");
        }
        if (count < 0 || count > 100) {
            throw BobineException.badRequest("count must be between 0 and 100");
        }
        VideoImporter owned = importers.importer();
        if (owned == null) {
            return new ResultList<>(0, List.of());
        }
        Viewer viewer = viewer(caller);
        try {
            long total = hooks.bounded(() -> owned.count(viewer));
            List<ImportInfo> page = hooks.bounded(() -> owned.list(viewer, start, count));
            List<Map<String, Object>> data = new ArrayList<>();
            for (ImportInfo i : page) {
                data.add(json(caller, i));
            }
            return new ResultList<>(total, data);
        } catch (Exception e) {
            LOG.warn("The importer failed to list imports", e);
            throw new BobineException(503, null, "The imports could not be listed; try again later");
        }
    }

    private Map<String, Object> json(Caller caller, ImportInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("targetUrl", i.targetUrl());
        m.put("magnetUri", null);
        m.put("torrentName", null);
        m.put("state", new Constant<>(i.state(), STATES.getOrDefault(i.state(), "Unknown")));
        m.put("progress", i.progress());
        m.put("error", i.error());
        m.put("createdAt", iso(i.createdAt()));
        m.put("updatedAt", iso(i.updatedAt()));
        Object video = null;
        if (i.videoUuid() != null) {
            try {
                video = videos.get(caller, i.videoUuid());
            } catch (BobineException e) {
                video = null; // Deleted since, or no longer visible.
            }
        }
        m.put("video", video);
        return m;
    }

    @Override
    public boolean available() {
        return importers.importer() != null;
    }

    private static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
