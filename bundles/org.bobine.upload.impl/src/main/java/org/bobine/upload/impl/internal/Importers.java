package org.bobine.upload.impl.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bobine.sdk.imports.VideoImporter;
import org.bobine.sdk.plugin.PluginSettings;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's importers that plugins register: the one of highest service ranking (then the oldest) imports.
 * A service from a bundle that is not a plugin (no {@code Bobine-Plugin} header) is ignored.
 */
@Component(service = Importers.class)
public class Importers {

    private static final Logger LOG = LoggerFactory.getLogger(Importers.class);

    private record Ranked(VideoImporter service, long id, int ranking) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt((Ranked r) -> -r.ranking())
        .thenComparingLong(Ranked::id);

    private final List<Ranked> importers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(ServiceReference<VideoImporter> ref, VideoImporter i) {
        if (ref.getBundle() == null || ref.getBundle().getHeaders("").get(PluginSettings.PLUGIN_HEADER) == null) {
            LOG.warn("Importer service {} ignored: its bundle has no {} header", ref.getProperty(Constants.SERVICE_ID),
                PluginSettings.PLUGIN_HEADER);
            return;
        }
        Object r = ref.getProperty(Constants.SERVICE_RANKING);
        importers.add(new Ranked(i, ((Number) ref.getProperty(Constants.SERVICE_ID)).longValue(), r instanceof Integer n ? n : 0));
    }

    void removeImporter(VideoImporter i) {
        importers.removeIf(r -> r.service() == i);
    }

    /** @return the importer to use now, or null when no plugin imports */
    VideoImporter importer() {
        return importers.stream().min(ORDER).map(Ranked::service).orElse(null);
    }
}
