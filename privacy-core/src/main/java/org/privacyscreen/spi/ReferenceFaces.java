package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.PostImage;

/**
 * Reference photos of the people who consented to be pictured, from the host: a face detector that can recognise
 * faces compares each face of a post with the references of its declared subjects, so that consent covers the face
 * of that person and never a stranger's. Read concurrently; must be thread-safe.
 */
public interface ReferenceFaces {
    /** No reference photos: faces are judged subject or background by how prominent they are. */
    ReferenceFaces EMPTY = personId -> List.of();

    /**
     * Photos showing {@code personId}'s face, the face prominent and alone; empty when the host has none.
     *
     * @param personId a client or staff member's id
     * @return the photos, possibly empty; never null
     */
    List<PostImage> of(String personId);
}
