package org.bobine.sdk.imports;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Offered by the platform to importers: an importer tells it when an import has ended, so the user who asked is
 * notified (PeerTube's "import finished" and "import failed" notifications). Reference it optionally: an
 * instance without notifications may not offer it.
 *
 * @since 1.1
 */
@ProviderType
public interface ImportReports {

    /**
     * @param info the import as it ended: {@link ImportInfo#SUCCESS} with its video's UUID, or
     *             {@link ImportInfo#FAILED} / {@link ImportInfo#REJECTED} with its error
     */
    void ended(ImportInfo info);
}
