package org.bobine.plugins.nsfwfilter;

import java.util.List;
import org.bobine.sdk.plugin.ClientAssets;
import org.osgi.service.component.annotations.Component;

/**
 * Has the front end load {@code client/nsfw-filter.js} on every page and {@code client/nsfw-filter.css}. The
 * script decides in the browser whether to blur: under the "blur" policy for anonymous visitors, and for
 * logged-in users whose own choice is "blur", whatever the instance policy.
 */
@Component
public class NsfwClientAssets implements ClientAssets {

    /** The script, below {@code /client/} in the bundle. */
    static final String SCRIPT = "nsfw-filter.js";
    /** The style sheet, below {@code /client/} in the bundle. */
    static final String STYLE = "nsfw-filter.css";

    @Override
    public List<Script> scripts() {
        return List.of(new Script(SCRIPT, List.of("common")));
    }

    @Override
    public List<String> styles() {
        return List.of(STYLE);
    }
}
