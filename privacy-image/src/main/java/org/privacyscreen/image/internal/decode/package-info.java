/** Reading an image once per post: header checks, decoding at the detection scale, the per-post cache. Internal: may change at any time. */
package org.privacyscreen.image.internal.decode;
