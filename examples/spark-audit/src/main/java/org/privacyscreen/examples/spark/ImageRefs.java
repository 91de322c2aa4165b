package org.privacyscreen.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.json.JsonInputException;

/**
 * Reads the images a published post names, by path (relative to the posts' folder) or by URI (file:, hdfs:, s3a:
 * and whatever file systems the cluster has), through Hadoop's file systems, and embeds them in the post's JSON as
 * {@code {"name", "data"}} so that the post is read the same way on every executor.
 */
final class ImageRefs {
    private static final long MAX_BYTES = ScreeningPolicy.defaults().limits().maxImageBytes();

    private ImageRefs() {
    }

    static JsonNode embed(JsonNode post, String parent, Configuration conf, String label) {
        if (!post.isObject() || !post.path("images").isArray()) {
            return post;
        }
        ArrayNode images = (ArrayNode) post.path("images");
        for (int i = 0; i < images.size(); i++) {
            JsonNode ref = images.get(i);
            if (ref.isTextual()) {
                images.set(i, read(ref.asText(), parent, conf, label + ": images[" + i + "]"));
            }
        }
        return post;
    }

    private static ObjectNode read(String ref, String parent, Configuration conf, String where) {
        Path path;
        try {
            Path p = new Path(ref);
            path = p.isAbsolute() || p.toUri().getScheme() != null ? p : new Path(new Path(parent), p);
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(where + ": not a valid path or URI");
        }
        try {
            FileSystem fs = path.getFileSystem(conf);
            long length = fs.getFileStatus(path).getLen();
            if (length > MAX_BYTES) {
                throw new JsonInputException(where + ": over the limit of " + MAX_BYTES + " bytes");
            }
            byte[] bytes = new byte[(int) length];
            try (InputStream in = fs.open(path)) {
                int off = 0;
                while (off < bytes.length) {
                    int n = in.read(bytes, off, bytes.length - off);
                    if (n < 0) {
                        break;
                    }
                    off += n;
                }
            }
            ObjectNode o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
            o.put("name", path.getName());
            o.put("data", Base64.getEncoder().encodeToString(bytes));
            return o;
        } catch (java.io.FileNotFoundException e) {
            // the index names the image; its path may carry a client's name, so it stays out of the message
            throw new JsonInputException(where + ": image file not found");
        } catch (IOException e) {
            throw new JsonInputException(where + ": image cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
