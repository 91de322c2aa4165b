package org.privacyscreen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A post to screen: an immutable value. It holds text and/or images, the channel and purpose, the audience, the
 * author and account kind, the subjects the author declares, the client it publicly answers, its time and locale.
 * Build one with {@link #builder()}; every builder call validates its argument.
 */
public final class Post {
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    private final String id;
    private final String text;
    private final List<PostImage> images;
    private final String channel;
    private final Purpose purpose;
    private final Audience audience;
    private final Author author;
    private final List<String> subjects;
    private final Optional<String> inReplyTo;
    private final Instant createdAt;
    private final Locale locale;

    private Post(Builder b) {
        this.id = b.id != null ? b.id : UUID.randomUUID().toString();
        this.text = b.text;
        this.images = List.copyOf(b.images);
        this.channel = b.channel;
        this.purpose = b.purpose;
        this.audience = b.audience;
        this.author = b.author;
        this.subjects = List.copyOf(b.subjects);
        this.inReplyTo = Optional.ofNullable(b.inReplyTo);
        this.createdAt = b.createdAt != null ? b.createdAt : Instant.now();
        this.locale = b.locale;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this post's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.text = text;
        b.images.addAll(images);
        b.channel = channel;
        b.purpose = purpose;
        b.audience = audience;
        b.author = author;
        b.subjects.addAll(subjects);
        b.inReplyTo = inReplyTo.orElse(null);
        b.createdAt = createdAt;
        b.locale = locale;
        return b;
    }

    public String id() {
        return id;
    }

    /** The text; empty when the post is only images. */
    public String text() {
        return text;
    }

    public List<PostImage> images() {
        return images;
    }

    /** Lower-case channel name: facebook, instagram, x, ... or other. */
    public String channel() {
        return channel;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Audience audience() {
        return audience;
    }

    public Author author() {
        return author;
    }

    /** Ids of the people the author says the post shows or is about. */
    public List<String> subjects() {
        return subjects;
    }

    /** The id of the client this post publicly answers. */
    public Optional<String> inReplyTo() {
        return inReplyTo;
    }

    /** The moment of publication; every time rule compares with it. */
    public Instant createdAt() {
        return createdAt;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Post p && id.equals(p.id) && text.equals(p.text) && images.equals(p.images)
                && channel.equals(p.channel) && purpose == p.purpose && audience.equals(p.audience)
                && author.equals(p.author) && subjects.equals(p.subjects) && inReplyTo.equals(p.inReplyTo)
                && createdAt.equals(p.createdAt) && locale.equals(p.locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, images, channel, purpose, audience, author, subjects, inReplyTo, createdAt,
                locale);
    }

    /** Describes the post without its text, which may be sensitive. */
    @Override
    public String toString() {
        return "Post[id=" + id + ", " + text.length() + " chars, " + images.size() + " images, channel=" + channel
                + ", purpose=" + purpose.wireName() + "]";
    }

    /** Builds a {@link Post}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String text = "";
        private final List<PostImage> images = new ArrayList<>();
        private String channel = "other";
        private Purpose purpose = Purpose.SOCIAL_POST;
        private Audience audience = Audience.PUBLIC;
        private Author author = Author.OFFICIAL;
        private final List<String> subjects = new ArrayList<>();
        private String inReplyTo;
        private Instant createdAt;
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = requireNonBlank(id, "id");
            return this;
        }

        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        public Builder image(PostImage image) {
            images.add(Objects.requireNonNull(image, "image"));
            return this;
        }

        public Builder images(List<PostImage> images) {
            Objects.requireNonNull(images, "images");
            this.images.clear();
            images.forEach(this::image);
            return this;
        }

        /** A lower-case word such as instagram; any lower-case word is accepted. */
        public Builder channel(String channel) {
            Objects.requireNonNull(channel, "channel");
            if (!CHANNEL.matcher(channel).matches()) {
                throw new IllegalArgumentException("channel must be a lower-case word: " + channel);
            }
            this.channel = channel;
            return this;
        }

        public Builder purpose(Purpose purpose) {
            this.purpose = Objects.requireNonNull(purpose, "purpose");
            return this;
        }

        public Builder audience(Audience audience) {
            this.audience = Objects.requireNonNull(audience, "audience");
            return this;
        }

        public Builder author(Author author) {
            this.author = Objects.requireNonNull(author, "author");
            return this;
        }

        public Builder subject(String subject) {
            subjects.add(requireNonBlank(subject, "subject"));
            return this;
        }

        public Builder subjects(List<String> subjects) {
            Objects.requireNonNull(subjects, "subjects");
            this.subjects.clear();
            subjects.forEach(this::subject);
            return this;
        }

        public Builder inReplyTo(String clientId) {
            this.inReplyTo = requireNonBlank(clientId, "inReplyTo");
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Builds the post; it must have text or at least one image. */
        public Post build() {
            if (text.isEmpty() && images.isEmpty()) {
                throw new IllegalArgumentException("text: a post needs text or at least one image");
            }
            return new Post(this);
        }

        private static String requireNonBlank(String value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
