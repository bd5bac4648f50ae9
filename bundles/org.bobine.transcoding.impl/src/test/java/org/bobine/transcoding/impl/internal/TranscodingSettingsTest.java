package org.bobine.transcoding.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranscodingSettingsTest {

    private final Map<String, String> env = new HashMap<>();
    private String runnerTypes = "";

    private TranscodingConfig config() {
        return new TranscodingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return TranscodingConfig.class;
            }

            @Override
            public int[] resolutions() {
                return new int[] {720, 0, 240, 240, 480};
            }

            @Override
            public boolean keepOriginalResolution() {
                return true;
            }

            @Override
            public int concurrency() {
                return 0;
            }

            @Override
            public boolean webVideos() {
                return false;
            }

            @Override
            public String engine() {
                return "ffmpeg";
            }

            @Override
            public String remoteRunnerJobTypes() {
                return runnerTypes;
            }

            @Override
            public int runnerStallSeconds() {
                return 1;
            }
        };
    }

    @Test
    void theFileIsReadAndChecked() {
        TranscodingSettings s = new TranscodingSettings(config(), null, env::get);
        assertEquals(List.of(240, 480, 720), s.transcodingResolutions(), "sorted, without zeros and repeats");
        assertTrue(s.transcodingConcurrency() >= 1, "0 means one less than the cores, at least 1");
        assertEquals(5, s.runnerStallSeconds(), "at least 5 s");
        assertEquals(Set.of(), s.remoteRunnerJobTypes());
    }

    @Test
    void theEnvironmentWins() {
        env.put("BOBINE_TRANSCODING_CONCURRENCY", "3");
        env.put("BOBINE_TRANSCODING_WEB_VIDEOS", "true");
        env.put("BOBINE_TRANSCODING_ENGINE", "humble");
        env.put("BOBINE_RUNNER_JOB_TYPES", "vod-hls-transcoding, vod-audio-merge-transcoding");
        TranscodingSettings s = new TranscodingSettings(config(), null, env::get);
        assertEquals(3, s.transcodingConcurrency());
        assertTrue(s.transcodingWebVideos());
        assertEquals("humble", s.transcodingEngine());
        assertEquals(Set.of("vod-hls-transcoding", "vod-audio-merge-transcoding"), s.remoteRunnerJobTypes());
    }

    @Test
    void anUnknownRunnerJobTypeIsRefused() {
        runnerTypes = "vod-hls-transcoding,live-rtmp";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new TranscodingSettings(config(), null, env::get));
        assertTrue(e.getMessage().contains("live-rtmp"), e.getMessage());
    }
}
