package gopatterns.ui.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A folder of numbered PNGs, {@code frame-00001.png} on: one slide per frame. */
final class PngFolderSink implements FrameSink {

    private final Path target;
    private final Path part;
    private final BufferedImage image;
    private int count;

    PngFolderSink(Path target, int width, int height) throws IOException {
        this.target = target;
        this.part = PartFiles.folder(target);
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void accept(int[] argb) throws IOException {
        image.setRGB(0, 0, image.getWidth(), image.getHeight(), argb, 0, image.getWidth());
        count++;
        Path file = part.resolve(String.format(Locale.ROOT, "frame-%05d.png", count));
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    @Override
    public void finish() throws IOException {
        PartFiles.moveIntoPlace(part, target);
    }

    @Override
    public void abort() {
        PartFiles.delete(part);
    }
}
