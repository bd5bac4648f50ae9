package org.bobine.media.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Rendition;
import org.junit.jupiter.api.Test;

class FfmpegEngineTest {

    private static MediaInfo parse(String json) throws Exception {
        return FfmpegEngine.parse(new ObjectMapper().readTree(json));
    }

    @Test
    void aRotatedPhoneVideoIsSeenUpright() throws Exception {
        MediaInfo info = parse("{\"streams\":[{\"codec_type\":\"video\",\"codec_name\":\"h264\",\"width\":1920,"
            + "\"height\":1080,\"avg_frame_rate\":\"30000/1001\",\"side_data_list\":[{\"rotation\":-90}]}],"
            + "\"format\":{\"duration\":\"12.5\",\"format_name\":\"mov,mp4\"}}");
        assertEquals(90, info.rotation());
        assertEquals(1080, info.width());
        assertEquals(1920, info.height());
        assertEquals(1080, info.resolution());
        assertEquals(29.97, info.fps(), 0.001);
        assertEquals(12.5, info.durationSeconds(), 0.001);
    }

    @Test
    void aCoverPictureIsNotAVideo() throws Exception {
        MediaInfo info = parse("{\"streams\":[{\"codec_type\":\"audio\",\"codec_name\":\"mp3\"},"
            + "{\"codec_type\":\"video\",\"codec_name\":\"mjpeg\",\"width\":500,\"height\":500,"
            + "\"disposition\":{\"attached_pic\":1}}],\"format\":{\"duration\":\"180\"}}");
        assertTrue(info.hasAudio());
        assertEquals(false, info.hasVideo());
    }

    @Test
    void noStreamsIsInvalidInput() {
        EngineException e = assertThrows(EngineException.class, () -> parse("{\"streams\":[],\"format\":{}}"));
        assertEquals(EngineException.Kind.INVALID_INPUT, e.kind());
    }

    @Test
    void bitratesGrowWithTheHeight() {
        assertTrue(Rendition.defaultVideoBitrate(240) < Rendition.defaultVideoBitrate(720));
        assertTrue(Rendition.defaultVideoBitrate(1080) < Rendition.defaultVideoBitrate(2160));
    }
}
