package org.privacyscreen.corpus;

import org.privacyscreen.Post;

/** One line of a corpus file: a post, where it comes from, the breach theme it belongs to, and its label. */
record LabelledPost(String id, String practice, String country, String theme, Post post, Expectation expect) {
}
