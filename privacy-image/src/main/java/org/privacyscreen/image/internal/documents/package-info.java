/** Documents, forms, screens, labels and signs with text: where the lines are and what kind of region they make. Internal: may change at any time. */
package org.privacyscreen.image.internal.documents;
