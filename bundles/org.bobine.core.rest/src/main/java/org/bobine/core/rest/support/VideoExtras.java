package org.bobine.core.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bobine.core.api.Caller;
import org.bobine.core.api.model.ResultList;
import org.bobine.video.api.VideoExtension;
import org.bobine.video.api.model.Video;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Adds the {@link VideoExtension}s' per-user fields to the videos answered to a logged-in user. The videos
 * themselves may be shared by every caller (the core caches lists), so the fields go into a copy of the
 * answer's JSON tree, never into the objects. A service: every REST bundle that answers videos uses it.
 */
@Component(service = VideoExtras.class)
public class VideoExtras {

    /** Jackson's default mapping, as the JSON provider's (the fields added are plain values). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<VideoExtension> extensions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExtension(VideoExtension e) {
        extensions.add(e);
    }

    void removeExtension(VideoExtension e) {
        extensions.remove(e);
    }

    private Map<Long, Map<String, Object>> fields(Caller caller, List<Long> ids) {
        Map<Long, Map<String, Object>> all = new HashMap<>();
        if (caller.anonymous() || ids.isEmpty()) {
            return all;
        }
        for (VideoExtension e : extensions) {
            e.fields(caller, ids).forEach((id, f) -> all.computeIfAbsent(id, k -> new HashMap<>()).putAll(f));
        }
        return all;
    }

    /**
     * @param caller who asked
     * @param page   the answer
     * @return the answer itself, or its JSON with the caller's fields added
     */
    public Object page(Caller caller, ResultList<? extends Video> page) {
        List<Long> ids = new ArrayList<>();
        page.data.forEach(v -> ids.add(v.id));
        Map<Long, Map<String, Object>> fields = fields(caller, ids);
        if (fields.isEmpty()) {
            return page;
        }
        JsonNode tree = MAPPER.valueToTree(page);
        for (JsonNode v : tree.path("data")) {
            add((ObjectNode) v, fields.get(v.path("id").asLong()));
        }
        return tree;
    }

    /**
     * @param caller who asked
     * @param video  the answer
     * @return the video itself, or its JSON with the caller's fields added
     */
    public Object video(Caller caller, Video video) {
        Map<String, Object> f = fields(caller, List.of(video.id)).get(video.id);
        if (f == null) {
            return video;
        }
        ObjectNode tree = MAPPER.valueToTree(video);
        add(tree, f);
        return tree;
    }

    private static void add(ObjectNode video, Map<String, Object> fields) {
        if (fields != null) {
            fields.forEach((k, v) -> video.set(k, MAPPER.valueToTree(v)));
        }
    }
}
