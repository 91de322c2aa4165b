package org.privacyscreen.image.internal.metadata;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.decode.Header;
import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Metadata inside the file (EXIF, IPTC, XMP, comments, PNG text) that could identify a place, a device, an owner
 * or a person: read with metadata-extractor, reported by kind only, never by value. Make, model and date alone are
 * reported LOW: nearly every phone photo has them, and remediation strips them anyway.
 */
public final class MetadataDetector implements ImageDetector {
    public static final String ID = "image-metadata";

    /** The kinds of metadata reported, in message order. */
    public enum Kind {
        GPS("GPS location"), PLACE("place names"), SERIAL("device serial numbers"), OWNER("owner or author"),
        PEOPLE("people tagged in the photo"), CAPTION("captions, titles or comments"),
        THUMBNAIL("an embedded thumbnail (it may show the photo before any edit)"),
        DEVICE("camera make and model"), DATE("the date and time it was taken");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean minor() {
            return this == DEVICE || this == DATE;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context, int image) {
        ImageCache cache = ImageCache.of(context);
        Header h = cache.header(image);
        Metadata m = h.metadata().orElseThrow(() -> new IllegalStateException("metadata could not be read"));
        Set<Kind> kinds = kinds(m);
        if (kinds.isEmpty()) {
            return List.of();
        }
        boolean minorOnly = kinds.stream().allMatch(Kind::minor);
        String list = kinds.stream().map(k -> k.label).collect(Collectors.joining(", "));
        return List.of(Finding.builder(FindingType.IMAGE_METADATA).confidence(1.0)
                .severity(minorOnly ? Severity.LOW : FindingType.IMAGE_METADATA.defaultSeverity(false))
                .location(Location.image(image, 0, 0, h.width(), h.height()))
                .message("The image file carries " + list + ": strip the metadata before publishing.").build());
    }

    /** The kinds of identifying metadata in {@code m}. */
    public static Set<Kind> kinds(Metadata m) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Directory d : m.getDirectories()) {
            if (d instanceof GpsDirectory gps) {
                GeoLocation g = gps.getGeoLocation();
                if ((g != null && !g.isZero()) || gps.containsTag(GpsDirectory.TAG_LATITUDE)
                        || gps.containsTag(GpsDirectory.TAG_DEST_LATITUDE)) {
                    kinds.add(Kind.GPS);
                }
                continue;
            }
            if (d instanceof ExifThumbnailDirectory
                    && (d.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_OFFSET)
                    || d.containsTag(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH))) {
                kinds.add(Kind.THUMBNAIL);
            }
            if (d instanceof XmpDirectory xmp) {
                xmp(xmp, kinds);
                continue;
            }
            for (Tag t : d.getTags()) {
                Kind k = kindOfTag(d.getName(), t.getTagName());
                if (k != null && meaningful(d.getString(t.getTagType()))) {
                    kinds.add(k);
                }
            }
        }
        return kinds;
    }

    private static void xmp(XmpDirectory xmp, Set<Kind> kinds) {
        for (var e : xmp.getXmpProperties().entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            if (!meaningful(e.getValue()) && !key.contains("region") && !key.contains("personinimage")) {
                continue;
            }
            if (key.contains("personinimage") || key.contains("mwg-rs:regions") || key.contains("mp:regioninfo")
                    || key.contains("regionlist")) {
                kinds.add(Kind.PEOPLE);
            } else if (key.startsWith("exif:gps")) {
                kinds.add(Kind.GPS);
            } else if (key.contains("serialnumber")) {
                kinds.add(Kind.SERIAL);
            } else if (key.startsWith("dc:creator") || key.startsWith("dc:rights") || key.contains("owner")
                    || key.contains("author") || key.contains("artist")) {
                kinds.add(Kind.OWNER);
            } else if (key.startsWith("dc:description") || key.startsWith("dc:title") || key.startsWith("dc:subject")
                    || key.contains("caption") || key.contains("headline") || key.contains("usercomment")) {
                kinds.add(Kind.CAPTION);
            } else if (key.contains(":city") || key.contains(":state") || key.contains(":country")
                    || key.contains("location")) {
                kinds.add(Kind.PLACE);
            }
        }
    }

    /** The kind a tag, by its directory and tag name, belongs to; null when it identifies no one. */
    static Kind kindOfTag(String dir, String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        String dn = dir.toLowerCase(Locale.ROOT);
        if (t.contains("serial")) {
            return Kind.SERIAL;
        }
        if (t.contains("owner") || t.equals("artist") || t.contains("author") || t.contains("by-line")
                || t.equals("copyright") || t.contains("copyright notice") || t.contains("creator")
                && !t.contains("tool")) {
            return Kind.OWNER;
        }
        if (t.equals("image description") || t.contains("comment") || t.contains("caption")
                || t.equals("windows xp title") || t.contains("keywords") || t.equals("windows xp subject")
                || t.equals("headline") || t.equals("object name") || t.equals("textual data")) {
            return Kind.CAPTION;
        }
        if (dn.startsWith("iptc") && (t.equals("city") || t.contains("sub-location") || t.contains("province")
                || t.contains("country"))) {
            return Kind.PLACE;
        }
        if (dn.startsWith("exif") && (t.equals("make") || t.equals("model") || t.equals("lens model"))) {
            return Kind.DEVICE;
        }
        if (dn.startsWith("exif") && t.startsWith("date/time")) {
            return Kind.DATE;
        }
        return null;
    }

    private static boolean meaningful(String value) {
        if (value == null) {
            return false;
        }
        String v = value.replace("\u0000", "").strip();
        return !v.isEmpty() && !v.equals("[]");
    }
}
