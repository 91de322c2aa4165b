package org.privacyscreen.consent.internal;

import java.util.ArrayList;
import java.util.Collection;
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

    /** The uses of every consent of every person in {@code directory}. */
    public static PublicationIndex of(ClientDirectory directory, ConsentStore consents) {
        List<ConsentUse> uses = new ArrayList<>();
        for (Person p : directory.people()) {
            for (Consent c : consents.consentsOf(p.id())) {
                uses.addAll(consents.uses(c.id()));
            }
        }
        return of(uses);
    }

    /** The given uses, as the host's ledger recorded them. */
    public static PublicationIndex of(Collection<ConsentUse> uses) {
        Map<String, TreeSet<String>> found = new HashMap<>();
        for (ConsentUse u : uses) {
            found.computeIfAbsent(u.postId(), k -> new TreeSet<>()).add(u.consentId());
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
