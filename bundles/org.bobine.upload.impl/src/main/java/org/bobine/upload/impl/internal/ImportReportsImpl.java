package org.bobine.upload.impl.internal;

import org.bobine.core.api.event.BobineEvents;
import org.bobine.sdk.imports.ImportInfo;
import org.bobine.sdk.imports.ImportReports;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * Importers tell this service when an import ended; it posts {@link BobineEvents#IMPORT_ENDED}, so the
 * capabilities that care (notifications) learn of it without knowing the importer.
 */
@Component(service = ImportReports.class)
public class ImportReportsImpl implements ImportReports {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Override
    public void ended(ImportInfo info) {
        EventAdmin admin = events;
        if (admin == null || info == null || info.username() == null
            || info.state() != ImportInfo.SUCCESS && info.state() != ImportInfo.FAILED && info.state() != ImportInfo.REJECTED) {
            return;
        }
        boolean success = info.state() == ImportInfo.SUCCESS;
        admin.postEvent(BobineEvents.event(BobineEvents.IMPORT_ENDED, BobineEvents.IMPORT_ID, info.id(), BobineEvents.OWNER,
            info.username(), BobineEvents.TARGET_URL, info.targetUrl(), BobineEvents.SUCCESS, success,
            BobineEvents.VIDEO_UUID, success ? info.videoUuid() : null, BobineEvents.ERROR, success ? null : info.error()));
    }
}
