package org.bobine.sdk.imports;

import java.util.List;
import org.bobine.sdk.hook.Viewer;

/**
 * Does imports by URL; register one as a service. The platform has authenticated the viewer, checked that
 * the channel is theirs and run the pre-import hooks before {@link #start}. The importer downloads in the
 * background, within its own bounds, and creates the video with
 * {@link org.bobine.sdk.helpers.VideoHelpers#create}, which applies the quota and the upload hooks.
 */
public interface VideoImporter {

    /**
     * @param viewer  who imports, logged in
     * @param request what to import
     * @return the import, usually {@link ImportInfo#PENDING}
     * @throws org.bobine.sdk.plugin.PluginException 4xx when refused at once (bad URL, private address, quota)
     */
    ImportInfo start(Viewer viewer, ImportRequest request);

    /**
     * @param viewer whose imports
     * @param start  offset
     * @param count  page size
     * @return the viewer's imports, newest first
     */
    List<ImportInfo> list(Viewer viewer, int start, int count);

    /**
     * @param viewer whose imports
     * @return how many imports the viewer has
     */
    long count(Viewer viewer);
}
