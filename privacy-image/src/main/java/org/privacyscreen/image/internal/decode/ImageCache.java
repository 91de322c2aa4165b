package org.privacyscreen.image.internal.decode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.opencv.core.Mat;
import org.privacyscreen.PostImage;
import org.privacyscreen.image.internal.Deadline;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;

/**
 * The headers and decoded pixels of one post's images, computed once and shared by every image detector of the
 * post through {@link ScreeningContext#shared}. Failures are remembered too, so every detector sees the same one.
 * The engine closes it when the screening ends (after its last detector has returned), which frees the decoded
 * pixels; every stage here checks the screening's deadline before it starts.
 */
public final class ImageCache implements AutoCloseable {
    private static final SharedKey<ImageCache> KEY = SharedKey.of("privacy-image.cache");

    private final ScreeningContext context;
    private final ConcurrentHashMap<Integer, Memo<Header>> headers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, Memo<Decoded>> decoded = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, Memo<List<FaceDetector.Face>>> faces = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, Memo<Mat>> fullGray = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Map.Entry<Key<?>, Integer>, Memo<?>> computed = new ConcurrentHashMap<>();

    /** Names a value computed once per image of a post with {@link #computed}; compare by identity. */
    public static final class Key<T> {
        private final String name;

        private Key(String name) {
            this.name = name;
        }

        /** A new key; hold it in a {@code static final} field. */
        public static <T> Key<T> of(String name) {
            return new Key<>(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ImageCache(ScreeningContext context) {
        this.context = context;
    }

    /** The cache of the post being screened. */
    public static ImageCache of(ScreeningContext context) {
        return context.shared(KEY, ImageCache::new);
    }

    /** The deadline of the screening this cache belongs to. */
    public Deadline deadline() {
        return Deadline.of(context);
    }

    /** "images[0] (name.jpg)", for messages. */
    public String label(int image) {
        return label(image, context.post().images().get(image).name());
    }

    static String label(int image, String name) {
        return "images[" + image + "] (" + name + ")";
    }

    /** The checked header of image {@code image}. */
    public Header header(int image) {
        return headers.computeIfAbsent(image, i -> new Memo<>(() -> {
            context.checkDeadline();
            PostImage im = context.post().images().get(i);
            return im.read(b -> Header.read(b, label(i), context.policy().limits().maxImagePixels()));
        })).get();
    }

    /** The decoded pixels of image {@code image} at the detection scale. */
    public Decoded decoded(int image) {
        Header h = header(image);
        return decoded.computeIfAbsent(image, i -> new Memo<>(() -> {
            context.checkDeadline();
            return context.post().images().get(i).read(b -> Decoder.forDetection(b, h, label(i)));
        })).get();
    }

    /** The faces in image {@code image}: the faces detector reports them, the documents detector avoids them. */
    public List<FaceDetector.Face> faces(int image) {
        Decoded d = decoded(image);
        return faces.computeIfAbsent(image, i -> new Memo<>(() -> List.copyOf(FaceDetector.faces(d, deadline()))))
                .get();
    }

    /**
     * The grey pixels of image {@code image} at full resolution, decoded on first use: only reading small text
     * needs them. Read-only.
     */
    public Mat fullGray(int image) {
        Header h = header(image);
        return fullGray.computeIfAbsent(image, i -> new Memo<>(() -> {
            context.checkDeadline();
            return context.post().images().get(i).read(b -> Decoder.fullGray(b, h, label(i)));
        })).get();
    }

    /** The value of {@code key} for image {@code image}, computed by {@code supplier} once for the post. */
    @SuppressWarnings("unchecked")
    public <T> T computed(Key<T> key, int image, Supplier<T> supplier) {
        return ((Memo<T>) computed.computeIfAbsent(Map.entry(key, image), k -> new Memo<>(supplier))).get();
    }

    /**
     * Frees the decoded pixels (and any computed value that holds native memory). Called by the engine when the
     * screening ends, after its last detector has returned; nothing may use this cache after that.
     */
    @Override
    public void close() {
        decoded.values().forEach(m -> m.ifPresent(Decoded::close));
        fullGray.values().forEach(m -> m.ifPresent(Mat::release));
        computed.values().forEach(m -> m.ifPresent(v -> {
            if (v instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("a cached value could not be closed", e);
                }
            }
        }));
    }

    /** Computes once; concurrent callers wait; a failure is rethrown to every caller. */
    private static final class Memo<T> {
        private Supplier<T> supplier;
        private T value;
        private RuntimeException failure;

        Memo(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        /** Runs {@code action} on the value when it was computed; never computes it. */
        synchronized void ifPresent(java.util.function.Consumer<? super T> action) {
            if (supplier == null && failure == null && value != null) {
                action.accept(value);
            }
        }

        synchronized T get() {
            if (supplier != null) {
                try {
                    value = supplier.get();
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    supplier = null;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
