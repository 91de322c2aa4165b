package org.privacyscreen.consent.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Person;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;

/** Which consents each published post used, as the ledger recorded the uses: read once, from every person's records. */
public final class PublicationIndex {
    private final Map<String, List<String>> byPost;

    private PublicationIndex(Map<String, List<String>> byPost) {
        this.byPost = byPost;
    }

    public static PublicationIndex of(ClientDirectory directory, ConsentStore consents) {
        Map<String, TreeSet<String>> found = new HashMap<>();
        for (Person p : directory.people()) {
            for (Consent c : consents.consentsOf(p.id())) {
                for (ConsentUse u : consents.uses(c.id())) {
                    found.computeIfAbsent(u.postId(), k -> new TreeSet<>()).add(c.id());
                }
            }
        }
        Map<String, List<String>> byPost = new HashMap<>();
        found.forEach((post, ids) -> byPost.put(post, List.copyOf(new ArrayList<>(ids))));
        return new PublicationIndex(byPost);
    }

    /** The ids of the consents the post's publication counted against, sorted; empty when none is recorded. */
    public List<String> consentsUsedBy(String postId) {
        return byPost.getOrDefault(postId, List.of());
    }

    public int size() {
        return byPost.size();
    }
}
