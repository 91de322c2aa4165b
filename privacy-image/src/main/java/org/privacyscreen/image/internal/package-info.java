/** Internal zone: decoding, detection and remediation of images. Not API: may change at any time. */
package org.privacyscreen.image.internal;
