package org.privacyscreen;

/** Where a finding is: a span of the post's text, a box in one of its images, or the post as a whole. */
public sealed interface Location permits Location.Text, Location.Image, Location.Whole {

    /** The post as a whole, for findings about consent, audience or context. */
    Whole POST = new Whole();

    /** A span of the post's text, in UTF-16 offsets, end exclusive. */
    static Text text(int start, int end) {
        return new Text(start, end);
    }

    /** A pixel box in image {@code image} of the post, as displayed (EXIF orientation applied). */
    static Image image(int image, int x, int y, int width, int height) {
        return new Image(image, x, y, width, height);
    }

    /** The JSON name of this kind of location: text, image or post. */
    String kind();

    /** A span of text: UTF-16 offsets into {@link Post#text()}, end exclusive. */
    record Text(int start, int end) implements Location {
        public Text {
            if (start < 0) {
                throw new IllegalArgumentException("start must be >= 0: " + start);
            }
            if (end <= start) {
                throw new IllegalArgumentException("end must be > start: " + start + ".." + end);
            }
        }

        public int length() {
            return end - start;
        }

        public boolean overlaps(Text other) {
            return start < other.end && other.start < end;
        }

        @Override
        public String kind() {
            return "text";
        }
    }

    /** A box in one image; {@code image} is the index into {@link Post#images()}. */
    record Image(int image, int x, int y, int width, int height) implements Location {
        public Image {
            if (image < 0) {
                throw new IllegalArgumentException("image must be >= 0: " + image);
            }
            if (x < 0 || y < 0) {
                throw new IllegalArgumentException("x and y must be >= 0: " + x + "," + y);
            }
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("width and height must be > 0: " + width + "x" + height);
            }
        }

        @Override
        public String kind() {
            return "image";
        }
    }

    /** The post as a whole; with an image index when the finding concerns a whole image (its metadata, say). */
    record Whole() implements Location {
        @Override
        public String kind() {
            return "post";
        }
    }
}
