package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.PostImage;

/**
 * Produces the remediated copy of one image: boxes blurred beyond reading, metadata stripped. Called after the
 * verdict, with the findings located in that image that are not covered and at least MEDIUM. Must be thread-safe.
 */
public interface ImageRemediator {
    /** A stable id. */
    String id();

    /** The remediated image; must never return one that still holds the boxes in clear or the metadata. */
    PostImage remediate(ScreeningContext context, int image, List<Finding> findings);
}
