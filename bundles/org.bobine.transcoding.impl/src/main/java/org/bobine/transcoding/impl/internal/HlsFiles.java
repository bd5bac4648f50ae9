package org.bobine.transcoding.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files around HLS renditions that PeerTube's players expect: the master playlist and
 * {@code segments-sha256.json}, the SHA-256 of every segment, by segment file and byte range, which the
 * P2P loader checks segments from other viewers against.
 */
public final class HlsFiles {

    private static final Pattern BYTERANGE = Pattern.compile("#EXT-X-BYTERANGE:(\\d+)(?:@(\\d+))?");

    /** One rendition written by an engine. */
    public record RenditionFiles(int resolution, int width, int height, double fps, double durationSeconds,
                                 String playlistFilename, String segmentsFilename) {
    }

    /** A segment: its file and byte range. */
    record Segment(String file, long offset, long length) {
    }

    private HlsFiles() {
    }

    static List<Segment> segments(Path playlist) throws IOException {
        List<Segment> out = new ArrayList<>();
        long nextOffset = 0;
        Long length = null;
        Long offset = null;
        for (String line : Files.readAllLines(playlist)) {
            Matcher m = BYTERANGE.matcher(line.trim());
            if (m.matches()) {
                length = Long.parseLong(m.group(1));
                offset = m.group(2) == null ? null : Long.parseLong(m.group(2));
            } else if (!line.isBlank() && !line.startsWith("#") && length != null) {
                long start = offset == null ? nextOffset : offset;
                out.add(new Segment(line.trim(), start, length));
                nextOffset = start + length;
                length = null;
                offset = null;
            }
        }
        return out;
    }

    /**
     * @param directory  where the renditions are
     * @param renditions the renditions
     * @return the JSON text of segments-sha256.json
     * @throws IOException when a file cannot be read
     */
    public static String segmentsSha256(Path directory, List<RenditionFiles> renditions) throws IOException {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (RenditionFiles r : renditions) {
            for (Segment s : segments(directory.resolve(r.playlistFilename()))) {
                all.computeIfAbsent(s.file(), k -> new LinkedHashMap<>())
                    .put(s.offset() + "-" + (s.offset() + s.length() - 1), sha256(directory.resolve(s.file()), s.offset(), s.length()));
            }
        }
        StringBuilder json = new StringBuilder("{");
        boolean firstFile = true;
        for (var file : all.entrySet()) {
            json.append(firstFile ? "" : ",").append('"').append(file.getKey()).append("\":{");
            firstFile = false;
            boolean firstRange = true;
            for (var range : file.getValue().entrySet()) {
                json.append(firstRange ? "" : ",").append('"').append(range.getKey()).append("\":\"")
                    .append(range.getValue()).append('"');
                firstRange = false;
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    static String sha256(Path file, long offset, long length) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(ch.position(offset))) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (r < 0) {
                    throw new IOException("Segment past the end of " + file);
                }
                md.update(buf, 0, r);
                left -= r;
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param directory  where the renditions are
     * @param renditions the renditions, any order
     * @return the master playlist text
     * @throws IOException when a file cannot be read
     */
    public static String master(Path directory, List<RenditionFiles> renditions) throws IOException {
        StringBuilder m = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (RenditionFiles r : renditions.stream().sorted((a, b) -> Integer.compare(b.resolution(), a.resolution())).toList()) {
            long bytes = Files.size(directory.resolve(r.segmentsFilename()));
            long bandwidth = r.durationSeconds() > 0 ? Math.round(bytes * 8 / r.durationSeconds() * 1.2) : 1_000_000;
            m.append(String.format(Locale.ROOT, "#EXT-X-STREAM-INF:BANDWIDTH=%d,RESOLUTION=%dx%d,FRAME-RATE=%.3f,"
                + "CODECS=\"avc1.64001f,mp4a.40.2\"\n", bandwidth, r.width(), r.height(), r.fps()));
            m.append(r.playlistFilename()).append('\n');
        }
        return m.toString();
    }
}
