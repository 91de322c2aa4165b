package org.privacyscreen.json;

import org.privacyscreen.json.internal.Fields;
import org.privacyscreen.json.internal.ImageFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Audience;
import org.privacyscreen.Author;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;

/** Post JSON (CONTRACT.md) to {@link Post}, with the contract's defaults and one-line errors. */
public final class PostJson {
    /** A lower-case word, as the contract asks of a channel. */
    public static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    public static final String PURPOSES = "social_post, advert, print, group_message, reply, comment";

    private PostJson() {
    }

    /** The post in {@code node}; images resolve against {@code base}; {@code label} names the source. */
    public static Post read(JsonNode node, Path base, String label) {
        Fields f = Fields.of(node, label, "");
        Post.Builder b = Post.builder();
        f.optStr("id").ifPresent(b::id);
        Optional<JsonNode> text = f.opt("text");
        if (text.isPresent()) {
            if (!text.get().isTextual()) {
                throw f.bad("text", "must be a string");
            }
            b.text(text.get().asText());
        }
        List<String> images = f.strings("images");
        for (int i = 0; i < images.size(); i++) {
            b.image(ImageFiles.load(base, images.get(i), label + ": images[" + i + "]"));
        }
        if (text.map(t -> t.asText().isEmpty()).orElse(true) && images.isEmpty()) {
            throw f.bad("text", "a post needs text or at least one image");
        }
        f.optStr("channel").ifPresent(c -> b.channel(channel(c, label + ": " + f.field("channel"))));
        f.optStr("purpose").ifPresent(p -> b.purpose(purpose(p, label + ": " + f.field("purpose"))));
        f.object("audience").ifPresent(a -> b.audience(audience(a)));
        f.object("author").ifPresent(a -> b.author(author(a)));
        b.subjects(f.strings("subjects"));
        f.optStr("inReplyTo").ifPresent(b::inReplyTo);
        f.instant("createdAt").ifPresent(b::createdAt);
        f.optStr("locale").ifPresent(l -> b.locale(locale(l, label + ": " + f.field("locale"))));
        f.rejectOthers();
        return b.build();
    }

    /** {@code where} names the field in messages ("post.json: channel"). */
    public static String channel(String c, String where) {
        if (!CHANNEL.matcher(c).matches()) {
            throw new JsonInputException(where + ": must be a lower-case word such as instagram, facebook or other");
        }
        return c;
    }

    public static Purpose purpose(String p, String where) {
        return Purpose.fromWireName(p).orElseThrow(() -> new JsonInputException(where + ": must be one of "
                + PURPOSES));
    }

    public static AccountKind account(String a, String where) {
        return switch (a) {
            case "official" -> AccountKind.OFFICIAL;
            case "personal" -> AccountKind.PERSONAL;
            default -> throw new JsonInputException(where + ": must be official or personal");
        };
    }

    public static Locale locale(String tag, String where) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new JsonInputException(where + ": must be a BCP 47 language tag such as en-GB");
        }
    }

    private static Audience audience(Fields a) {
        String kind = a.optStr("kind").orElse("public");
        List<String> members = a.strings("members");
        Optional<String> groupName = a.optStr("groupName");
        a.rejectOthers();
        Audience.Kind k = switch (kind) {
            case "public" -> Audience.Kind.PUBLIC;
            case "followers" -> Audience.Kind.FOLLOWERS;
            case "group" -> Audience.Kind.GROUP;
            default -> throw a.bad("kind", "must be public, followers or group");
        };
        if (k != Audience.Kind.GROUP && !members.isEmpty()) {
            throw a.bad("members", "only a group audience lists members");
        }
        if (k != Audience.Kind.GROUP && groupName.isPresent()) {
            throw a.bad("groupName", "only a group audience has a name");
        }
        return new Audience(k, members, groupName);
    }

    private static Author author(Fields a) {
        Optional<String> id = a.optStr("id");
        AccountKind account = a.optStr("account").map(s -> account(s, a.file() + ": " + a.field("account")))
                .orElse(AccountKind.OFFICIAL);
        a.rejectOthers();
        return new Author(id, account);
    }
}
