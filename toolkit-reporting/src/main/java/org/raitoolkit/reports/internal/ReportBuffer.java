package org.raitoolkit.reports.internal;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * A growable byte buffer that a generator writes a report into, taken from a small shared pool
 * and given back after use. A new 64 KB buffer per report, zeroed by the JVM, then grown in
 * blocks and copied once more into the result, was a sixth of the time of rendering a compact
 * report under C1; a buffer used again is neither zeroed nor grown.
 *
 * <p>Bounded: the pool keeps at most {@link #POOLED} buffers, none larger than
 * {@link #KEPT_AT_MOST}; a thread that finds the pool empty makes a new buffer, and one that
 * finds it full lets its buffer go. Not a thread-local: a server with many threads, or virtual
 * threads, would keep a buffer per thread. Each instance is used by one thread at a time.
 */
final class ReportBuffer extends OutputStream {

    /** Most risk reports fit, indented ones up to about 130 KB grow it once or twice. */
    private static final int FIRST_SIZE = 64 * 1024;
    /** More than the largest report seen, so that a pooled buffer is rarely given up. */
    private static final int KEPT_AT_MOST = 1024 * 1024;
    /** One per rendering thread of a batch on a few cores, with some to spare. */
    private static final int POOLED = 8;

    private static final ArrayBlockingQueue<ReportBuffer> POOL = new ArrayBlockingQueue<>(POOLED);

    private byte[] bytes = new byte[FIRST_SIZE];
    private int count;

    private ReportBuffer() {
    }

    /** An empty buffer, from the pool when there is one. */
    static ReportBuffer take() {
        ReportBuffer buffer = POOL.poll();
        return buffer != null ? buffer : new ReportBuffer();
    }

    /** Gives the buffer back; the caller must not use it any more. */
    void release() {
        count = 0;
        if (bytes.length <= KEPT_AT_MOST) {
            POOL.offer(this);
        }
    }

    /** The bytes written so far, a new array of exactly that length. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, count);
    }

    /** The bytes written so far, without a copy: valid until the buffer is written to or released. */
    ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(bytes, 0, count);
    }

    /** The bytes written so far decoded as UTF-8, without a copy of the bytes first. */
    String asUtf8String() {
        return new String(bytes, 0, count, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        if (count == bytes.length) {
            grow(1);
        }
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > bytes.length - count) {
            grow(len);
        }
        System.arraycopy(b, off, bytes, count, len);
        count += len;
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, count + more));
    }
}
