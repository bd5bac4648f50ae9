package org.bobine.media.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Fits images creators send (thumbnails, previews) to the size the pages show, as PeerTube does, so that an
 * 8 MB photo is not what every visitor of the home page downloads. JDK only (ImageIO, headless AWT).
 */
public final class Images {

    private Images() {
    }

    /**
     * Scales and centre-crops an image to exactly {@code width} x {@code height}, as JPEG.
     *
     * @param image  PNG or JPEG bytes (WebP and anything ImageIO cannot read give null)
     * @param width  target width
     * @param height target height
     * @return the JPEG bytes, or null when the image cannot be decoded here
     */
    public static byte[] coverJpeg(byte[] image, int width, int height) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (source == null || source.getWidth() < 1 || source.getHeight() < 1) {
            return null;
        }
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int w = (int) Math.ceil(source.getWidth() * scale);
        int h = (int) Math.ceil(source.getHeight() * scale);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, (width - w) / 2, (height - h) / 2, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "jpg", bytes);
        } catch (IOException e) {
            return null;
        }
        return bytes.toByteArray();
    }
}
