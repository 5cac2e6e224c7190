package gopatterns.ui.record;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Up to 255 colours for one GIF frame, and that frame in them. Colours are counted in 15-bit bins and the most
 * used bins become the palette (each the mean of its pixels); a pixel of a bin left out gets the nearest
 * colour. The flat fills of the views are a few bins each, so they stay true; only rare anti-aliasing shades
 * are rounded. Index 255 is transparent: a pixel unchanged since the
 * previous frame.
 */
final class Palette {

    static final int TRANSPARENT = 255;
    private static final int COLOURS = 255;

    private final int[] colours;
    /** Palette index of each 15-bit bin, -1 until first looked up. */
    private final int[] binIndex = new int[1 << 15];

    private Palette(int[] colours) {
        this.colours = colours;
        Arrays.fill(binIndex, -1);
    }

    /** The palette for the rectangle's pixels that differ from {@code previous} (all of them if null). */
    static Palette of(int[] argb, int[] previous, int stride, int x0, int y0, int w, int h) {
        long[] count = new long[1 << 15];
        long[] r = new long[1 << 15];
        long[] g = new long[1 << 15];
        long[] b = new long[1 << 15];
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int i = y * stride + x;
                int p = argb[i];
                if (previous != null && previous[i] == p) {
                    continue;
                }
                int bin = bin(p);
                count[bin]++;
                r[bin] += (p >> 16) & 0xff;
                g[bin] += (p >> 8) & 0xff;
                b[bin] += p & 0xff;
            }
        }
        Integer[] bins = new Integer[1 << 15];
        int used = 0;
        for (int i = 0; i < count.length; i++) {
            if (count[i] > 0) {
                bins[used++] = i;
            }
        }
        Integer[] present = Arrays.copyOf(bins, used);
        // Most used first; equal counts by bin number, so the palette is the same every time.
        Arrays.sort(present, (p, q) -> count[q] != count[p] ? Long.compare(count[q], count[p]) : Integer.compare(p, q));
        int n = Math.min(COLOURS, present.length);
        int[] colours = new int[n];
        for (int k = 0; k < n; k++) {
            int bin = present[k];
            long c = count[bin];
            colours[k] = (int) ((r[bin] + c / 2) / c) << 16 | (int) ((g[bin] + c / 2) / c) << 8 | (int) ((b[bin] + c / 2) / c);
        }
        Palette palette = new Palette(colours);
        for (int k = 0; k < n; k++) {
            palette.binIndex[present[k]] = k;
        }
        return palette;
    }

    private static int bin(int p) {
        return ((p >> 9) & 0x7c00) | ((p >> 6) & 0x3e0) | ((p >> 3) & 0x1f);
    }

    /** The rectangle as an indexed image in this palette, unchanged pixels transparent. */
    BufferedImage image(int[] argb, int[] previous, int stride, int x0, int y0, int w, int h) {
        byte[] red = new byte[256];
        byte[] green = new byte[256];
        byte[] blue = new byte[256];
        for (int k = 0; k < colours.length; k++) {
            red[k] = (byte) (colours[k] >> 16);
            green[k] = (byte) (colours[k] >> 8);
            blue[k] = (byte) colours[k];
        }
        IndexColorModel model = previous == null
                ? new IndexColorModel(8, 256, red, green, blue)
                : new IndexColorModel(8, 256, red, green, blue, TRANSPARENT);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int o = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int i = y * stride + x;
                int p = argb[i];
                pixels[o++] = (byte) (previous != null && previous[i] == p ? TRANSPARENT : index(p));
            }
        }
        return image;
    }

    private int index(int p) {
        int bin = bin(p);
        int k = binIndex[bin];
        if (k < 0) {
            k = nearest(p);
            binIndex[bin] = k;
        }
        return k;
    }

    private int nearest(int p) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int k = 0; k < colours.length; k++) {
            int dr = ((colours[k] >> 16) & 0xff) - ((p >> 16) & 0xff);
            int dg = ((colours[k] >> 8) & 0xff) - ((p >> 8) & 0xff);
            int db = (colours[k] & 0xff) - (p & 0xff);
            long d = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }
}
