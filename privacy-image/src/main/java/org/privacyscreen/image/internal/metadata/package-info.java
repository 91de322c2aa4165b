/** What a photo's metadata reveals, and cutting it out losslessly. Internal: may change at any time. */
package org.privacyscreen.image.internal.metadata;
