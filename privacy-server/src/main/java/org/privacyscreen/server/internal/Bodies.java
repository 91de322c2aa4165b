package org.privacyscreen.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.internal.ImageFiles;
import org.privacyscreen.json.internal.JsonText;

/**
 * Reads request bodies within their limit: JSON, or {@code multipart/form-data} with a {@code post} part and one
 * part per image. A body over the limit is refused with 413 as soon as it is known to be (from
 * {@code Content-Length} before anything is read, or while reading a body sent in chunks).
 */
public final class Bodies {
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final Path SPOOL = Path.of(System.getProperty("java.io.tmpdir"));

    private Bodies() {
    }

    /** Refuses a body whose declared length is over {@code limit}, before reading it. */
    public static void checkDeclaredLength(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
    }

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, ApiError.REQUEST_TOO_LARGE, "the request body is over the limit of " + limit
                + " bytes");
    }

    /** The post of a {@code /v1/screen} request: Post JSON with embedded images, or multipart. */
    public static Post post(Context ctx, long limit) throws IOException {
        if (isMultipart(ctx)) {
            return multipartPost(ctx, limit);
        }
        requireJson(ctx);
        return PostJson.readEmbedded(json(ctx, limit, "request"), "request");
    }

    /** A JSON body of at most {@code limit} bytes. */
    public static JsonNode json(Context ctx, long limit, String label) throws IOException {
        return JsonText.parse(utf8(readAll(ctx.req().getInputStream(), limit), label), label);
    }

    /** Refuses a body that is neither JSON nor unlabelled. */
    public static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, ApiError.UNSUPPORTED_MEDIA_TYPE, "send application/json"
                    + " (or multipart/form-data with a post part and one part per image)");
        }
    }

    private static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static Post multipartPost(Context ctx, long limit) throws IOException {
        ctx.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(SPOOL.toString(), limit, limit,
                1 << 20));
        List<Part> parts;
        try {
            parts = new ArrayList<>(ctx.req().getParts());
        } catch (IllegalStateException e) { // Jetty: over maxRequestSize or maxFileSize
            throw tooLarge(limit);
        } catch (ServletException e) {
            throw new JsonInputException("request: not a readable multipart/form-data body");
        }
        try {
            JsonNode post = null;
            List<PostImage> images = new ArrayList<>();
            for (Part p : parts) {
                if ("post".equals(p.getName())) {
                    if (post != null) {
                        throw new JsonInputException("request: post: more than one post part");
                    }
                    try (InputStream in = p.getInputStream()) {
                        post = JsonText.parse(utf8(readAll(in, limit), "request: post"), "request: post");
                    }
                } else {
                    String name = p.getSubmittedFileName();
                    String where = "request: part " + (images.size() + 1) + " (" + safe(p.getName()) + ")";
                    if (name == null || name.isBlank()) {
                        throw new JsonInputException(where + ": an image part needs a file name");
                    }
                    try (InputStream in = p.getInputStream()) {
                        images.add(ImageFiles.checked(name, readAll(in, limit), where));
                    }
                }
            }
            if (post == null) {
                throw new JsonInputException("request: a multipart request needs a part named post (Post JSON)");
            }
            return PostJson.read(post, images, "request: post");
        } finally {
            for (Part p : parts) {
                p.delete();
            }
        }
    }

    /** A part's field name as a message may show it: short, and only plain characters. */
    private static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** Every byte of {@code in}, refusing with 413 past {@code limit}. */
    public static byte[] readAll(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        return bytes;
    }

    /** Strict UTF-8: a body in another encoding is bad input, not silently mangled text. */
    public static String utf8(byte[] bytes, String label) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonInputException(label + ": not UTF-8 text");
        }
    }
}
