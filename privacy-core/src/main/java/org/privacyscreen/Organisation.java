package org.privacyscreen;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The practice's own public details, and where it is. Its details are expected in its posts and are never findings;
 * its time zone decides what a consent "valid until 31 March" means.
 *
 * @param name      the practice's name
 * @param phones    its phone numbers, as written anywhere
 * @param emails    its e-mail addresses
 * @param handles   its social-media handles
 * @param addresses its postal addresses
 * @param websites  its web sites
 * @param timeZone  where the practice is: consent dates are days in this zone
 */
public record Organisation(String name, List<String> phones, List<String> emails, List<String> handles,
                           List<String> addresses, List<String> websites, ZoneId timeZone) {
    /** No organisation details known. */
    public static final Organisation NONE = builder("").build();

    public Organisation {
        Objects.requireNonNull(name, "name");
        phones = List.copyOf(Objects.requireNonNull(phones, "phones"));
        emails = List.copyOf(Objects.requireNonNull(emails, "emails"));
        handles = List.copyOf(Objects.requireNonNull(handles, "handles"));
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
        websites = List.copyOf(Objects.requireNonNull(websites, "websites"));
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** An organisation in UTC, as the first release had it. */
    public Organisation(String name, List<String> phones, List<String> emails, List<String> handles,
                        List<String> addresses, List<String> websites) {
        this(name, phones, emails, handles, addresses, websites, ZoneOffset.UTC);
    }

    /** Starts an organisation called {@code name} (may be empty), in UTC until told otherwise. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds an {@link Organisation}; each call validates its argument. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<String> phones = new ArrayList<>();
        private final List<String> emails = new ArrayList<>();
        private final List<String> handles = new ArrayList<>();
        private final List<String> addresses = new ArrayList<>();
        private final List<String> websites = new ArrayList<>();
        private ZoneId timeZone = ZoneOffset.UTC;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Adds the practice's phone numbers, as written anywhere. */
        public Builder phones(String... phones) {
            return add(this.phones, phones, "phones");
        }

        /** Adds the practice's e-mail addresses. */
        public Builder emails(String... emails) {
            return add(this.emails, emails, "emails");
        }

        /** Adds the practice's social-media handles, with their leading {@code @}. */
        public Builder handles(String... handles) {
            return add(this.handles, handles, "handles");
        }

        /** Adds the practice's postal addresses. */
        public Builder addresses(String... addresses) {
            return add(this.addresses, addresses, "addresses");
        }

        /** Adds the practice's web sites. */
        public Builder websites(String... websites) {
            return add(this.websites, websites, "websites");
        }

        /** Where the practice is; consent dates are days in this zone. UTC by default. */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
            return this;
        }

        public Organisation build() {
            return new Organisation(name, phones, emails, handles, addresses, websites, timeZone);
        }

        private Builder add(List<String> to, String[] values, String name) {
            Objects.requireNonNull(values, name);
            for (String v : values) {
                Objects.requireNonNull(v, name);
                if (v.isBlank()) {
                    throw new IllegalArgumentException(name + ": a value must not be blank");
                }
                to.add(v);
            }
            return this;
        }
    }
}
