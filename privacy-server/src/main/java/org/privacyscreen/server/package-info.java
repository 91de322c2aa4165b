/**
 * The screener over HTTP/JSON ({@code privacy-screen serve}): {@link org.privacyscreen.server.PrivacyScreenServer},
 * the review page it serves at {@code /}, and {@link org.privacyscreen.server.HtmlReport}, the self-contained HTML
 * report the page and {@code --format html} share.
 */
package org.privacyscreen.server;
