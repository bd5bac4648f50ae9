package org.bobine.media.ffmpeg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bobine.media.api.EngineException;
import org.bobine.media.api.MediaInfo;
import org.bobine.media.api.Progress;
import org.bobine.media.api.Rendition;
import org.bobine.media.api.TranscodingEngine;

/**
 * The ffmpeg engine's operations, independent of OSGi so its contract tests run as plain unit tests.
 * Commands are built as lists; user-provided names never reach them (inputs and outputs are paths the
 * platform chose).
 */
public class FfmpegEngine implements TranscodingEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path ffmpeg;
    private final Path ffprobe;
    private final Processes processes;
    private final int threads;

    /**
     * @param ffmpeg      the ffmpeg executable
     * @param ffprobe     the ffprobe executable
     * @param environment extra environment of the processes (library path of the pinned build)
     * @param threads     encoder threads per process, 0 for ffmpeg's choice
     */
    public FfmpegEngine(Path ffmpeg, Path ffprobe, Map<String, String> environment, int threads) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.processes = new Processes(environment);
        this.threads = threads;
    }

    @Override
    public String name() {
        return "ffmpeg";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    /**
     * @return the first line of {@code ffmpeg -version}
     * @throws EngineException when the executable does not run
     */
    public String version() throws EngineException {
        Processes.Result r = processes.run(List.of(ffmpeg.toString(), "-version"), Duration.ofSeconds(30), null);
        if (r.exitCode() != 0) {
            throw new EngineException(EngineException.Kind.FAILED, ffmpeg + " -version failed", r.log());
        }
        return r.stdout().lines().findFirst().orElse("");
    }

    @Override
    public MediaInfo probe(Path input, Duration timeout) throws EngineException {
        Processes.Result r = processes.run(List.of(ffprobe.toString(), "-v", "error", "-print_format", "json",
            "-show_format", "-show_streams", input.toString()), timeout, null);
        if (r.exitCode() != 0) {
            throw new EngineException(EngineException.Kind.INVALID_INPUT, "The file is not media that can be read",
                r.log());
        }
        try {
            return parse(JSON.readTree(r.stdout()));
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.FAILED, "Unreadable ffprobe output", r.log());
        }
    }

    static MediaInfo parse(JsonNode probe) throws EngineException {
        JsonNode video = null;
        JsonNode audio = null;
        for (JsonNode s : probe.path("streams")) {
            String type = s.path("codec_type").asText();
            boolean cover = s.path("disposition").path("attached_pic").asInt() == 1;
            if (type.equals("video") && !cover && video == null) {
                video = s;
            } else if (type.equals("audio") && audio == null) {
                audio = s;
            }
        }
        if (video == null && audio == null) {
            throw new EngineException(EngineException.Kind.INVALID_INPUT,
                "The file has neither a video nor an audio stream", "");
        }
        JsonNode format = probe.path("format");
        double duration = format.path("duration").asDouble(0);
        int width = 0;
        int height = 0;
        double fps = 0;
        int rotation = 0;
        if (video != null) {
            width = video.path("width").asInt();
            height = video.path("height").asInt();
            fps = rate(video.path("avg_frame_rate").asText());
            if (fps <= 0) {
                fps = rate(video.path("r_frame_rate").asText());
            }
            rotation = rotation(video);
            if (rotation == 90 || rotation == 270) {
                int w = width;
                width = height;
                height = w;
            }
            if (duration <= 0) {
                duration = video.path("duration").asDouble(0);
            }
        }
        if (duration <= 0 && audio != null) {
            duration = audio.path("duration").asDouble(0);
        }
        return new MediaInfo(duration, width, height, Math.round(fps * 1000) / 1000.0, rotation,
            video == null ? null : video.path("codec_name").asText(null),
            audio == null ? null : audio.path("codec_name").asText(null),
            format.path("format_name").asText(""), format.path("bit_rate").asLong(0));
    }

    private static double rate(String fraction) {
        String[] p = fraction.split("/");
        try {
            double num = Double.parseDouble(p[0]);
            double den = p.length > 1 ? Double.parseDouble(p[1]) : 1;
            return den == 0 ? 0 : num / den;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int rotation(JsonNode video) {
        for (JsonNode side : video.path("side_data_list")) {
            if (side.has("rotation")) {
                return Math.floorMod(-side.path("rotation").asInt(), 360);
            }
        }
        String tag = video.path("tags").path("rotate").asText("");
        return tag.isEmpty() ? 0 : Math.floorMod(Integer.parseInt(tag), 360);
    }

    /**
     * {@inheritDoc} An audio-only file gets a picture of its waveform, so audio uploads have an image too.
     */
    @Override
    public void thumbnail(Path input, double atSeconds, int width, int height, Path output, Duration timeout)
        throws EngineException {
        MediaInfo info = probe(input, timeout);
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-nostdin", "-y", "-v", "error"));
        if (info.hasVideo()) {
            cmd.addAll(List.of("-ss", String.format(Locale.ROOT, "%.3f", Math.max(0, atSeconds)),
                "-i", input.toString(), "-frames:v", "1", "-vf", "scale=" + width + ":" + height
                    + ":force_original_aspect_ratio=increase,crop=" + width + ":" + height + ",format=yuvj444p"));
        } else {
            // showwavespic draws the whole file's waveform in one picture; over a dark background.
            cmd.addAll(List.of("-i", input.toString(), "-f", "lavfi", "-i", "color=c=0x202830:s=" + width + "x" + height,
                "-filter_complex", "[0:a:0]showwavespic=s=" + width + "x" + height + ":split_channels=0:colors=0xf2690d[w];"
                    + "[1:v][w]overlay=format=auto,format=yuvj444p", "-frames:v", "1"));
        }
        cmd.addAll(List.of("-q:v", "3", "-f", "image2", output.toString()));
        Processes.Result r = processes.run(cmd, timeout, null);
        if (r.exitCode() != 0 || !nonEmpty(output)) {
            throw new EngineException(EngineException.Kind.FAILED, "Could not make a thumbnail", r.log());
        }
    }

    @Override
    public void audioMerge(Path audio, Path image, Rendition rendition, Path output, Progress progress,
                           Duration timeout) throws EngineException {
        MediaInfo info = probe(audio, timeout);
        if (!info.hasAudio()) {
            throw new EngineException(EngineException.Kind.INVALID_INPUT, "The file has no audio stream", "");
        }
        double fps = rendition.fps() > 0 ? rendition.fps() : 25;
        int height = rendition.height() > 0 ? rendition.height() : 480;
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-nostdin", "-y", "-v", "error",
            "-progress", "pipe:1", "-nostats", "-loop", "1", "-framerate", fpsString(fps), "-i", image.toString(),
            "-i", audio.toString(), "-map", "0:v:0", "-map", "1:a:0", "-c:v", "libx264", "-preset", "veryfast",
            "-tune", "stillimage", "-pix_fmt", "yuv420p", "-vf", "scale=-2:" + height + ",pad=ceil(iw/2)*2:ceil(ih/2)*2",
            "-r", fpsString(fps), "-c:a", "aac", "-b:a", String.valueOf(rendition.audioBitrate()), "-ac", "2",
            "-shortest"));
        if (info.durationSeconds() > 0) {
            // -shortest alone overshoots by up to a second with a looped picture: cut at the sound's end.
            cmd.addAll(List.of("-t", String.format(Locale.ROOT, "%.3f", info.durationSeconds())));
        }
        if (threads > 0) {
            cmd.addAll(List.of("-threads", String.valueOf(threads)));
        }
        cmd.addAll(List.of("-movflags", "+faststart", "-f", "mp4", output.toString()));
        runEncode(cmd, info, progress, timeout, output);
    }

    @Override
    public void webVideo(Path input, Rendition rendition, Path output, Progress progress, Duration timeout)
        throws EngineException {
        MediaInfo info = probe(input, timeout);
        List<String> cmd = encodeArguments(input, info, rendition);
        cmd.addAll(List.of("-movflags", "+faststart", "-f", "mp4", output.toString()));
        runEncode(cmd, info, progress, timeout, output);
    }

    @Override
    public void hlsRendition(Path input, Rendition rendition, Path directory, String name, int segmentSeconds,
                             Progress progress, Duration timeout) throws EngineException {
        MediaInfo info = probe(input, timeout);
        List<String> cmd = encodeArguments(input, info, rendition);
        int gop = (int) Math.max(1, Math.round(segmentSeconds * effectiveFps(info, rendition)));
        cmd.addAll(List.of("-g", String.valueOf(gop), "-keyint_min", String.valueOf(gop), "-sc_threshold", "0",
            "-f", "hls", "-hls_time", String.valueOf(segmentSeconds), "-hls_playlist_type", "vod",
            "-hls_segment_type", "fmp4", "-hls_flags", "single_file",
            "-hls_segment_filename", directory.resolve(name + "-fragmented.mp4").toString(),
            directory.resolve(name + ".m3u8").toString()));
        runEncode(cmd, info, progress, timeout, directory.resolve(name + ".m3u8"));
    }

    private static double effectiveFps(MediaInfo info, Rendition r) {
        double fps = r.fps() > 0 ? r.fps() : info.fps();
        return fps > 0 ? Math.min(fps, 60) : 30;
    }

    private List<String> encodeArguments(Path input, MediaInfo info, Rendition r) {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-nostdin", "-y", "-v", "error",
            "-progress", "pipe:1", "-nostats", "-i", input.toString()));
        if (info.hasVideo() && r.height() > 0) {
            long bitrate = r.targetVideoBitrate();
            cmd.addAll(List.of("-map", "0:v:0", "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high",
                "-pix_fmt", "yuv420p", "-vf", scale(info, r.height()), "-r", fpsString(effectiveFps(info, r)),
                "-b:v", String.valueOf(bitrate), "-maxrate", String.valueOf(bitrate * 2),
                "-bufsize", String.valueOf(bitrate * 2)));
        } else {
            cmd.add("-vn");
        }
        if (info.hasAudio()) {
            cmd.addAll(List.of("-map", "0:a:0", "-c:a", "aac", "-b:a", String.valueOf(r.audioBitrate()), "-ac", "2"));
        }
        if (threads > 0) {
            cmd.addAll(List.of("-threads", String.valueOf(threads)));
        }
        return cmd;
    }

    /**
     * PeerTube's resolution is the smaller side: a landscape video is scaled to that height, a portrait one
     * to that width, the other side following the aspect ratio (even). Sizes are as displayed, since ffmpeg
     * applies the rotation before the filter.
     */
    static String scale(MediaInfo info, int resolution) {
        return info.width() < info.height() ? "scale=" + resolution + ":-2" : "scale=-2:" + resolution;
    }

    private static String fpsString(double fps) {
        return String.format(Locale.ROOT, "%.3f", fps);
    }

    private void runEncode(List<String> cmd, MediaInfo info, Progress progress, Duration timeout, Path output)
        throws EngineException {
        double total = info.durationSeconds();
        Processes.Result r = processes.run(cmd, timeout, line -> {
            if (line.startsWith("out_time_us=") && total > 0) {
                try {
                    double done = Long.parseLong(line.substring("out_time_us=".length()).trim()) / 1e6;
                    progress.update(Math.max(0, Math.min(0.999, done / total)));
                } catch (NumberFormatException e) {
                    // "N/A" before the first frame
                }
            }
        });
        if (r.exitCode() != 0 || !nonEmpty(output)) {
            throw new EngineException(EngineException.Kind.FAILED, "Transcoding failed", r.log());
        }
        progress.update(1.0);
    }

    private static boolean nonEmpty(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops every process still running. */
    public void close() {
        processes.killAll();
    }
}
