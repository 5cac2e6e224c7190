package gopatterns.ui.record;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF that loops, written by the JDK's GIF writer. Each frame after the first holds only the
 * rectangle that changed, with unchanged pixels transparent, and a palette of its own made from the colours
 * it holds: a run where a countdown and a few cards move costs little more than those.
 */
final class GifSink implements FrameSink {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path target;
    private final Path part;
    private final int width;
    private final int height;
    private final int fps;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private int[] previous;
    private int count;

    GifSink(Path target, int width, int height, int fps) throws IOException {
        this.target = target;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.part = PartFiles.file(target);
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.out = ImageIO.createImageOutputStream(part.toFile());
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void accept(int[] argb) throws IOException {
        int x0 = 0;
        int y0 = 0;
        int x1 = width - 1;
        int y1 = height - 1;
        if (previous != null) {
            int[] box = changedBox(previous, argb);
            if (box == null) { // nothing moved: one transparent pixel keeps the frame and its time
                x1 = x0;
                y1 = y0;
            } else {
                x0 = box[0];
                y0 = box[1];
                x1 = box[2];
                y1 = box[3];
            }
        }
        int w = x1 - x0 + 1;
        int h = y1 - y0 + 1;
        Palette palette = Palette.of(argb, previous, width, x0, y0, w, h);
        BufferedImage image = palette.image(argb, previous, width, x0, y0, w, h);
        writer.writeToSequence(new IIOImage(image, null, metadata(image, x0, y0)), null);
        previous = argb.clone();
        count++;
    }

    /** Left, top, right, bottom of the pixels that differ; null if none does. */
    private int[] changedBox(int[] before, int[] now) {
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (before[row + x] != now[row + x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        return right < 0 ? null : new int[] {left, top, right, bottom};
    }

    private IIOMetadata metadata(BufferedImage image, int x, int y) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), null);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(y));
        descriptor.setAttribute("imageWidth", Integer.toString(image.getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(image.getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        int transparent = ((IndexColorModel) image.getColorModel()).getTransparentPixel();
        control.setAttribute("transparentColorFlag", transparent >= 0 ? "TRUE" : "FALSE");
        control.setAttribute("transparentColorIndex", Integer.toString(Math.max(0, transparent)));
        control.setAttribute("delayTime", Integer.toString(delay(count)));
        root.appendChild(control);
        if (count == 0) { // NETSCAPE2.0, loop count 0: play again and again
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        meta.mergeTree(FORMAT, root);
        return meta;
    }

    /** Frame {@code i}'s delay in GIF's hundredths of a second; rounded so that the sum stays exact. */
    private int delay(int i) {
        return (int) (Math.round((i + 1) * 100.0 / fps) - Math.round(i * 100.0 / fps));
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        out.close();
        writer.dispose();
        PartFiles.moveIntoPlace(part, target);
    }

    @Override
    public void abort() {
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted next
        }
        writer.dispose();
        PartFiles.delete(part);
    }
}
