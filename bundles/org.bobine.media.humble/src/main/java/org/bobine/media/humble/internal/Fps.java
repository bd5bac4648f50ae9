package org.bobine.media.humble.internal;

import io.humble.video.Rational;

/**
 * A frame rate as a fraction, so that NTSC rates stay exact (30000/1001, not 29.97).
 *
 * @param num numerator
 * @param den denominator
 */
record Fps(int num, int den) {

    /**
     * @param fps frames per second, positive
     * @return the nearest usual fraction: an integer rate, an NTSC rate (n * 1000/1001), else millis
     */
    static Fps of(double fps) {
        long whole = Math.round(fps);
        if (Math.abs(fps - whole) < 0.005) {
            return new Fps((int) whole, 1);
        }
        double ntsc = fps * 1001 / 1000;
        if (Math.abs(ntsc - Math.round(ntsc)) < 0.005) {
            return new Fps((int) Math.round(ntsc) * 1000, 1001);
        }
        return new Fps((int) Math.round(fps * 1000), 1000);
    }

    double value() {
        return (double) num / den;
    }

    /** @return one frame's duration, the encoder's time base */
    Rational timeBase() {
        return Rational.make(den, num);
    }
}
