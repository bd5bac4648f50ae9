package org.bobine.media.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds BitTorrent metainfo for a web-video file: single-file torrent, SHA-1 pieces, the file's URL as a
 * web seed (BEP 19 {@code url-list}) so any client can download it from this instance alone.
 */
public final class Torrents {

    /**
     * A built torrent.
     *
     * @param metainfo the .torrent bytes
     * @param infoHash the info hash, lower-case hex
     */
    public record Torrent(byte[] metainfo, String infoHash) {
    }

    private Torrents() {
    }

    /**
     * @param file      the file
     * @param name      the name inside the torrent
     * @param webSeed   the file's public URL
     * @param announces tracker URLs
     * @return the torrent
     * @throws IOException when the file cannot be read
     */
    public static Torrent build(Path file, String name, String webSeed, List<String> announces) throws IOException {
        long size = Files.size(file);
        int pieceLength = pieceLength(size);
        ByteArrayBuilder pieces = new ByteArrayBuilder();
        MessageDigest sha1 = sha1();
        byte[] buf = new byte[pieceLength];
        try (InputStream in = Files.newInputStream(file)) {
            int filled;
            while ((filled = in.readNBytes(buf, 0, pieceLength)) > 0) {
                sha1.update(buf, 0, filled);
                pieces.add(sha1.digest());
                if (filled < pieceLength) {
                    break;
                }
            }
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", name);
        info.put("length", size);
        info.put("piece length", pieceLength);
        info.put("pieces", pieces.toArray());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("info", info);
        if (!announces.isEmpty()) {
            meta.put("announce", announces.get(0));
            meta.put("announce-list", announces.stream().map(List::of).toList());
        }
        meta.put("url-list", List.of(webSeed));
        meta.put("created by", "Bobine");
        meta.put("creation date", System.currentTimeMillis() / 1000);
        String hash = HexFormat.of().formatHex(sha1().digest(Bencode.encode(info)));
        return new Torrent(Bencode.encode(meta), hash);
    }

    /**
     * @param infoHash   info hash
     * @param name       display name
     * @param torrentUrl where the .torrent is
     * @param webSeed    the file URL
     * @param announces  trackers
     * @return a magnet URI as PeerTube writes them
     */
    public static String magnet(String infoHash, String name, String torrentUrl, String webSeed, List<String> announces) {
        StringBuilder sb = new StringBuilder("magnet:?xs=").append(enc(torrentUrl))
            .append("&xt=urn:btih:").append(infoHash)
            .append("&dn=").append(enc(name));
        for (String a : announces) {
            sb.append("&tr=").append(enc(a));
        }
        return sb.append("&ws=").append(enc(webSeed)).toString();
    }

    /** Power-of-two piece length giving at most about 1500 pieces, between 16 KiB and 16 MiB. */
    static int pieceLength(long size) {
        int len = 16 * 1024;
        while (len < 16 * 1024 * 1024 && size / len > 1500) {
            len *= 2;
        }
        return len;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class ByteArrayBuilder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void add(byte[] b) {
            out.writeBytes(b);
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}
