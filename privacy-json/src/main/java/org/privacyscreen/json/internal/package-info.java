/** Field reading, file reading and record checks behind the JSON readers. Not an API. */
package org.privacyscreen.json.internal;
