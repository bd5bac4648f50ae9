package org.bobine.instance.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceServiceImplTest {

    @TempDir
    Path karafData;

    private final Map<String, String> env = new HashMap<>();
    private final Config config = new Config();

    private InstanceServiceImpl instance() {
        return new InstanceServiceImpl(config, env::get, karafData.toString());
    }

    @Test
    void defaults() {
        InstanceServiceImpl i = instance();
        assertEquals("http://localhost:9000", i.publicUrl());
        assertEquals("localhost:9000", i.host());
        assertEquals(karafData.resolve("bobine").toAbsolutePath().normalize(), i.dataDirectory());
        assertEquals("Bobine", i.name());
    }

    @Test
    void configurationIsUsedWhenTheEnvironmentIsSilent() {
        config.publicUrl = "https://videos.example.org/";
        config.dataDir = karafData.resolve("elsewhere").toString();
        config.name = "Configured";
        env.put("BOBINE_PUBLIC_URL", "  ");
        InstanceServiceImpl i = instance();
        assertEquals("https://videos.example.org", i.publicUrl());
        assertEquals("videos.example.org", i.host());
        assertEquals(karafData.resolve("elsewhere"), i.dataDirectory());
        assertEquals("Configured", i.name());
    }

    @Test
    void environmentOverridesConfiguration() {
        config.publicUrl = "https://configured.example.org";
        config.dataDir = "/configured";
        env.put("BOBINE_PUBLIC_URL", "https://env.example.org/");
        env.put("BOBINE_HTTP_PORT", "9100");
        env.put("BOBINE_DATA", karafData.resolve("env-data").toString());
        env.put("BOBINE_INSTANCE_NAME", "Env");
        InstanceServiceImpl i = instance();
        assertEquals("https://env.example.org", i.publicUrl());
        assertEquals("env.example.org", i.host());
        assertEquals(karafData.resolve("env-data"), i.dataDirectory());
        assertEquals("Env", i.name());
    }

    @Test
    void portFromTheEnvironmentMakesTheDefaultUrl() {
        config.httpPort = 9200;
        assertEquals("http://localhost:9200", instance().publicUrl());
        env.put("BOBINE_HTTP_PORT", "9300");
        assertEquals("http://localhost:9300", instance().publicUrl());
        assertEquals("localhost:9300", instance().host());
    }

    @Test
    void hostIncludesAnExplicitPort() {
        env.put("BOBINE_PUBLIC_URL", "http://127.0.0.1:9001/");
        InstanceServiceImpl i = instance();
        assertEquals("http://127.0.0.1:9001", i.publicUrl());
        assertEquals("127.0.0.1:9001", i.host());
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrl() {
        for (String bad : new String[] {"ftp://example.org", "example.org", "/videos", "mailto:a@example.org",
            "http:///nohost"}) {
            env.put("BOBINE_PUBLIC_URL", bad);
            assertThrows(IllegalArgumentException.class, this::instance, bad);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void publicConfigCarriesWhatClientsRead() {
        config.name = "My instance";
        Map<String, Object> c = instance().publicConfig();
        assertEquals("My instance", ((Map<String, Object>) c.get("instance")).get("name"));
        // What the other capabilities fill (ConfigSection) says "off" until they do: sign-up, transcoding, P2P.
        assertEquals(false, ((Map<String, Object>) c.get("signup")).get("allowed"));
        assertEquals(false, ((Map<String, Object>) ((Map<String, Object>) c.get("transcoding")).get("hls")).get("enabled"));
        assertEquals(false, ((Map<String, Object>) c.get("tracker")).get("enabled"));
    }

    /** InstanceConfig as Config Admin would give it, with the defaults of the annotation. */
    private static final class Config implements InstanceConfig {
        String publicUrl = "";
        int httpPort = 9000;
        String dataDir = "";
        String name = "Bobine";

        @Override
        public Class<? extends Annotation> annotationType() {
            return InstanceConfig.class;
        }

        @Override
        public String publicUrl() {
            return publicUrl;
        }

        @Override
        public int httpPort() {
            return httpPort;
        }

        @Override
        public String dataDir() {
            return dataDir;
        }


        @Override
        public String name() {
            return name;
        }

        @Override
        public String shortDescription() {
            return "A test instance";
        }












    }

}
