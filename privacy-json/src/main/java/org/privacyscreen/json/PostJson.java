package org.privacyscreen.json;

import org.privacyscreen.json.internal.Fields;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.json.internal.ImageFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Audience;
import org.privacyscreen.Author;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Purpose;

/**
 * Post JSON (CONTRACT.md) to {@link Post}, with the contract's defaults and one-line errors. An entry of
 * {@code images} is a file path (read from disk, command line only) or an embedded image
 * {@code {"name": "a.jpg", "data": "<base64>"}} (the service's form, accepted by the command line too).
 */
public final class PostJson {
    /** A lower-case word, as the contract asks of a channel. */
    public static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    public static final String PURPOSES = "social_post, advert, print, group_message, reply, comment";

    private PostJson() {
    }

    /** Turns the {@code images} field of a post into its images. */
    private interface ImageSource {
        List<PostImage> images(Fields post, String label);
    }

    /** The post in the JSON text {@code json}; images resolve against {@code base}; {@code label} names the source. */
    public static Post parse(String json, Path base, String label) {
        return read(JsonText.parse(json, label), base, label);
    }

    /** The post in {@code file}, named by its path in messages; images resolve against the file's folder. */
    public static Post readFile(Path file) {
        return read(JsonText.readFile(file, file.toString()), file.toAbsolutePath().getParent(), file.toString());
    }

    /**
     * The post in {@code node}; image paths resolve against {@code base}, embedded images are decoded;
     * {@code label} names the source.
     */
    public static Post read(JsonNode node, Path base, String label) {
        return read(node, label, (f, l) -> {
            List<PostImage> out = new ArrayList<>();
            List<JsonNode> refs = f.list("images");
            for (int i = 0; i < refs.size(); i++) {
                String where = l + ": " + f.field("images") + "[" + i + "]";
                out.add(refs.get(i).isTextual() ? ImageFiles.load(base, refs.get(i).asText(), where)
                        : embedded(refs.get(i), l, f.field("images") + "[" + i + "]", true));
            }
            return out;
        });
    }

    /**
     * The post in {@code node} whose images are all embedded ({@code {"name", "data"}}): a file path is bad input,
     * since a service must never read files a caller names.
     */
    public static Post readEmbedded(JsonNode node, String label) {
        return read(node, label, (f, l) -> {
            List<PostImage> out = new ArrayList<>();
            List<JsonNode> refs = f.list("images");
            for (int i = 0; i < refs.size(); i++) {
                out.add(embedded(refs.get(i), l, f.field("images") + "[" + i + "]", false));
            }
            return out;
        });
    }

    /**
     * The post in {@code node} with {@code images} given apart (the parts of a multipart request, in order); the
     * JSON must not list images of its own.
     */
    public static Post read(JsonNode node, List<PostImage> images, String label) {
        List<PostImage> given = List.copyOf(images);
        return read(node, label, (f, l) -> {
            if (f.has("images")) {
                throw f.bad("images", "must be absent: the images are the request's other parts");
            }
            return given;
        });
    }

    private static Post read(JsonNode node, String label, ImageSource source) {
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
        List<PostImage> images = source.images(f, label);
        images.forEach(b::image);
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

    /** An embedded image {@code {"name", "data"}}; {@code field} names it, {@code pathsToo} says paths are allowed. */
    private static PostImage embedded(JsonNode node, String label, String field, boolean pathsToo) {
        if (!node.isObject()) {
            throw new JsonInputException(label + ": " + field + ": must be " + (pathsToo ? "a file path or " : "")
                    + "an object {\"name\": \"a.jpg\", \"data\": \"<base64>\"}");
        }
        Fields im = Fields.of(node, label, field);
        String name = im.str("name");
        String data = im.str("data");
        im.rejectOthers();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw im.bad("data", "is not base64 (RFC 4648, with padding, no line breaks)");
        }
        return ImageFiles.checked(name, bytes, label + ": " + field);
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
