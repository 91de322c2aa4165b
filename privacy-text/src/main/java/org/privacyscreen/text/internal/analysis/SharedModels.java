package org.privacyscreen.text.internal.analysis;

/** The word lists, name lists and POS model every text detector shares: loaded once per JVM. */
public final class SharedModels {
    private static volatile boolean warm;

    private SharedModels() {
    }

    /** Loads the lexicons, name lists and the POS model now; later calls return at once. */
    public static void warmUp() {
        if (!warm) {
            synchronized (SharedModels.class) {
                if (!warm) {
                    Lexicons.get();
                    TextAnalysis a = TextAnalysis.of("Warm up, Mr Smith.");
                    a.proper(a.token(0));
                    warm = true;
                }
            }
        }
    }
}
