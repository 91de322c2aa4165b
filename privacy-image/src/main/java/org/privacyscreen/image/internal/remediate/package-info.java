/** The remediated copy of a photo: boxes made unreadable, metadata gone. Internal: may change at any time. */
package org.privacyscreen.image.internal.remediate;
