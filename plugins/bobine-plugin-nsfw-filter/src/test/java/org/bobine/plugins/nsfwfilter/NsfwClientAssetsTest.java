package org.bobine.plugins.nsfwfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bobine.sdk.plugin.ClientAssets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The assets it names are in the bundle (resources below /client/) and agree on the class and selector. The
 * script's behaviour is tested with node (src/test/js).
 */
class NsfwClientAssetsTest {

    private final NsfwPlugin plugin = new NsfwPlugin();

    @AfterEach
    void nothingFailed() {
        plugin.kit.assertNoFailures();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = NsfwClientAssets.class.getResourceAsStream("/client/" + path)) {
            assertNotNull(in, "/client/" + path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyDeclaredFileIsInTheBundle() {
        assertEquals(List.of(), plugin.kit.missingClientFiles());
    }

    @Test
    void loadsTheScriptOnEveryPage() throws IOException {
        List<ClientAssets.Script> scripts = plugin.kit.clientScripts();
        assertEquals(List.of(new ClientAssets.Script("nsfw-filter.js", List.of("common"))), scripts);
        String js = resource(scripts.get(0).path());
        assertTrue(js.contains("export default function register"));
        assertTrue(js.contains("action:application.init"));
        assertTrue(js.contains("'bobine-nsfw-blur'"));
    }

    @Test
    void loadsTheStyleSheet() throws IOException {
        List<String> styles = plugin.kit.clientStyles();
        assertEquals(List.of("nsfw-filter.css"), styles);
        String css = resource(styles.get(0));
        assertTrue(css.contains("body.bobine-nsfw-blur [data-nsfw=\"true\"] img"));
        assertTrue(css.contains(":hover img"));
        assertTrue(css.contains(":focus-within img"));
    }
}
