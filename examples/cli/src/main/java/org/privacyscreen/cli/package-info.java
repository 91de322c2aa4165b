/**
 * The {@code privacy-screen} command (CONTRACT.md): {@code screen}, {@code batch}, {@code demo}, {@code plugins}.
 * It turns Post, Context and Policy JSON into the library's values and its reports back into JSON or text.
 *
 * <p>Zone: internal. An application, not a library: nothing here is API; {@link org.privacyscreen.cli.Main} is the
 * entry point.
 */
package org.privacyscreen.cli;
