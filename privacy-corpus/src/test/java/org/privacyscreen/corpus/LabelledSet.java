package org.privacyscreen.corpus;

/**
 * The labelled sets on the test class path. The detectors were improved while measuring on the tuning corpus, so
 * its figures overstate how they do on posts written by other people; the holdout was written afterwards, from the
 * seeds and the contract only, by someone who had read neither the corpus nor the detectors. The holdout has since
 * been read while improving the detectors, so the second holdout was written after that work, the same way, by
 * someone who had read neither set nor the detectors. Never tune on a holdout: read its misses by theme, not post by
 * post, or it stops measuring anything.
 */
enum LabelledSet {
    /** {@code corpus/}: the posts the detectors were tuned on. */
    TUNING("corpus", "floors.properties", 450),
    /** {@code holdout/}: new kinds of practice, never tuned on, but read since while improving the detectors. */
    HOLDOUT("holdout", "holdout-floors.properties", 150),
    /** {@code holdout2/}: eight more kinds of practice, written after the holdout had been read; never tuned on. */
    HOLDOUT2("holdout2", "holdout2-floors.properties", 150);

    private final String dir;
    private final String floors;
    private final int minPosts;

    LabelledSet(String dir, String floors, int minPosts) {
        this.dir = dir;
        this.floors = floors;
        this.minPosts = minPosts;
    }

    /** The folder on the test class path, which is also the set's name on the command line. */
    String dir() {
        return dir;
    }

    /** The floors file on the test class path. */
    String floors() {
        return floors;
    }

    /** The fewest posts the set may hold and still be measured with. */
    int minPosts() {
        return minPosts;
    }

    /** The set whose folder is {@code dir}: "corpus", "holdout" or "holdout2". */
    static LabelledSet named(String dir) {
        for (LabelledSet s : values()) {
            if (s.dir.equals(dir)) {
                return s;
            }
        }
        throw new IllegalArgumentException("--set: no labelled set named '" + dir + "' (corpus, holdout or holdout2)");
    }
}
