package gopatterns.ui.record;

import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;

/** H.264 in an MP4 file, encoded by JCodec. Width and height must be even (4:2:0 colour). */
final class Mp4Sink implements FrameSink {

    private final Path target;
    private final Path part;
    private final SeekableByteChannel channel;
    private final SequenceEncoder encoder;
    private final Picture picture;

    Mp4Sink(Path target, int width, int height, int fps) throws IOException {
        this.target = target;
        this.part = PartFiles.file(target);
        this.channel = NIOUtils.writableChannel(part.toFile());
        this.encoder = new SequenceEncoder(channel, Rational.R(fps, 1), Format.MOV, Codec.H264, null);
        this.picture = Picture.create(width, height, ColorSpace.RGB);
    }

    @Override
    public void accept(int[] argb) throws IOException {
        // JCodec's RGB planes hold each channel as a signed byte, value - 128.
        byte[] rgb = picture.getPlaneData(0);
        for (int i = 0, j = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[j++] = (byte) (((p >> 16) & 0xff) - 128);
            rgb[j++] = (byte) (((p >> 8) & 0xff) - 128);
            rgb[j++] = (byte) ((p & 0xff) - 128);
        }
        encoder.encodeNativeFrame(picture);
    }

    @Override
    public void finish() throws IOException {
        encoder.finish();
        channel.close();
        PartFiles.moveIntoPlace(part, target);
    }

    @Override
    public void abort() {
        try {
            channel.close();
        } catch (IOException e) {
            // the file is deleted next
        }
        PartFiles.delete(part);
    }
}
