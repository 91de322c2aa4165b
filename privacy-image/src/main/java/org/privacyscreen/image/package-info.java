/**
 * API zone: the image detectors' provider ({@code faces}, {@code documents}, {@code barcodes},
 * {@code image-metadata}), the image remediator, and helpers for reading image findings.
 */
package org.privacyscreen.image;
