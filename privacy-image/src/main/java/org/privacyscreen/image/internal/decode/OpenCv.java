package org.privacyscreen.image.internal.decode;

/** Loads OpenCV's natives once per class loader. */
public final class OpenCv {
    private OpenCv() {
    }

    private static final class Holder {
        static {
            nu.pattern.OpenCV.loadLocally();
        }

        static void touch() {
        }
    }

    /** Makes sure the natives are loaded; cheap after the first call. */
    public static void load() {
        Holder.touch();
    }
}
