package org.bobine.media.humble.internal;

import io.humble.ferry.Buffer;
import io.humble.video.MediaPicture;
import io.humble.video.MediaPictureResampler;
import io.humble.video.PixelFormat;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Between Humble's pictures and Java images: scaling stays in swscale, while rotation, cropping and JPEG
 * writing use the JDK (Humble's own AWT converters are left out of this bundle).
 */
final class Pictures {

    private Pictures() {
    }

    /**
     * Scales a decoded picture to cover width x height once rotated, rotates it upright and crops its centre.
     *
     * @param picture  a decoded picture
     * @param rotation clockwise rotation to show it upright (0, 90, 180, 270)
     * @param width    output width
     * @param height   output height
     * @return the image, exactly width x height
     */
    static BufferedImage cover(MediaPicture picture, int rotation, int width, int height) {
        boolean turned = rotation == 90 || rotation == 270;
        int shownWidth = turned ? picture.getHeight() : picture.getWidth();
        int shownHeight = turned ? picture.getWidth() : picture.getHeight();
        double scale = Math.max((double) width / shownWidth, (double) height / shownHeight);
        int w = Math.max(width, (int) Math.round(shownWidth * scale));
        int h = Math.max(height, (int) Math.round(shownHeight * scale));
        BufferedImage scaled = rotate(toImage(picture, turned ? h : w, turned ? w : h), rotation);
        return copy(scaled.getSubimage((w - width) / 2, (h - height) / 2, width, height));
    }

    /** @return the picture scaled to width x height (swscale), as a BGR image */
    static BufferedImage toImage(MediaPicture picture, int width, int height) {
        MediaPicture bgr = MediaPicture.make(width, height, PixelFormat.Type.PIX_FMT_BGR24);
        MediaPictureResampler resampler = MediaPictureResampler.make(width, height, PixelFormat.Type.PIX_FMT_BGR24,
            picture.getWidth(), picture.getHeight(), picture.getFormat(),
            0);
        try {
            resampler.open();
            resampler.resample(bgr, picture);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            int stride = bgr.getLineSize(0);
            Buffer data = bgr.getData(0);
            for (int y = 0; y < height; y++) {
                data.get(y * stride, pixels, y * width * 3, width * 3);
            }
            data.delete();
            return image;
        } finally {
            resampler.delete();
            bgr.delete();
        }
    }

    /** @return a BGR picture of the image (same size) */
    static MediaPicture toPicture(BufferedImage image) {
        BufferedImage bgr = image.getType() == BufferedImage.TYPE_3BYTE_BGR ? image : copy(image);
        int width = bgr.getWidth();
        int height = bgr.getHeight();
        MediaPicture picture = MediaPicture.make(width, height, PixelFormat.Type.PIX_FMT_BGR24);
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        int stride = picture.getLineSize(0);
        Buffer data = picture.getData(0);
        for (int y = 0; y < height; y++) {
            data.put(pixels, y * width * 3, y * stride, width * 3);
        }
        data.delete();
        picture.setComplete(true);
        return picture;
    }

    /** @return the image scaled to width x height, bicubic */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** @return the image turned clockwise by 0, 90, 180 or 270 degrees */
    static BufferedImage rotate(BufferedImage image, int clockwise) {
        if (clockwise % 360 == 0) {
            return image;
        }
        boolean turned = clockwise == 90 || clockwise == 270;
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
            g.rotate(Math.toRadians(clockwise));
            g.drawImage(image, -w / 2, -h / 2, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Writes a JPEG under a temporary name next to the target, then renames it over the target.
     *
     * @param image   the image
     * @param target  the file
     * @param quality from 0 to 1
     * @throws IOException when it cannot be written
     */
    static void writeJpeg(BufferedImage image, Path target, float quality) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            writer.dispose();
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
