package gopatterns.ui.record;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
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
        clearTimes(part);
        PartFiles.moveIntoPlace(part, target);
    }

    /**
     * JCodec stamps the movie, its track and its media with the wall-clock time of writing: those stamps are set
     * to zero ("unknown"), so the same recording gives the same bytes. They sit in the {@code mvhd}, {@code tkhd}
     * and {@code mdhd} boxes inside {@code moov} (version 0: 4-byte times after the version and flags).
     */
    static void clearTimes(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            clearTimes(ch, 0, ch.size());
        }
    }

    private static void clearTimes(FileChannel ch, long from, long to) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(8);
        long at = from;
        while (at + 8 <= to) {
            header.clear();
            ch.read(header, at);
            long size = Integer.toUnsignedLong(header.getInt(0));
            String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
            if (size == 1) { // a 64-bit size follows the type (JCodec writes mdat so)
                ByteBuffer large = ByteBuffer.allocate(8);
                ch.read(large, at + 8);
                size = large.getLong(0);
            }
            if (size < 8) {
                return; // 0: the box runs to the end of the file, and holds no times
            }
            switch (type) {
                case "moov", "trak", "mdia" -> clearTimes(ch, at + 8, at + size);
                case "mvhd", "tkhd", "mdhd" -> {
                    ByteBuffer version = ByteBuffer.allocate(1);
                    ch.read(version, at + 8);
                    if (version.get(0) == 0) {
                        ch.write(ByteBuffer.allocate(8), at + 12);
                    }
                }
                default -> { }
            }
            at += size;
        }
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
